import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';

// Our server needs graphql 16 at the top of node_modules, so npm nests graphql 15 separately
// under each graphile package, and graphql refuses to mix instances: point them all at one copy.
const graphql15 = path.dirname(require.resolve('postgraphile/package.json'));
const resolver = Module as unknown as { _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string };
const original = resolver._resolveFilename.bind(Module);
resolver._resolveFilename = (request, parent, ...rest) =>
  request === 'graphql' || request.startsWith('graphql/')
    ? original(request, { id: graphql15, filename: path.join(graphql15, 'index.js'), paths: [path.join(graphql15, 'node_modules')] }, ...rest)
    : original(request, parent, ...rest);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

/**
 * The peer: PostGraphile 4 serving the same database through a read-only role
 * (DATABASE_URL), queries only, production options, on PORT.
 */
const port = Number(process.env.PORT ?? 4110);
const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  disableDefaultMutations: true,
  ignoreRBAC: false,
  graphiql: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  retryOnInitFail: false,
});
http.createServer(middleware).listen(port, '127.0.0.1', () => console.log(`ready on ${port}`));

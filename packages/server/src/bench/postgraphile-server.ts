import http from 'node:http';
import { postgraphile } from 'postgraphile';

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

import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/access';
import { RESOLVERS } from './modules';

let built: Promise<GraphQLSchema> | null = null;

/** The one schema: every resolver, the single authChecker, and input validation on. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true, whitelist: true },
    emitSchemaFile: false,
  });
  return built;
}

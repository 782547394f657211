import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

/**
 * Compiled operations (FP_COMPILED_OPERATIONS=true): each operation is compiled
 * once per process by graphql-jit into a JavaScript function and the compiled
 * function runs it from then on, instead of graphql-js walking the document on
 * every request.
 *
 * It plugs into Apollo Server as its executor (the gateway interface, the
 * one place Apollo lets the execution step be replaced): parsing, validation
 * (and its limits), the allow-list, every plugin and formatError stay
 * Apollo's. In production only allow-listed documents get this far, so the
 * cache holds at most the allow-list; without an allow-list it is bounded.
 */
const MAX_COMPILED = 2_000;

export function compiledOperationsGateway(schema: GraphQLSchema): GatewayInterface & { compiledCount(): number } {
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();
  const executor: GatewayExecutor = async (requestContext) => {
    const key = `${requestContext.queryHash}:${requestContext.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry) {
      entry = compileQuery(schema, requestContext.document, requestContext.operationName ?? undefined);
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, entry);
    }
    if (!isCompiledQuery(entry)) return entry as never;
    // Variables are coerced by graphql-js first, as Apollo's own execution does: a value of the wrong type
    // (an unknown enum value, a string for a number) is the caller's mistake, BAD_USER_INPUT, not a server error.
    const operation = requestContext.operation as OperationDefinitionNode;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], requestContext.request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) {
      return { errors: coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } })) } as never;
    }
    const result = await entry.query(undefined, requestContext.context, requestContext.request.variables ?? {});
    return (result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result) as never;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
    },
    compiledCount: () => compiled.size,
  };
}

/**
 * graphql-jit's errors as graphql-js makes them (locatedError): a new GraphQLError with the
 * resolver's error as originalError and its extensions, so formatError and the plugins see what
 * they see from graphql-js (graphql-jit's own error objects have a read-only message).
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: original,
    extensions: original instanceof GraphQLError ? original.extensions : error.extensions,
  });
}

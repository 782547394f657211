import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  parse,
  print,
  printSchema,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { operationHash } from './persisted-operations';

/**
 * Compiled operations (FP_COMPILED_OPERATIONS=true): each operation is compiled
 * by graphql-jit into a JavaScript function and the compiled function runs it,
 * instead of graphql-js walking the document on every request.
 *
 * Each document is compiled on its first request and kept, in a bounded cache
 * (with an allow-list, production, only listed documents get that far). With
 * FP_PRECOMPILE_OPERATIONS=true every listed document is compiled at start
 * instead (`precompile`), as the portals send it (Apollo Client adds
 * `__typename`) and as listed; the first request for a document finds it by
 * its allow-list hash. Both run the same compiled code for the same document.
 *
 * It plugs into Apollo Server as its executor (the gateway interface, the
 * one place Apollo lets the execution step be replaced): parsing, validation
 * (and its limits), the allow-list, every plugin and formatError stay
 * Apollo's.
 *
 * Variables are coerced once, by graphql-js (getVariableValues, as Apollo's own
 * execution does: the same BAD_USER_INPUT messages, the same limit of 50
 * errors). The compiled function is given the coerced values and told they are
 * already coerced: graphql-jit compiles each variable as the pass-through
 * scalar below, so it does not coerce them a second time.
 */
const MAX_COMPILED = 2_000;

/** Already coerced by graphql-js: graphql-jit's own coercion of a variable of this type hands the value on unchanged. */
const COERCED = new GraphQLScalarType({ name: 'FpCoercedVariable', parseValue: (value) => value });

/** The schema graphql-jit compiles against: the API's, plus the pass-through scalar (never served, never printed). */
function jitSchema(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, COERCED] });
}

/**
 * The document with every variable declared as the pass-through scalar, nullable and without a default (graphql-js applied those).
 * A variable a directive reads (`@skip(if: $x)`) keeps its own type: graphql-jit checks it against the directive's
 * argument, and a Boolean costs nothing to coerce again.
 */
function withCoercedVariables(document: DocumentNode): DocumentNode {
  const inDirectives = new Set<string>();
  visit(document, { Directive: (node) => void visit(node, { Variable: (v) => void inDirectives.add(v.name.value) }) });
  return visit(document, {
    VariableDefinition: (node) =>
      inDirectives.has(node.variable.name.value) ? undefined : { ...node, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } }, defaultValue: undefined },
  });
}

/** One text per document whatever the order of its definitions and its whitespace (unlike normaliseDocument, keeps `__typename`). */
function canonical(document: DocumentNode): string {
  const name = (d: DefinitionNode) => ('name' in d && d.name ? d.name.value : '');
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).sort((a, b) => name(a).localeCompare(name(b)));
  return print({ kind: Kind.DOCUMENT, definitions: [...operations, ...fragments] });
}

/** `__typename` in every selection set but the operation's own, as Apollo Client sends a document. */
function withTypenames(document: DocumentNode): DocumentNode {
  const add = (set: SelectionSetNode): SelectionSetNode =>
    set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)
      ? set
      : { ...set, selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
  return visit(document, {
    Field: (node) => (node.selectionSet ? { ...node, selectionSet: add(node.selectionSet) } : undefined),
    InlineFragment: (node) => ({ ...node, selectionSet: add(node.selectionSet) }),
    FragmentDefinition: (node) => ({ ...node, selectionSet: add(node.selectionSet) }),
  });
}

export function compiledOperationsGateway(schema: GraphQLSchema): GatewayInterface & {
  compiledCount(): number;
  compilations(): number;
  precompile(documents: readonly string[]): void;
  precompiledCount(): number;
} {
  const jit = jitSchema(schema);
  let compilations = 0;
  const compile = (document: DocumentNode, operationName?: string) => {
    compilations += 1;
    return compileQuery(jit, withCoercedVariables(document), operationName);
  };
  /** Apollo's hash of the text received (+ operation name) → compiled. */
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();
  /** Allow-list hash → the forms compiled at start, by their canonical text. */
  const precompiled = new Map<string, Map<string, CompiledQuery>>();

  const fromStart = (document: DocumentNode): CompiledQuery | undefined => {
    if (precompiled.size === 0) return undefined;
    return precompiled.get(operationHash(document))?.get(canonical(document));
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const key = `${requestContext.queryHash}:${requestContext.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry) {
      entry = fromStart(requestContext.document) ?? compile(requestContext.document, requestContext.operationName ?? undefined);
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, entry);
    }
    if (!isCompiledQuery(entry)) return entry as never;
    // A value of the wrong type (an unknown enum value, a string for a number) is the caller's mistake: BAD_USER_INPUT.
    const operation = requestContext.operation as OperationDefinitionNode;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], requestContext.request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) {
      return { errors: coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } })) } as never;
    }
    const result = await entry.query(undefined, requestContext.context, coerced.coerced);
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
    compilations: () => compilations,
    /** Compiles the allow-listed (normalised, one operation each) documents, as listed and as Apollo Client sends them. */
    precompile(documents) {
      for (const text of documents) {
        const listed = parse(text);
        const forms = new Map<string, CompiledQuery>();
        for (const form of [listed, withTypenames(listed)]) {
          const result = compile(form);
          // A listed document the schema no longer has fails validation before execution: nothing to keep.
          if (isCompiledQuery(result)) forms.set(canonical(form), result);
        }
        if (forms.size > 0) precompiled.set(operationHash(listed), forms);
      }
    },
    precompiledCount: () => [...precompiled.values()].reduce((n, forms) => n + forms.size, 0),
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

import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Text no field of the API ever holds, refused at the edge for every string
 * input (variables and literals in the document) before any resolver runs:
 * a NUL byte (PostgreSQL cannot store it in text, so it would surface as a
 * server error deep in a service) and a lone UTF-16 surrogate (not a
 * character at all: it would be stored as a replacement character).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired surrogate (not valid Unicode)';
  return null;
}

type Found = { path: string; problem: string };

function inValue(value: unknown, path: string, depth = 0): Found | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : null;
  }
  // Deeper than any input type goes: GraphQL's own coercion refuses it anyway.
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const [key, v] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: path || 'a variable name', problem: keyProblem };
    const found = inValue(v, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

function inDocument(document: DocumentNode): Found | null {
  let found: Found | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      const problem = found ? null : textProblem(node.value);
      if (problem) found = { path: 'a string in the query', problem };
    },
  });
  return found;
}

export function badText({ path, problem }: Found): GraphQLError {
  const field = path;
  return new GraphQLError(`${field} ${problem}. Remove it and try again.`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Checks every request's variables and string literals once, before validation and execution. */
export const inputHygienePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const found = inValue(request.variables ?? {}, '') ?? inDocument(document) ?? (request.operationName ? inValue(request.operationName, 'operationName') : null);
        if (found) throw badText(found);
      },
    };
  },
};

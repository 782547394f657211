import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';

/**
 * The production allow-list: only operations the portals were built with (and
 * any an integrator adds) are executed. Each is known by the sha256 of its
 * normalised document, so the client sends ordinary GraphQL and the server
 * hashes what it received; no client change is needed.
 */

export interface OperationManifest {
  version: 1;
  /** sha256 of the normalised document → where it came from, and the normalised document (compiled at start). */
  operations: Record<string, { name: string; source: string; document?: string }>;
}

/**
 * One canonical text per operation: the operation, then its fragments sorted
 * by name, printed by graphql-js (so whitespace, commas and comments do not
 * matter), without the `__typename` fields Apollo Client adds for its cache.
 */
export function normaliseDocument(document: DocumentNode): string {
  const stripped = visit(document, {
    Field: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
  });
  const byName = (a: DefinitionNode, b: DefinitionNode) => nameOf(a).localeCompare(nameOf(b));
  const operations = stripped.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).sort(byName);
  const fragments = stripped.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).sort(byName);
  return print({ kind: Kind.DOCUMENT, definitions: [...operations, ...fragments] });
}

function nameOf(d: DefinitionNode): string {
  return 'name' in d && d.name ? d.name.value : '';
}

export function operationHash(document: DocumentNode): string {
  return createHash('sha256').update(normaliseDocument(document)).digest('hex');
}

/** The fragments an operation uses, following spreads inside fragments. */
function fragmentsUsedBy(node: OperationDefinitionNode, pool: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (n: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(n, {
      FragmentSpread: (spread) => {
        const name = spread.name.value;
        const fragment = pool.get(name);
        if (!fragment) throw new Error(`Fragment ${name} is used but not defined in any document.`);
        if (!used.has(name)) {
          used.set(name, fragment);
          walk(fragment);
        }
      },
    });
  walk(node);
  return [...used.values()];
}

/** GraphQL text in a source file: the whole of a .graphql file, or graphql(`...`) / gql`...` without interpolation. */
export function documentsInFile(file: string, text: string): string[] {
  if (file.endsWith('.graphql') || file.endsWith('.gql')) return text.trim() ? [text] : [];
  const found: string[] = [];
  const pattern = /\b(?:graphql\(\s*|gql\s*\(?\s*)`([^`$]*)`/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m[1]);
  return found;
}

/** Every document file under a directory, skipping generated code and dependencies. */
function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'gql', '__generated__'].includes(entry.name) ? [] : sourceFiles(full);
    if (/\.(graphql|gql)$/.test(entry.name)) return [full];
    if (/\.(ts|tsx)$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) return [full];
    return [];
  });
}

/** Builds the manifest from every GraphQL document found under the given directories (none found: an empty manifest). */
export function buildManifest(dirs: string[], relativeTo: string): OperationManifest {
  const operations: { node: OperationDefinitionNode; source: string }[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of dirs.flatMap(sourceFiles).sort()) {
    const source = path.relative(relativeTo, file);
    for (const text of documentsInFile(file, fs.readFileSync(file, 'utf8'))) {
      let document: DocumentNode;
      try {
        document = parse(text);
      } catch (error) {
        throw new Error(`${source}: not a valid GraphQL document: ${(error as Error).message}`, { cause: error });
      }
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ node: definition, source });
        else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
    }
  }
  const manifest: OperationManifest = { version: 1, operations: {} };
  for (const { node, source } of operations) {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [node, ...fragmentsUsedBy(node, fragments)] };
    manifest.operations[operationHash(document)] = { name: node.name?.value ?? '(anonymous)', source, document: normaliseDocument(document) };
  }
  return manifest;
}

export class OperationAllowList {
  constructor(
    private readonly hashes: ReadonlySet<string>,
    /** The listed documents (normalised), where the manifests carry them: compiled at start. */
    readonly documents: readonly string[] = [],
  ) {}

  static fromManifests(files: string[]): OperationAllowList {
    const hashes = new Set<string>();
    const documents: string[] = [];
    for (const file of files) {
      if (!fs.existsSync(file)) {
        throw new Error(`The persisted-operation manifest ${file} does not exist: run "npm run build" (production only runs known operations).`);
      }
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as OperationManifest;
      for (const [hash, entry] of Object.entries(manifest.operations ?? {})) {
        hashes.add(hash);
        if (entry.document) documents.push(entry.document);
      }
    }
    return new OperationAllowList(hashes, documents);
  }

  /**
   * Documents and query texts already found on the list. Hashing means printing the document, which
   * cost more per request than resolving a small screen; a listed text always parses to a listed
   * document (the list does not change while the process runs). Apollo hands the plugin the same
   * document object for the same text (its document cache). The texts are bounded by their length.
   */
  private readonly allowedDocuments = new WeakSet<DocumentNode>();
  private readonly allowedTexts = new Set<string>();
  private allowedTextsLength = 0;

  allows(document: DocumentNode): boolean {
    if (this.allowedDocuments.has(document)) return true;
    if (!this.hashes.has(operationHash(document))) return false;
    this.allowedDocuments.add(document);
    return true;
  }

  /** Whether this query text was found on the list before (allowsText). */
  knowsText(query: string): boolean {
    return this.allowedTexts.has(query);
  }

  /** allows() for a query text and its parsed document; a text found on the list is remembered. */
  allowsText(query: string, document: DocumentNode): boolean {
    if (!this.allows(document)) return false;
    if (this.allowedTextsLength + query.length > MAX_REMEMBERED_TEXT) {
      this.allowedTexts.clear();
      this.allowedTextsLength = 0;
    }
    if (!this.allowedTexts.has(query)) {
      this.allowedTexts.add(query);
      this.allowedTextsLength += query.length;
    }
    return true;
  }

  get size(): number {
    return this.hashes.size;
  }
}

/** Characters of listed query texts remembered (a few MB at most: any spacing of a listed operation is listed too). */
const MAX_REMEMBERED_TEXT = 1_000_000;

const NOT_ALLOWED = "This operation is not on the server's allow-list of known operations.";

/** Refuses any operation not on the allow-list before it executes (the middleware below refuses most earlier). */
export function allowListPlugin(allowList: OperationAllowList): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (!allowList.allows(document)) {
            throw new GraphQLError(NOT_ALLOWED, { extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 400 } } });
          }
        },
      };
    },
  };
}

/**
 * The allow-list at the door: a document not on it is refused as soon as it
 * is parsed, before Apollo validates it against the schema. Validation errors
 * ("Cannot query field passwordHash") would otherwise tell a prober which
 * field names exist; here a real field and an invented one get the same
 * answer. A document that does not parse, or a request with no document
 * (a persisted-query hash), is left to Apollo, whose plugin above still
 * refuses anything unlisted before it runs.
 */
export function allowListMiddleware(allowList: OperationAllowList, maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : typeof req.query?.query === 'string' ? req.query.query : null;
    if (query === null || allowList.knowsText(query)) return next();
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens });
    } catch {
      return next();
    }
    if (allowList.allowsText(query, document)) return next();
    res.status(400).json({ errors: [{ message: NOT_ALLOWED, extensions: { code: 'OPERATION_NOT_ALLOWED' } }] });
  };
}

import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Role } from '@forever-planning/shared';
import { ApiClient, startTestApi, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { getSchema } from '../../packages/server/src/schema';
import { ROLE_OF, type ActorKey } from '../support/matrix';
import { rootFieldAccess } from '../../packages/server/src/schema.cli';
import { startProviderSignIn, type ProviderSignIn } from '../support/oidc/provider-sign-in';

/** Helpers shared by the attack suites: who may call what (from the schema), ids in variables, signed-in clients. */

export type Path = (string | number)[];

/** The roles each root field declares, read from the schema (the access snapshot's source). */
export function declaredRoles(schema: GraphQLSchema): Map<string, { public: boolean; roles: readonly Role[] }> {
  return new Map(
    rootFieldAccess(schema).map(({ field, rule }) => [
      field,
      !rule || rule.kind === 'public' ? { public: !!rule, roles: [] } : { public: false, roles: [...rule.roles] as Role[] },
    ]),
  );
}

/** Whether a root field takes an ID anywhere in its arguments (directly, in an input object or a list). */
export function takesId(schema: GraphQLSchema, field: string): boolean {
  const [root, name] = field.split('.');
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const seen = new Set<string>();
  const has = (t: GraphQLInputType): boolean => {
    const named = getNamedType(t);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => has(f.type));
  };
  return Object.values(type?.getFields()[name]?.args ?? []).some((a) => has(a.type));
}

/** The paths in `variables` whose declared type is ID, walking input objects and lists by the operation's variable types. */
export function idPaths(schema: GraphQLSchema, document: string, variables: Record<string, unknown>): Path[] {
  const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const out: Path[] = [];
  const walk = (type: GraphQLInputType, value: unknown, path: Path) => {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value)) value.forEach((v, i) => walk(nullable.ofType as GraphQLInputType, v, [...path, i]));
      return;
    }
    if (nullable.toString() === 'ID') out.push(path);
    else if (isInputObjectType(nullable) && typeof value === 'object') {
      for (const [key, f] of Object.entries(nullable.getFields())) walk(f.type, (value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  for (const def of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, def.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType | undefined;
    if (type) walk(type, variables[def.variable.name.value], [def.variable.name.value]);
  }
  return out;
}

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

export function setAt<T>(value: T, path: Path, replacement: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((k) => (node = node[k] as Record<string | number, unknown>));
  node[path[path.length - 1]] = replacement;
  return copy as T;
}

/** One signed-in client per person in the test world. */
export async function signInEveryone(api: TestApi, world: World): Promise<Map<ActorKey, ApiClient>> {
  const clients = new Map<ActorKey, ApiClient>();
  await Promise.all(
    (Object.keys(ROLE_OF) as ActorKey[]).map(async (actor) => {
      const client = api.client();
      const res = await client.signIn(world.users[actor].username, PASSWORD);
      if (res.errors) throw new Error(`${actor} could not sign in: ${JSON.stringify(res.errors)}`);
      clients.set(actor, client);
    }),
  );
  return clients;
}

export interface AttackWorld {
  db: TestDatabase;
  api: TestApi;
  world: World;
  schema: GraphQLSchema;
  clients: Map<ActorKey, ApiClient>;
  /** Closes the API (and the identity provider) and drops the database. */
  stop(): Promise<void>;
}

/**
 * A fresh database with the test world, the API on it, the schema, and everyone signed in: with passwords, or with
 * `viaProvider` every staff member through their council's OpenID Connect provider (test/support/oidc/provider-sign-in.ts).
 */
export async function startAttackWorld(options: Parameters<typeof startTestApi>[1] = {}, how: { viaProvider?: boolean } = {}): Promise<AttackWorld> {
  const db = await createTestDatabase();
  const world = await buildWorld(db.dataSource, { staffEmails: how.viaProvider });
  const api = await startTestApi(db.dataSource, options);
  let clients: Map<ActorKey, ApiClient>;
  let provider: ProviderSignIn | null = null;
  if (how.viaProvider) {
    provider = await startProviderSignIn(db, api, world);
    clients = new Map();
    for (const actor of Object.keys(ROLE_OF) as ActorKey[]) clients.set(actor, await provider.signIn(actor));
  } else {
    clients = await signInEveryone(api, world);
  }
  const stop = async () => {
    await provider?.stop();
    await api.close();
    await db.drop();
  };
  return { db, api, world, schema: await getSchema(), clients, stop };
}

import { createHash } from 'node:crypto';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Actor } from './actor';
import type { Loaders } from '../loaders';
import { hydrationOf } from './plain-rows';

/**
 * One round trip per screen.
 *
 * A screen query (a module's `*.screen-query.ts`) answers a hot page in ONE
 * SQL statement: the reach condition, the page's rows, the relations the
 * GraphQL document asks for as JSON built by PostgreSQL, and the audit rows
 * (a data-modifying CTE). What the statement returned is handed to the
 * request's loaders (DataLoader.prime), so the ordinary nested field
 * resolvers read it instead of asking PostgreSQL again; anything a part does
 * not cover falls back to the general loaders unchanged.
 *
 * Modules register the parts they own beside their loaders
 * (`registerScreenPart`), so the SQL of a relation lives with its module.
 */
export interface ScreenPart {
  /** Unique name; also the column alias in the statement. */
  name: string;
  /** The child fields (top level, or `field.sub` one level down) whose resolvers read what this part primes. */
  fields: readonly string[];
  /** Not run when any of these fields is selected too: another part then primes what the resolvers read (childRowPickPart). */
  exceptWith?: readonly string[];
  /** A SQL expression (JSON) for the child row aliased `sc` (children's own column names); named parameters allowed. */
  sql(actor: Actor, params: Record<string, unknown>, dataSource: DataSource): string;
  /** Primes the request's loaders from the JSON value, for the child row `child` (its id, team_id...). */
  prime(loaders: Loaders, child: { id: string } & Record<string, unknown>, value: unknown, context: PrimeContext): void;
}

export interface PrimeContext {
  dataSource: DataSource;
  today: string;
  actor: Actor;
}

const PARTS = new Map<string, ScreenPart>();

export function registerScreenPart(part: ScreenPart): void {
  PARTS.set(part.name, part);
}

/** The parts whose fields the selection asks for. */
export function partsFor(selected: ReadonlySet<string>): ScreenPart[] {
  return [...PARTS.values()].filter((p) => p.fields.some((f) => selected.has(f)) && !p.exceptWith?.some((f) => selected.has(f)));
}

/** The selected fields of a child object: `name` for each field and `name.sub` one level down. */
export function selectedChildFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let set: SelectionSetNode | undefined = (info.fieldNodes[0] as FieldNode).selectionSet;
  for (const name of path) set = fieldsIn(set, info).find((f) => f.name.value === name)?.selectionSet;
  const out = new Set<string>();
  for (const field of fieldsIn(set, info)) {
    out.add(field.name.value);
    for (const sub of fieldsIn(field.selectionSet, info)) out.add(`${field.name.value}.${sub.name.value}`);
  }
  return out;
}

function fieldsIn(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') out.push(...fieldsIn(s.selectionSet, info));
    else if (s.kind === 'FragmentSpread') out.push(...fieldsIn(info.fragments[s.name.value]?.selectionSet, info));
  }
  return out;
}

// ---------- Rows of an entity as JSON, hydrated as the general loaders hydrate them ----------

const TEXT_TYPES = new Set(['numeric', 'decimal', 'bigint', 'int8', 'money']);

const selectLists = new WeakMap<EntityMetadata, Map<string, string>>();

/** The entity's own columns as a SELECT list (numbers PostgreSQL would send as text sent as text, as pg does). */
export function columnsSql(metadata: EntityMetadata, alias: string): string {
  let byAlias = selectLists.get(metadata);
  if (!byAlias) selectLists.set(metadata, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (list === undefined) byAlias.set(alias, (list = buildColumnsSql(metadata, alias)));
  return list;
}

function buildColumnsSql(metadata: EntityMetadata, alias: string): string {
  return metadata.columns
    .filter((c) => !c.isVirtual)
    .map((c) => {
      const type = typeof c.type === 'string' ? c.type : '';
      return TEXT_TYPES.has(type) ? `${alias}."${c.databaseName}"::text AS "${c.databaseName}"` : `${alias}."${c.databaseName}"`;
    })
    .join(', ');
}

const hydrations = new WeakMap<EntityMetadata, { databaseName: string; propertyName: string; convert: (value: unknown) => unknown }[]>();

/** A JSON row (database column names) as the entity object getManyPlain would give. */
export function hydrate<T extends ObjectLiteral>(dataSource: DataSource, metadata: EntityMetadata, row: Record<string, unknown>): T {
  let plan = hydrations.get(metadata);
  if (!plan) {
    plan = metadata.columns
      .filter((c) => !c.isVirtual)
      .map((c) => ({ databaseName: c.databaseName, propertyName: c.propertyName, convert: hydrationOf(dataSource.driver, c) }));
    hydrations.set(metadata, plan);
  }
  const entity = Object.create((metadata.target as { prototype: object }).prototype) as Record<string, unknown>;
  for (const { databaseName, propertyName, convert } of plan) {
    const value = row[databaseName];
    if (value !== undefined) entity[propertyName] = convert(value);
  }
  return entity as T;
}

/** An order-by key (a property or column name) as its column name. */
function columnName(metadata: EntityMetadata, key: string): string {
  const column = metadata.columns.find((c) => c.propertyName === key || c.databaseName === key);
  if (!column) throw new Error(`No column ${key} on ${metadata.name}`);
  return column.databaseName;
}

/**
 * A part for a loader made by childScopedLoader: every row of `entity` of the
 * child, in the loader's order, hydrated the way the loader hydrates them.
 * The condition `where` (with its named parameters) is the loader's extraWhere.
 */
export function childRowsPart<T extends ObjectLiteral>(options: {
  name: string;
  entity: EntityTarget<T>;
  fields: readonly string[];
  orderBy?: Record<string, 'ASC' | 'DESC'>;
  childColumn?: string;
  where?: (actor: Actor, today: string) => { sql: string; params: Record<string, unknown> };
}): ScreenPart {
  const meta = (dataSource: DataSource) => dataSource.getMetadata(options.entity);
  return {
    name: options.name,
    fields: options.fields,
    sql(actor, params, dataSource) {
      const m = meta(dataSource);
      const childColumn = options.childColumn ?? 'child_id';
      const conditions = [`x."${childColumn}" = sc.id`];
      if (m.deleteDateColumn) conditions.push(`x."${m.deleteDateColumn.databaseName}" IS NULL`);
      if (options.where) {
        const extra = options.where(actor, String(params.screenToday));
        conditions.push(`(${extra.sql})`);
        Object.assign(params, extra.params);
      }
      const order = Object.entries(options.orderBy ?? {}).map(([k, d]) => `r."${columnName(m, k)}" ${d}`);
      return `(SELECT coalesce(json_agg(r${order.length ? ` ORDER BY ${order.join(', ')}` : ''}), '[]'::json)
        FROM (SELECT ${columnsSql(m, 'x')} FROM "${m.tableName}" x JOIN children reach_child ON reach_child.id = x."${childColumn}"
              WHERE ${conditions.join(' AND ')}) r)`;
    },
    prime(loaders, child, value, context) {
      const rows = (value as Record<string, unknown>[]).map((r) => hydrate<T>(context.dataSource, meta(context.dataSource), r));
      loaders.get(options.name).prime(child.id, rows);
    },
  };
}

/**
 * A part for a field that shows ONE row of a child's list (the current placement, the next review):
 * that row alone, picked in SQL as the field's resolver picks it from the whole list (`where` and
 * `orderBy` on the table aliased `x`, the first row wins), for a page that shows the field but not
 * the list (`exceptWith`: the list's fields; when one is selected the list's part primes the
 * loader and this part does not run). A caseload page of 18 children so sends 18 placements,
 * plans and reviews instead of every one of them (160 kB of JSON a request). The resolver reads
 * the row with screenPick and falls back to its loader when there is none.
 */
export function childRowPickPart<T extends ObjectLiteral>(options: {
  name: string;
  entity: EntityTarget<T>;
  field: string;
  exceptWith: readonly string[];
  /** Conditions on `x` beside the child's; `:screenToday` is the day of the statement. */
  where?: string;
  /** The named parameters `where` and `orderBy` use. */
  params?: Record<string, unknown>;
  orderBy: string;
}): ScreenPart {
  const meta = (dataSource: DataSource) => dataSource.getMetadata(options.entity);
  return {
    name: options.name,
    fields: [options.field],
    exceptWith: options.exceptWith,
    sql(_actor, params, dataSource) {
      const m = meta(dataSource);
      const conditions = ['x.child_id = sc.id'];
      if (m.deleteDateColumn) conditions.push(`x."${m.deleteDateColumn.databaseName}" IS NULL`);
      if (options.where) conditions.push(`(${options.where})`);
      Object.assign(params, options.params);
      return `(SELECT row_to_json(r) FROM (SELECT ${columnsSql(m, 'x')} FROM "${m.tableName}" x WHERE ${conditions.join(' AND ')} ORDER BY ${options.orderBy} LIMIT 1) r)`;
    },
    prime(loaders, child, value, context) {
      const row = value ? hydrate<T>(context.dataSource, meta(context.dataSource), value as Record<string, unknown>) : null;
      loaders.picked(options.name).set(child.id, { today: context.today, row });
    },
  };
}

/**
 * The row a childRowPickPart picked for the child in this request's screen statement (null: none
 * matched), or undefined when the statement did not pick it (or picked it for another day than
 * `today`, when the pick depends on the day): the resolver then reads its loader as usual.
 */
export function screenPick<T>(loaders: Loaders, name: string, childId: string, today?: string): T | null | undefined {
  const picked = loaders.picked(name).get(childId) as { today: string; row: T | null } | undefined;
  if (!picked || (today !== undefined && picked.today !== today)) return undefined;
  return picked.row;
}

// ---------- Running the statement ----------

/** Named parameters (`:name`) to positional ones, the way TypeORM's query builder does it. */
export function positional(dataSource: DataSource, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return dataSource.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}

/** Statement names by text, so a screen's text (14 kB for a caseload) is not hashed again on each request. Bounded. */
const NAMES = new Map<string, string>();
const MAX_NAMES = 200;

function statementName(text: string): string {
  let name = NAMES.get(text);
  if (name === undefined) {
    name = `fp_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    if (NAMES.size >= MAX_NAMES) NAMES.clear();
    NAMES.set(text, name);
  }
  return name;
}

/**
 * Runs a statement as a named (prepared) statement on the data source's pool:
 * PostgreSQL parses and plans it once per connection. The data source's
 * logger still sees it (the SQL counters count it).
 */
export async function runPrepared<R>(dataSource: DataSource, text: string, values: unknown[]): Promise<R[]> {
  const name = statementName(text);
  dataSource.logger.logQuery(text, values);
  const driver = dataSource.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [
    { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }> },
    (err?: unknown) => void,
  ];
  try {
    const result = await client.query({ name, text, values });
    release();
    return result.rows;
  } catch (error) {
    release();
    throw error;
  }
}

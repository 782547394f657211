import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

type ColumnMetadata = EntityMetadata['columns'][number];
type Convert = (value: unknown) => unknown;

/** Column types the PostgreSQL driver hands back as they came (prepareHydratedValue has no branch for them). */
const AS_THEY_CAME = new Set<unknown>([
  String, 'uuid', 'varchar', 'character varying', 'text', 'char', 'character', 'citext', 'boolean', 'bool',
  'int', 'integer', 'int2', 'int4', 'int8', 'smallint', 'bigint', 'numeric', 'decimal', 'real', 'float', 'float4', 'float8', 'double precision',
  'json', 'jsonb', 'inet', 'bytea',
]);
const TIMESTAMPS = new Set<unknown>(['datetime', Date, 'timestamp', 'timestamptz', 'timestamp with time zone', 'timestamp without time zone']);

/**
 * driver.prepareHydratedValue for one column, decided once per column rather than by a chain of
 * type comparisons for every value: the same result (columns with a transformer, or of a type not
 * listed here, still go through the driver).
 */
export function hydrationOf(driver: Driver, column: ColumnMetadata): Convert {
  const viaDriver: Convert = (value) => driver.prepareHydratedValue(value, column);
  if (column.transformer || driver.options.type !== 'postgres') return viaDriver;
  const type: unknown = column.type;
  if (type === Boolean) return (value) => (value === null || value === undefined ? value : !!value);
  if (TIMESTAMPS.has(type)) return (value) => (typeof value === 'string' && value !== '' ? new Date(value) : value);
  if (type === 'date') return (value) => (value instanceof Date ? viaDriver(value) : value);
  if (AS_THEY_CAME.has(type)) return (value) => value;
  return viaDriver;
}

interface ColumnPlan {
  key: string;
  column: ColumnMetadata;
  convert: Convert;
}

const plans = new WeakMap<EntityMetadata, Map<string, ColumnPlan[]>>();

/** Which raw columns fill which properties, worked out once per entity and alias. */
function columnPlan(qb: SelectQueryBuilder<ObjectLiteral>, metadata: EntityMetadata, alias: string): ColumnPlan[] {
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  let plan = byAlias.get(alias);
  if (!plan) {
    plan = metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({ key: DriverUtils.buildAlias(qb.connection.driver, undefined, alias, column.databaseName), column, convert: hydrationOf(qb.connection.driver, column) }));
    byAlias.set(alias, plan);
  }
  return plan;
}

/**
 * `getMany()` for the hot read paths, without TypeORM's general entity
 * transformer (joins, relation ids, eager relations), which cost more than
 * the SQL on a caseload page. Only for queries that select the main entity's
 * own columns (joins used for filtering only); values are converted exactly
 * as TypeORM does (driver.prepareHydratedValue), and rows keep the entity's
 * prototype.
 */
export async function getManyPlain<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  return (await getRawAndManyPlain(qb)).entities;
}

/** getManyPlain with the raw rows too (extra selected columns, such as sort keys), row for row. */
export async function getRawAndManyPlain<T extends ObjectLiteral, R = Record<string, unknown>>(
  qb: SelectQueryBuilder<T>,
): Promise<{ entities: T[]; raw: R[] }> {
  const mainAlias = qb.expressionMap.mainAlias;
  if (!mainAlias?.hasMetadata) throw new Error('getManyPlain needs a query builder on an entity.');
  const joins = qb.expressionMap.joinAttributes;
  if (joins.some((j) => j.isSelected)) throw new Error('getManyPlain reads the main entity only: use getMany for selected joins.');
  if (joins.length > 0 && (qb.expressionMap.take !== undefined || qb.expressionMap.skip !== undefined)) {
    throw new Error('getManyPlain with joins needs limit/offset, not take/skip.');
  }
  const raws: Record<string, unknown>[] = await qb.getRawMany();
  return { entities: hydrateRaws(qb, raws), raw: raws as R[] };
}

/** Raw rows of a query builder's SQL (run elsewhere, e.g. inside a screen statement) as getManyPlain's entities. */
export function hydrateRaws<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, raws: Record<string, unknown>[]): T[] {
  const mainAlias = qb.expressionMap.mainAlias!;
  const metadata = mainAlias.metadata;
  const plan = columnPlan(qb as SelectQueryBuilder<ObjectLiteral>, metadata, mainAlias.name);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return raws.map((raw) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const { key, column, convert } of plan) {
      const value = raw[key];
      if (value !== undefined) entity[column.propertyName] = convert(value);
    }
    return entity as T;
  });
}

export async function getOnePlain<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T | null> {
  return (await getManyPlain(qb))[0] ?? null;
}

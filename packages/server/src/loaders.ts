import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from './common/actor';
import { childReach } from './policies/child-reach';
import { getManyPlain } from './common/plain-rows';
import { ChildEntity } from './modules/children/child.entity';
import type { Services } from './services';

/**
 * A loader of every row of one table that belongs to a batch of children,
 * joined to children and filtered by the actor's reach in the same query:
 * one statement per relation per request, whatever the number of children.
 */
export function childScopedLoader<T extends ObjectLiteral>(
  services: Services,
  actor: Actor | null,
  entity: EntityTarget<T>,
  options: { childColumn?: string; orderBy?: Record<string, 'ASC' | 'DESC'>; extraWhere?: string; extraParams?: Record<string, unknown> } = {},
): DataLoader<string, T[]> {
  const childColumn = options.childColumn ?? 'child_id';
  return new DataLoader<string, T[]>(async (childIds) => {
    if (!actor) return childIds.map(() => []);
    const reach = childReach(actor, 'reach_child');
    const qb = services.dataSource
      .getRepository(entity)
      .createQueryBuilder('x')
      .innerJoin(ChildEntity, 'reach_child', `reach_child.id = x.${childColumn}`)
      .where(`x.${childColumn} IN (:...childIds)`, { childIds: [...childIds] })
      .andWhere(reach.sql, reach.params);
    if (options.extraWhere) qb.andWhere(options.extraWhere, options.extraParams ?? {});
    for (const [column, direction] of Object.entries(options.orderBy ?? {})) qb.addOrderBy(`x.${column}`, direction);
    const rows = await getManyPlain(qb);
    const byChild = new Map<string, T[]>();
    const key = childColumn.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    for (const row of rows) {
      const id = String((row as Record<string, unknown>)[key]);
      const list = byChild.get(id) ?? [];
      list.push(row);
      byChild.set(id, list);
    }
    return childIds.map((id) => byChild.get(id) ?? []);
  });
}

/** Records (with a child_id) by id, within the actor's reach in SQL; null for any id out of reach, in the order asked. */
export async function rowsByIdWithinReach<T extends ObjectLiteral & { id: string }>(
  services: Pick<Services, 'dataSource'>,
  actor: Actor | null,
  entity: EntityTarget<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  if (!actor || ids.length === 0) return ids.map(() => null);
  const reach = childReach(actor, 'reach_child');
  const rows = await getManyPlain(
    services.dataSource
      .getRepository(entity)
      .createQueryBuilder('x')
      .innerJoin(ChildEntity, 'reach_child', 'reach_child.id = x.child_id')
      .where('x.id IN (:...ids)', { ids: [...ids] })
      .andWhere(reach.sql, reach.params),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Per-request loaders, created lazily by name. Modules register factories in
 * LOADER_FACTORIES; a resolver asks `ctx.loaders.get('placements')`.
 */
export type LoaderFactory = (services: Services, actor: Actor | null) => DataLoader<string, unknown>;

const LOADER_FACTORIES = new Map<string, LoaderFactory>();

export function registerLoader<K, V>(name: string, factory: (services: Services, actor: Actor | null) => DataLoader<K, V>): (loaders: Loaders) => DataLoader<K, V> {
  LOADER_FACTORIES.set(name, factory as unknown as LoaderFactory);
  return (loaders) => loaders.get(name) as unknown as DataLoader<K, V>;
}

export interface Loaders {
  get(name: string): DataLoader<string, unknown>;
  /** Rows a screen statement picked for this request (a child's current placement...), by part name then child id (screenPick). */
  picked(name: string): Map<string, unknown>;
}

export function createLoaders(services: Services, actor: Actor | null): Loaders {
  const made = new Map<string, DataLoader<string, unknown>>();
  const picks = new Map<string, Map<string, unknown>>();
  return {
    picked(name) {
      let map = picks.get(name);
      if (!map) picks.set(name, (map = new Map()));
      return map;
    },
    get(name) {
      let loader = made.get(name);
      if (!loader) {
        const factory = LOADER_FACTORIES.get(name);
        if (!factory) throw new Error(`No loader named ${name}`);
        loader = factory(services, actor);
        made.set(name, loader);
      }
      return loader;
    },
  };
}

import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import { columnsSql, hydrate } from '../../common/screen-query';
import { PlacementEntity } from './placement.entity';

// Other modules read the placements table only through these (the boundary rule in eslint.config.mjs).

/** The placement the child is in on `today` (the latest started, if two overlap). */
export function placementOn(manager: EntityManager, childId: string, today: string): Promise<PlacementEntity | null> {
  return manager
    .getRepository(PlacementEntity)
    .createQueryBuilder('pl')
    .where('pl.child_id = :childId AND pl.start_date <= :today AND (pl.end_date IS NULL OR pl.end_date >= :today)', { childId, today })
    .orderBy('pl.start_date', 'DESC')
    .getOne();
}

/** placementOn as JSON inside a screen statement: the child row `childAlias`, the day parameter `todayParam`. */
export function placementOnJsonSql(dataSource: DataSource, childAlias: string, todayParam: string): string {
  return `(SELECT row_to_json(r) FROM (SELECT ${columnsSql(dataSource.getMetadata(PlacementEntity), 'x')} FROM placements x
    WHERE x.child_id = ${childAlias}.id AND x.start_date <= :${todayParam} AND (x.end_date IS NULL OR x.end_date >= :${todayParam})
    ORDER BY x.start_date DESC LIMIT 1) r)`;
}

export function placementFromJson(dataSource: DataSource, value: unknown): PlacementEntity | null {
  return value ? hydrate<PlacementEntity>(dataSource, dataSource.getMetadata(PlacementEntity), value as Record<string, unknown>) : null;
}

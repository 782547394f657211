import type { EntityManager } from 'typeorm';
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

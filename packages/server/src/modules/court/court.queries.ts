import type { EntityManager } from 'typeorm';
import { placementOrderDate } from '../../rules';
import { CourtProceedingsEntity } from './court.entity';

// Other modules read the court tables only through these (the boundary rule in eslint.config.mjs).

/** The day each child's last placement order was made, if any (for the regional adoption agency's timescale). */
export async function placementOrdersOf(manager: EntityManager, childIds: readonly string[]): Promise<Map<string, string>> {
  if (childIds.length === 0) return new Map();
  const rows = await manager.createQueryBuilder(CourtProceedingsEntity, 'p').where('p.child_id IN (:...ids)', { ids: [...childIds] }).andWhere("p.outcome = 'PLACEMENT_ORDER'").getMany();
  const out = new Map<string, string>();
  for (const id of new Set(childIds)) {
    const on = placementOrderDate({ courtCases: rows.filter((r) => r.childId === id) });
    if (on) out.set(id, on);
  }
  return out;
}

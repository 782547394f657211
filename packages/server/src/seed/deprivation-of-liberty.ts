import type { DeprivationOfLibertyOrderEntity } from '../modules/deprivation-of-liberty/deprivation-of-liberty.entity';
import type { BuiltChild, CouncilSeed } from './child-builder';
import { addDays, daysBetween } from './dates';
import { newId, type Row } from './seed-rows';

/**
 * A deprivation of liberty order made by the High Court for a child in a
 * children's home (K2, as the DfE's rule 709 expects), starting a little after
 * the move there and still in force: the SSDA903 DoLo table from 2026/27.
 * From the placement rows already seeded, so no other seeded value moves.
 */
export function addDeprivationOfLiberty(seed: CouncilSeed, child: BuiltChild): void {
  const home = seed.rows.placements.find((p) => p.childId === child.id && p.type === 'RESIDENTIAL' && (p.endDate ?? null) === null);
  if (!home?.startDate) throw new Error(`${child.spec.localId} is not in a children's home: a DoLO is for a child placed in one.`);
  const startDate = addDays(home.startDate, Math.min(14, Math.floor(daysBetween(home.startDate, seed.today) / 2)));
  const row: Row<DeprivationOfLibertyOrderEntity> = { id: newId(), childId: child.id, startDate, endDate: null, authorisedBy: 'HIGH_COURT' };
  seed.rows.deprivationOfLibertyOrders.push(row);
}

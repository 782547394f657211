import { createHash } from 'node:crypto';
import type { IsoDate } from '../database/columns';
import type { MissingEpisodeEntity } from '../modules/missing-episodes/missing-episode.entity';
import { ageInYears } from '../rules/iso-date';
import { addDays, daysBetween } from './dates';
import { newId, type Row } from './seed-rows';

/**
 * Missing and away-from-placement periods for some older demo children (the
 * SSDA903 missing table): at most one a placement, a few days long, well
 * inside the placement and the period of care and ended before today, so the
 * DfE's rules on missing periods (567, 574, 575, 576, 577, 578, 581, 586) pass.
 * Drawn from a hash of the child and placement rather than the council's
 * random stream, so adding them changes no other seeded value.
 */
export function demoMissingEpisodes(
  child: { id: string; localId: string; dateOfBirth: IsoDate },
  placements: readonly { startDate: IsoDate; endDate: IsoDate | null }[],
  today: IsoDate,
): Row<MissingEpisodeEntity>[] {
  const rows: Row<MissingEpisodeEntity>[] = [];
  for (const p of placements) {
    const draw = (what: string, n: number) => createHash('sha256').update(`${child.localId}:${p.startDate}:missing:${what}`).digest().readUInt32BE(0) % n;
    // Older children go missing more often: about one placement in three from 11.
    if (ageInYears(child.dateOfBirth, p.startDate) < 11 || draw('any', 3) !== 0) continue;
    // Two weeks from the placement's start, ending at least two weeks before it ends (or before today).
    const last = addDays(p.endDate ?? today, -14);
    const room = daysBetween(addDays(p.startDate, 14), last) - 3;
    if (room < 1) continue;
    const startDate = addDays(p.startDate, 14 + draw('start', room));
    const endDate = addDays(startDate, draw('length', 3));
    const offered = draw('offered', 6) !== 0;
    rows.push({
      id: newId(),
      childId: child.id,
      kind: draw('kind', 3) === 0 ? 'A' : 'M',
      startDate,
      endDate,
      returnInterviewOffered: offered,
      returnInterviewAccepted: offered ? draw('accepted', 3) !== 0 : null,
    });
  }
  return rows;
}

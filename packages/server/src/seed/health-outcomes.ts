import { createHash } from 'node:crypto';
import type { IsoDate } from '../database/columns';
import type { HealthOutcomesEntity } from '../modules/health-outcomes/health-outcomes.entity';
import { oc2Asks, type SdqReason } from '../ssda903/ssda903.oc2';
import { collectionYear, collectionYearOf } from '../ssda903/ssda903.record';
import { ageInYears } from '../rules/iso-date';
import { newId, type Row } from './seed-rows';

/**
 * Health outcomes for every collection year (the one in progress too) in which a demo child
 * was looked after for the whole year (the SSDA903 OC2 children), with the
 * items the DfE asks of their age then. Drawn from a hash of the child and
 * year rather than the council's random stream, so adding them changes no
 * other seeded value.
 */
export function demoHealthOutcomes(
  child: { id: string; localId: string; dateOfBirth: IsoDate; dateLookedAfter: IsoDate; dateCeasedLookedAfter: IsoDate | null },
  today: IsoDate,
): Row<HealthOutcomesEntity>[] {
  const rows: Row<HealthOutcomesEntity>[] = [];
  // From the year care began: a child looked after from 1 April itself is looked after all that year.
  for (let y = collectionYearOf(child.dateLookedAfter); y <= collectionYearOf(today); y++) {
    const year = collectionYear(y);
    if (child.dateLookedAfter > year.start || (child.dateCeasedLookedAfter !== null && child.dateCeasedLookedAfter < year.end)) continue;
    const draw = (what: string, n: number) => createHash('sha256').update(`${child.localId}:${y}:${what}`).digest().readUInt32BE(0) % n;
    const asks = oc2Asks(child.dateOfBirth, year);
    const reasons: SdqReason[] = asks.sdq1Allowed ? ['SDQ1', 'SDQ2', 'SDQ5'] : ['SDQ2', 'SDQ4', 'SDQ5'];
    const noScore = asks.sdq && draw('sdq-missing', 8) === 0;
    const misuse = ageInYears(child.dateOfBirth, year.end) >= 13 && draw('misuse', 8) === 0;
    const received = misuse ? draw('received', 2) === 0 : null;
    rows.push({
      id: newId(),
      childId: child.id,
      year: y,
      sdqScore: asks.sdq && !noScore ? 4 + draw('sdq', 26) : null,
      sdqReason: noScore ? reasons[draw('sdq-reason', reasons.length)] : null,
      convicted: asks.convicted ? draw('convicted', 15) === 0 : null,
      healthCheck: asks.healthCheck ? draw('health-check', 10) !== 0 : null,
      immunisations: draw('immunisations', 10) !== 0,
      teethCheck: draw('teeth', 8) !== 0,
      healthAssessment: draw('assessment', 12) !== 0,
      substanceMisuse: misuse,
      interventionReceived: received,
      interventionOffered: received === false ? draw('offered', 3) !== 0 : null,
    });
  }
  return rows;
}

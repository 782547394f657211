import { healthOutcomesAsks, SDQ_MAX_SCORE, type HealthOutcomesAsks, type SdqReason } from '@forever-planning/shared';
import type { IsoDate } from '../rules/iso-date';
import type { CollectionYear } from './ssda903.record';
import type { Episode } from './ssda903.episodes';

/**
 * OC2: outcomes for children looked after continuously for 12 months at
 * 31 March. Which items the DfE asks of a child depends on their age in the
 * collection year; the API, the product's validation and the export all use
 * these functions, so the three agree with each other and with the DfE's rules
 * (numbers in the comments).
 */

export { SDQ_MAX_SCORE, SDQ_REASONS, type SdqReason } from '@forever-planning/shared';

/** What OC2 asks of a child of this date of birth in this collection year (the shared rules the form uses too). */
export function oc2Asks(dateOfBirth: IsoDate, year: CollectionYear): HealthOutcomesAsks {
  return healthOutcomesAsks(dateOfBirth, year.year);
}

/**
 * Looked after continuously for 12 months at 31 March, as the DfE's rules
 * work it out from the year's episodes: looked after in the year, with no
 * period of care starting after 1 April (RNE S), none ending before 31 March
 * (REC other than X1), and no short-break episode (V3, V4).
 */
export function continuouslyLookedAfter(episodes: readonly Episode[], year: CollectionYear): boolean {
  if (episodes.length === 0) return false;
  return !episodes.some(
    (e) =>
      (e.RNE === 'S' && e.DECOM > year.start && e.DECOM <= year.end) ||
      (e.DEC !== null && e.REC !== 'X1' && e.DEC >= year.start && e.DEC < year.end) ||
      e.LS === 'V3' ||
      e.LS === 'V4',
  );
}

/** One child's health, SDQ and offending outcomes for one collection year, as recorded. */
export interface HealthOutcomesRecord {
  year: number;
  sdqScore: number | null;
  sdqReason: SdqReason | null;
  convicted: boolean | null;
  healthCheck: boolean | null;
  immunisations: boolean;
  teethCheck: boolean;
  healthAssessment: boolean;
  substanceMisuse: boolean;
  interventionReceived: boolean | null;
  interventionOffered: boolean | null;
}

/** A problem with a health outcomes record: the field it is about and what to do. */
export interface Oc2Problem {
  /** The DfE rule that would reject it. */
  rule: string;
  field: keyof HealthOutcomesRecord;
  message: string;
}

const YEAR_NAME = (year: number) => `${year - 1}/${String(year).slice(2)}`;

/**
 * Everything the DfE's OC2 rules would reject in this record for a child of
 * this date of birth: the API refuses to save such a record, and the return's
 * validation reports one saved before the child's date of birth changed.
 */
export function oc2Problems(record: HealthOutcomesRecord, dateOfBirth: IsoDate, year: CollectionYear): Oc2Problem[] {
  const asks = oc2Asks(dateOfBirth, year);
  const problems: Oc2Problem[] = [];
  const add = (rule: string, field: keyof HealthOutcomesRecord, message: string) => problems.push({ rule, field, message });
  const y = YEAR_NAME(year.year);
  if (record.sdqScore !== null && (!Number.isInteger(record.sdqScore) || record.sdqScore < 0 || record.sdqScore > SDQ_MAX_SCORE)) {
    add('180', 'sdqScore', `The SDQ score must be a whole number from 0 to ${SDQ_MAX_SCORE}.`);
  }
  if (record.sdqScore !== null && record.sdqReason !== null) add('197a', 'sdqReason', 'Give an SDQ score or the reason there is none, not both.');
  if (asks.sdq) {
    if (record.sdqScore === null && record.sdqReason === null) add('186', 'sdqScore', `Give the child’s SDQ score for ${y}, or the reason there is none.`); // also 197B
    if (record.sdqScore === null && record.sdqReason === 'SDQ1' && !asks.sdq1Allowed) {
      add('157', 'sdqReason', `SDQ1 is for a child under 4 or over 17, but the child was 4 to 16 throughout ${y}: give another reason.`);
    }
  } else if (record.sdqScore !== null || record.sdqReason !== null) {
    add('188', 'sdqScore', `No SDQ is asked for ${y}: the child was under 4 at its end or 17 or over at its start.`); // also 189
  }
  if (asks.convicted && record.convicted === null) add('543', 'convicted', `Say whether the child was convicted of an offence in ${y}.`);
  if (!asks.convicted && record.convicted !== null) add('542', 'convicted', `Convictions are not asked of a child under 10 at the end of ${y}.`);
  if (asks.healthCheck && record.healthCheck === null) add('545', 'healthCheck', `Say whether the child’s development assessments were up to date in ${y}.`);
  if (!asks.healthCheck && record.healthCheck !== null) add('546', 'healthCheck', `Development assessments are only asked of a child under 5 at the end of ${y}.`);
  if (record.substanceMisuse) {
    if (record.interventionReceived === null) add('192', 'interventionReceived', 'Say whether the child received an intervention for the substance misuse problem.');
    if (record.interventionReceived === true && record.interventionOffered !== null) {
      add('158', 'interventionOffered', 'Leave “intervention offered” empty when the child received one.');
    }
    if (record.interventionReceived === false && record.interventionOffered === null) {
      add('159', 'interventionOffered', 'Say whether an intervention was offered, as the child did not receive one.');
    }
  } else if (record.interventionReceived !== null || record.interventionOffered !== null) {
    add('193', 'interventionReceived', 'Interventions are only recorded for a child with a substance misuse problem.');
  }
  return problems;
}

const flag = (v: boolean | null): string => (v === null ? '' : v ? '1' : '0');

/** The record as the OC2 file's items (without CHILD and DOB). */
export function oc2Row(record: HealthOutcomesRecord): Record<string, string> {
  return {
    SDQ_SCORE: record.sdqScore === null ? '' : String(record.sdqScore),
    SDQ_REASON: record.sdqReason ?? '',
    CONVICTED: flag(record.convicted),
    HEALTH_CHECK: flag(record.healthCheck),
    IMMUNISATIONS: flag(record.immunisations),
    TEETH_CHECK: flag(record.teethCheck),
    HEALTH_ASSESSMENT: flag(record.healthAssessment),
    SUBSTANCE_MISUSE: flag(record.substanceMisuse),
    INTERVENTION_RECEIVED: flag(record.interventionReceived),
    INTERVENTION_OFFERED: flag(record.interventionOffered),
  };
}

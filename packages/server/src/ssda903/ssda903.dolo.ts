import { isIsoDate, type IsoDate } from '../rules/iso-date';
import type { Episode } from './ssda903.episodes';
import type { CollectionYear, Ssda903Dolo } from './ssda903.record';

/**
 * The DfE's rules on the DoLo table (deprivation of liberty orders, from
 * 2026/27), numbered as the DfE and Data to Insight's validator (rule set
 * lac2026_27) number them. Pure: the orders as the return has them, the
 * child's episodes in it, and for a year's return the year and last year's orders.
 */
export interface DoloProblem {
  rule: '700' | '701' | '702' | '703' | '704' | '705' | '706' | '707' | '708' | '709' | '710';
  field: 'DOLO_START' | 'DOLO_END' | 'PLACE';
  message: string;
  date: IsoDate | null;
}

export interface DoloRuleInput {
  dateOfBirth: IsoDate;
  /** The orders as returned (for a year: those in force in it, an end after 31 March left blank). */
  orders: readonly Ssda903Dolo[];
  /** The child's episodes in the same return, in order. */
  episodes: readonly Episode[];
  /** The collection year, when checking a year's return (703, 704). */
  year: CollectionYear | null;
  /** Last year's orders as that return had them (706), when there is one. */
  previous: readonly Ssda903Dolo[] | null;
}

/** Placements a child deprived of their liberty may be in (709): a children's home, or the 2025/26 "other" codes Z12 and Z13. */
export const DOLO_PLACES = ['K2', 'Z12', 'Z13'] as const;
/** Placements a child deprived of their liberty cannot be in (710): secure children's home, parents, young offender institution, supported accommodation. */
export const DOLO_FORBIDDEN_PLACES = ['K1', 'P1', 'R5', 'K3'] as const;

const valid = (d: string | null): d is IsoDate => d !== null && isIsoDate(d);

/** The episodes a closed order overlaps, as rules 709 and 710 read them (an episode still open overlaps an order that ends after it starts). */
export function overlapping(order: Ssda903Dolo, episodes: readonly Episode[]): Episode[] {
  if (!valid(order.startDate) || !valid(order.endDate)) return [];
  return episodes.filter((e) => (e.DEC === null || order.startDate <= e.DEC) && order.endDate! >= e.DECOM);
}

export function doloProblems(input: DoloRuleInput): DoloProblem[] {
  const out: DoloProblem[] = [];
  const add = (rule: DoloProblem['rule'], field: DoloProblem['field'], message: string, date: IsoDate | null) => out.push({ rule, field, message, date });
  const orders = [...input.orders].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const careStart = input.episodes[0]?.DECOM ?? null;
  const careEnd = input.episodes.length > 0 ? input.episodes[input.episodes.length - 1].DEC : null;
  orders.forEach((o, i) => {
    const start = valid(o.startDate) ? o.startDate : null;
    if (!start) add('700', 'DOLO_START', `The start of the deprivation of liberty order "${o.startDate}" is not a valid date.`, null);
    if (o.endDate !== null && !valid(o.endDate)) add('701', 'DOLO_END', `The end of the deprivation of liberty order "${o.endDate}" is not a valid date.`, start);
    const end = valid(o.endDate) ? o.endDate : null;
    if (start && end && end <= start) add('702', 'DOLO_END', 'The deprivation of liberty order ends on or before the day it started.', end);
    if (input.year && start && start > input.year.end) add('703', 'DOLO_START', 'The deprivation of liberty order starts after the end of the collection year.', start);
    if (input.year && end && (end < input.year.start || end > input.year.end)) add('704', 'DOLO_END', 'The deprivation of liberty order ends outside the collection year.', end);
    const prev = orders[i - 1];
    if (start && prev && valid(prev.startDate) && (prev.endDate === null || start < prev.endDate)) {
      add('705', 'DOLO_START', `A deprivation of liberty order starts on ${start} while the one from ${prev.startDate} is still in force: end it first.`, start);
    }
    if (start && careStart !== null) {
      const outside = end === null ? careEnd !== null || start < careStart : (careEnd !== null && end > careEnd) || end < careStart;
      if (outside) {
        add('707', 'DOLO_END', end === null && careEnd !== null ? 'The child has ceased to be looked after, but a deprivation of liberty order has no end: record when it ended.' : 'The deprivation of liberty order does not fall within the child’s period of care.', start);
      }
    }
    if (start && start <= input.dateOfBirth) add('708', 'DOLO_START', 'The deprivation of liberty order starts on or before the child’s date of birth.', start);
    for (const e of overlapping(o, input.episodes)) {
      if (e.PLACE === null || !(DOLO_PLACES as readonly string[]).includes(e.PLACE)) {
        add('709', 'PLACE', `The child was deprived of their liberty while in a ${e.PLACE ?? 'unrecorded'} placement: the return expects a children's home (K2) or Z12/Z13.`, e.DECOM);
      }
      if (e.PLACE !== null && (DOLO_FORBIDDEN_PLACES as readonly string[]).includes(e.PLACE)) {
        add('710', 'PLACE', `A child deprived of their liberty cannot be placed in ${e.PLACE} (a secure children's home, with parents, a young offender institution or supported accommodation).`, e.DECOM);
      }
    }
  });
  // 706: an order still in force at the end of last year's return carries on into this year's with the same start.
  for (const open of (input.previous ?? []).filter((o) => o.endDate === null)) {
    if (!orders.some((o) => o.startDate === open.startDate)) {
      add('706', 'DOLO_START', `The deprivation of liberty order from ${open.startDate} was in force at the end of last year's return, but this year's return does not carry it on.`, open.startDate);
    }
  }
  return out;
}

export const DOLO_RULES = ['700', '701', '702', '703', '704', '705', '706', '707', '708', '709', '710'] as const;

/**
 * Health outcomes (the SSDA903 OC2 items): the reasons there is no SDQ score,
 * and which items the DfE asks of a child of a given age in a collection year.
 * Shared so the form asks exactly what the API and the return check.
 */

/**
 * SDQ_REASON: SDQ1 under 4 or over 17 when it was due; SDQ2 the carer
 * refused; SDQ3 not possible because of the severity of the child's
 * disability; SDQ4 other; SDQ5 the child or young person refused.
 */
export const SDQ_REASONS = ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'] as const;
export type SdqReason = (typeof SDQ_REASONS)[number];
export const SDQ_REASON_LABELS: Record<SdqReason, string> = {
  SDQ1: 'The child was under 4 or over 17 when it was due',
  SDQ2: 'The carer refused to complete it',
  SDQ3: 'Not possible because of the severity of the child’s disability',
  SDQ4: 'Another reason',
  SDQ5: 'The child or young person refused',
};
export const SDQ_MAX_SCORE = 40;

/** What OC2 asks of a child of this date of birth in the collection year ending 31 March `year`. */
export interface HealthOutcomesAsks {
  /** An SDQ score or the reason there is none: from the year the child turns 4 to the year they turn 17 (rules 186, 197B); not asked outside it (188, 189). */
  sdq: boolean;
  /** SDQ1 ("under 4 or over 17") is wrong for a child 4 or over at the year's start and 16 or under at its end (157). */
  sdq1Allowed: boolean;
  /** CONVICTED: asked of a child 10 or over at 31 March (543), never of a younger one (542). */
  convicted: boolean;
  /** HEALTH_CHECK (development assessments): asked of a child under 5 at 31 March (545), never of an older one (546). */
  healthCheck: boolean;
}

/** The day a child born on `dateOfBirth` (yyyy-mm-dd) turns `years`; a 29 February birthday falls on 28 February in other years. */
export function birthday(dateOfBirth: string, years: number): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function healthOutcomesAsks(dateOfBirth: string, year: number): HealthOutcomesAsks {
  const start = `${year - 1}-04-01`;
  const end = `${year}-03-31`;
  return {
    sdq: birthday(dateOfBirth, 4) <= end && birthday(dateOfBirth, 17) >= start,
    sdq1Allowed: !(birthday(dateOfBirth, 4) <= start && birthday(dateOfBirth, 16) >= end),
    convicted: birthday(dateOfBirth, 10) <= end,
    healthCheck: end < birthday(dateOfBirth, 5),
  };
}

/** The collection year that contains a date (yyyy-mm-dd), named by the year it ends. */
export function collectionYearContaining(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y + 1 : y;
}

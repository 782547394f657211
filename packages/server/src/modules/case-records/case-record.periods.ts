import { writtenDate } from '@forever-planning/shared';
import { badInput } from '../../common/errors';

/** Placements and legal statuses are periods: one follows another, none overlap. */
export interface Period {
  id: string;
  startDate: string;
  endDate: string | null;
}

/** The period in force today: started, not yet ended. */
export function currentOf<T extends Period>(periods: readonly T[], today: string): T | null {
  return [...periods].reverse().find((p) => p.startDate <= today && (p.endDate === null || p.endDate > today)) ?? null;
}

/**
 * A new period may start today or earlier, not before the child was born, not
 * before the last one started and not inside one that has ended. `what` names
 * the record in the message.
 */
export function checkNewStart(history: readonly Period[], startDate: string, context: { today: string; dateOfBirth: string; what: string }): void {
  if (startDate > context.today) throw badInput('startDate cannot be in the future.', 'startDate');
  if (startDate < context.dateOfBirth) throw badInput('startDate cannot be before the date of birth.', 'startDate');
  const previous = history.at(-1);
  if (previous && startDate < previous.startDate) {
    throw badInput(`startDate cannot be before the start of the previous ${context.what} (${previous.startDate}).`, 'startDate');
  }
  const overlapping = history.find((p) => p.endDate !== null && p.endDate > startDate);
  if (overlapping) throw badInput(`startDate overlaps the ${context.what} that ended on ${writtenDate(overlapping.endDate)}.`, 'startDate');
}

/** A period's end: not in the future, not before its start, not after the next one began. */
export function checkEnd(history: readonly Period[], period: Period, endDate: string, context: { today: string; what: string }): void {
  if (endDate > context.today) throw badInput('endDate cannot be in the future.', 'endDate');
  if (endDate < period.startDate) throw badInput(`endDate cannot be before the start date (${period.startDate}).`, 'endDate');
  const next = history[history.findIndex((p) => p.id === period.id) + 1];
  if (next && endDate > next.startDate) throw badInput(`endDate cannot be after the next ${context.what} started (${next.startDate}).`, 'endDate');
}

/** The period after this one, if any. */
export function nextOf<T extends Period>(history: readonly T[], period: Period): T | undefined {
  return history[history.findIndex((p) => p.id === period.id) + 1];
}

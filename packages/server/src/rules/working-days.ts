import { BANK_HOLIDAY_DATES } from './bank-holidays';
import { addDays, daysBetween, isWeekend, type IsoDate } from './iso-date';

/**
 * Working days in England and Wales: not a Saturday, Sunday or bank holiday.
 * `extraHolidays` are the administrator's additions (a substitute day or a
 * one-off holiday announced after this list was shipped).
 */
export function isWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = []): boolean {
  return !isWeekend(date) && !BANK_HOLIDAY_DATES.has(date) && !extraHolidays.includes(date);
}

/**
 * The date `count` working days after `start`; the start day itself never
 * counts, so a child looked after on a bank holiday or a Friday starts the
 * count on the next working day. A negative count goes backwards; 0 returns
 * `start` unchanged.
 */
export function addWorkingDays(start: IsoDate, count: number, extraHolidays: readonly IsoDate[] = []): IsoDate {
  const step = count < 0 ? -1 : 1;
  let date = start;
  let remaining = Math.abs(count);
  while (remaining > 0) {
    date = addDays(date, step);
    if (isWorkingDay(date, extraHolidays)) remaining -= 1;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to`, so that
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when `to` is
 * before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, extraHolidays: readonly IsoDate[] = []): number {
  const span = daysBetween(from, to);
  if (span < 0) return -workingDaysBetween(to, from, extraHolidays);
  let count = 0;
  for (let offset = 1; offset <= span; offset += 1) {
    if (isWorkingDay(addDays(from, offset), extraHolidays)) count += 1;
  }
  return count;
}

import type { IsoDate } from '../database/columns';

/**
 * Date arithmetic on ISO date strings in UTC, so a seed run never shifts a
 * date by a time zone. Every demo date is an offset from "today", which keeps
 * overdue records overdue whenever the seed runs.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: string): IsoDate {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`"${value}" is not a date in the form YYYY-MM-DD.`);
  }
  return value;
}

/** Today in England, where the councils are. */
export function todayInEngland(now: Date = new Date()): IsoDate {
  return now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

function toDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Calendar months; the 31st becomes the month's last day rather than spilling over. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const d = toDate(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return toIso(d);
}

/** Weekdays only; bank holidays are the rules engine's business, not the demo's. */
export function addWorkingDays(iso: IsoDate, days: number): IsoDate {
  const d = toDate(iso);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return toIso(d);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** A moment during the working day of that date, for timestamp columns. */
export function at(iso: IsoDate, hour = 10): Date {
  return new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
}

/** A date of birth that makes the child exactly `age` on `today`. */
export function birthDateFor(today: IsoDate, age: number, daysPastBirthday: number): IsoDate {
  return addDays(addMonths(today, -12 * age), -daysPastBirthday);
}

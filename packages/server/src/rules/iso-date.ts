/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') as whole days. No Date
 * objects and no time zones: a clock change can never move a deadline.
 */

/** A calendar date, 'YYYY-MM-DD'. Same shape as the entities' date columns. */
export type IsoDate = string;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1..12
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function parse(date: IsoDate): Ymd {
  const match = ISO_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

function format({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The rules walk working days one at a time over spans of years, for every
 * child on a page: remembering each date's day number (both ways) keeps that
 * to a map lookup per day. Pure functions, so the caches cannot go stale;
 * they are bounded by clearing.
 */
const dayNumbers = new Map<IsoDate, number>();
const isoDates = new Map<number, IsoDate>();
const CACHE_LIMIT = 50_000;

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    if (dayNumbers.size >= CACHE_LIMIT) dayNumbers.clear();
    n = computeDayNumber(date);
    dayNumbers.set(date, n);
  }
  return n;
}

function computeDayNumber(date: IsoDate): number {
  const { year, month, day } = parse(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  let iso = isoDates.get(dayNumber);
  if (iso === undefined) {
    if (isoDates.size >= CACHE_LIMIT) isoDates.clear();
    iso = computeIsoDate(dayNumber);
    isoDates.set(dayNumber, iso);
  }
  return iso;
}

function computeIsoDate(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Adds whole months. A day that does not exist in the target month is clamped
 * to that month's last day: 31 January + 1 month is 28 (or 29) February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** 29 February + 1 year is 28 February. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Whole years of age on `on` (a 29 February birthday counts from 1 March in other years). */
export function ageInYears(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = parse(dateOfBirth);
  const now = parse(on);
  const hadBirthday = now.month > birth.month || (now.month === birth.month && now.day >= birth.day);
  return now.year - birth.year - (hadBirthday ? 0 : 1);
}

const londonFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in England of an instant (a timestamptz column). Use when
 * mapping entities to facts: 23:30 UTC on 31 March 2024 is 1 April in BST.
 */
export function londonDate(instant: Date): IsoDate {
  // The date in London can only change on a whole minute (offsets are whole
  // hours), so one formatting per minute serves every call in that minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastLondonDate = londonFormatter.format(instant);
  }
  return lastLondonDate;
}
let lastMinute = Number.NaN;
let lastLondonDate = '';

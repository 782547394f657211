/**
 * The one way a person reads a date, in both portals and in the words the
 * server writes (alerts, audit sentences): GOV.UK style, "12 January 2026".
 * Dates are calendar dates ("2026-01-12"), so they are formatted in UTC and
 * never shift a day with the reader's time zone.
 */
const WRITTEN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-01-12" as "12 January 2026"; empty stays empty. */
export function writtenDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  return ISO_DATE.test(day) ? WRITTEN_DATE.format(new Date(`${day}T00:00:00Z`)) : iso;
}

/** Several dates in words: "3 March 2025, 9 June 2025 and 1 July 2025". */
export function writtenDates(isos: readonly string[]): string {
  const words = isos.map(writtenDate);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

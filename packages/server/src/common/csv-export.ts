import { stringify } from 'csv-stringify/sync';

/**
 * CSV for spreadsheets. A cell a spreadsheet would read as a formula (starting
 * = + - @, or a tab or carriage return) is prefixed with an apostrophe, so an
 * exported record can never run as a formula (OWASP CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

export function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return neutraliseFormula(String(value));
}

/**
 * Rows as CSV with a header line, CRLF after every line; every text cell neutralised.
 * csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone CR or LF,
 * which a reader then takes as the end of the row: quoted_match quotes those too.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[]): string {
  const body = rows.map((row) => columns.map((c) => (typeof row[c] === 'number' ? String(row[c]) : cellText(row[c]))));
  return stringify([[...columns], ...body], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

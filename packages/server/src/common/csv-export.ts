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

/** A cell quoted as RFC 4180 wants it: only when it holds a comma, a quote or a line break (a lone CR or LF too), quotes doubled. */
function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV with a header line, CRLF after every line; every text cell neutralised.
 * Written by hand rather than with csv-stringify (the same bytes, which csv-export.spec.ts
 * checks, except that a cell with a lone line break is now quoted): at England size
 * (a return of 83,000 children) the library took seconds.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[]): string {
  const lines: string[] = [columns.map(quoted).join(',')];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const value = row[columns[i]];
      if (i > 0) line += ',';
      line += quoted(typeof value === 'number' ? String(value) : cellText(value));
    }
    lines.push(line);
  }
  return `${lines.join('\r\n')}\r\n`;
}

import { stringify } from 'csv-stringify/sync';
import { cellText, neutraliseFormula, toCsv } from './csv-export';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', 'Amira'].map(neutraliseFormula)).toEqual([
      `'=HYPERLINK("http://x")`, "'+1", "'-2+3", "'@SUM(A1)", "'\tx", 'Amira',
    ]);
  });

  it('writes a header and quoted rows, numbers as numbers', () => {
    expect(toCsv(['name', 'cost'], [{ name: '=cmd|x', cost: -12.5 }, { name: 'Smith, Jo', cost: 3 }])).toBe(
      `name,cost\r\n'=cmd|x,-12.5\r\n"Smith, Jo",3\r\n`,
    );
  });

  it('writes the same bytes as csv-stringify did, for every kind of awkward cell but line breaks', () => {
    const cells = ['', 'plain', 'Smith, Jo', 'say "hi"', 'two\r\nlines', '=1+1', '-5', ' spaced ', 'ünïcode', '"', ',', 'a""b', null, undefined, 0, -3.5, true];
    const columns = ['A', 'B, quoted', 'C'];
    const rows = cells.map((cell, i) => ({ A: cell, 'B, quoted': cells[(i + 7) % cells.length], C: i }));
    const expected = stringify(
      [columns, ...rows.map((row) => columns.map((c) => (typeof row[c as keyof typeof row] === 'number' ? String(row[c as keyof typeof row]) : cellText(row[c as keyof typeof row]))))],
      { record_delimiter: 'windows' },
    );
    expect(toCsv(columns, rows)).toBe(expected);
    expect(toCsv(['only'], [])).toBe(stringify([['only']], { record_delimiter: 'windows' }));
  });

  it('quotes a cell with a lone line break, which csv-stringify left bare (a reader then split the row)', () => {
    expect(toCsv(['note'], [{ note: 'two\nlines' }, { note: 'cr\rhere' }])).toBe('note\r\n"two\nlines"\r\n"cr\rhere"\r\n');
  });
});

import { neutraliseFormula, toCsv } from './csv-export';

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

  it('quotes a cell with a lone line break, so a reader does not split the row there', () => {
    expect(toCsv(['note'], [{ note: 'two\nlines' }, { note: 'cr\rhere' }])).toBe('note\r\n"two\nlines"\r\n"cr\rhere"\r\n');
  });
});

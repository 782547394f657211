import fc from 'fast-check';
import { BANK_HOLIDAY_DATES, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { fromDayNumber, isWeekend, toDayNumber } from './iso-date';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

describe('bank holidays', () => {
  it.each([
    '2015-12-28', // Boxing Day substitute
    '2016-12-27', // Christmas substitute
    '2017-01-02',
    '2019-04-19',
    '2020-05-08', // VE day
    '2021-12-27',
    '2021-12-28',
    '2022-01-03',
    '2022-06-02', // Spring bank holiday moved
    '2022-06-03', // Platinum Jubilee
    '2022-09-19', // Queen's funeral
    '2022-12-27',
    '2023-01-02',
    '2023-05-08', // coronation
    '2024-03-29',
    '2024-04-01',
    '2025-04-18',
    '2025-04-21',
    '2026-12-28',
    '2027-12-27',
    '2027-12-28',
    '2028-01-03',
    '2030-04-22',
  ])('%s is a bank holiday', (date) => {
    expect(BANK_HOLIDAY_DATES.has(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each(['2020-05-04', '2022-05-30', '2024-12-27', '2023-12-27', '2022-01-04'])('%s is a working day', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it('lists eight a year, plus the one-offs of 2022 and 2023, none on a weekend', () => {
    const perYear = new Map<string, number>();
    for (const [date] of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      perYear.set(date.slice(0, 4), (perYear.get(date.slice(0, 4)) ?? 0) + 1);
      expect(isWeekend(date)).toBe(false);
    }
    for (let year = 2015; year <= 2030; year += 1) {
      const expected = year === 2022 ? 10 : year === 2023 ? 9 : 8;
      expect([year, perYear.get(String(year))]).toEqual([year, expected]);
    }
    expect(BANK_HOLIDAY_DATES.size).toBe(ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['looked after on a Friday', '2024-01-05', 20, '2024-02-02'],
    ['looked after on a bank holiday (Early May), Spring bank holiday inside', '2024-05-06', 20, '2024-06-04'],
    ['across Christmas and New Year', '2024-12-20', 20, '2025-01-22'],
    ['across Easter 2024 (and the clocks going forward on Easter Sunday)', '2024-03-28', 20, '2024-04-29'],
    ['looked after on the Saturday before the clocks go back', '2024-10-26', 20, '2024-11-22'],
    ['Spring bank holiday moved and the Platinum Jubilee', '2022-06-01', 20, '2022-07-01'],
    ["the Queen's funeral", '2022-09-16', 5, '2022-09-26'],
    ['the coronation', '2023-05-05', 5, '2023-05-15'],
    ['VE day 2020', '2020-05-07', 5, '2020-05-15'],
    ['Christmas 2021 substitute days', '2021-12-24', 5, '2022-01-05'],
    ['zero days', '2024-05-06', 0, '2024-05-06'],
    ['backwards', '2024-04-02', -1, '2024-03-28'],
  ])('%s: %s + %i working days = %s', (_case, start, count, expected) => {
    expect(addWorkingDays(start, count)).toBe(expected);
  });

  it('skips administrator-added holidays', () => {
    expect(addWorkingDays('2024-06-03', 5)).toBe('2024-06-10');
    expect(addWorkingDays('2024-06-03', 5, ['2024-06-05'])).toBe('2024-06-11');
    expect(isWorkingDay('2024-06-05', ['2024-06-05'])).toBe(false);
  });

  it.each([
    ['2024-01-05', '2024-02-02', 20],
    ['2024-12-20', '2025-01-02', 6],
    ['2024-03-28', '2024-04-02', 1],
    ['2024-04-02', '2024-03-28', -1],
    ['2024-03-29', '2024-03-29', 0],
  ])('workingDaysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  const dateIn = fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2030-06-30') }).map(fromDayNumber);

  it('never lands on a weekend or bank holiday, never before its start, and inverts workingDaysBetween', () => {
    fc.assert(
      fc.property(dateIn, fc.integer({ min: 1, max: 60 }), (start, count) => {
        const due = addWorkingDays(start, count);
        expect(isWeekend(due)).toBe(false);
        expect(BANK_HOLIDAY_DATES.has(due)).toBe(false);
        expect(due > start).toBe(true);
        expect(workingDaysBetween(start, due)).toBe(count);
      }),
    );
  });
});

import { addDays, addMonths, addYears, ageInYears, dayOfWeek, daysBetween, fromDayNumber, londonDate, toDayNumber } from './iso-date';

describe('iso dates', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'], // leap year: clamp to 29 February
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-01-31', 3, '2023-04-30'], // 31 January + 3 months: April has 30 days
    ['2024-01-31', 3, '2024-04-30'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-08-15', 6, '2025-02-15'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-03-01', 2, '2025-03-01'],
  ])('%s + %i years = %s', (start, years, expected) => {
    expect(addYears(start, years)).toBe(expected);
  });

  it.each([
    // Both clock changes of 2024: a day is a day.
    ['2024-03-30', 1, '2024-03-31'],
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-10-26', 2, '2024-10-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
  ])('%s + %i days = %s', (start, days, expected) => {
    expect(addDays(start, days)).toBe(expected);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-03-31')).toBe(0);
    expect(dayOfWeek('2022-09-19')).toBe(1);
  });

  it('round-trips day numbers and counts days', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it.each([
    ['2019-05-10', '2024-05-09', 4],
    ['2019-05-10', '2024-05-10', 5],
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
  ])('born %s is on %s aged %i', (dob, on, age) => {
    expect(ageInYears(dob, on)).toBe(age);
  });

  it('rejects dates that do not exist', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2023-2-1', 1)).toThrow(RangeError);
  });

  it.each([
    ['2024-03-31T23:30:00Z', '2024-04-01'], // BST: already 1 April in England
    ['2024-01-31T23:30:00Z', '2024-01-31'], // GMT
    ['2024-10-26T23:30:00Z', '2024-10-27'], // 00:30 BST on the night the clocks go back
    ['2024-03-31T00:30:00Z', '2024-03-31'], // 00:30 GMT on the night the clocks go forward
  ])('the instant %s is %s in England', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });
});

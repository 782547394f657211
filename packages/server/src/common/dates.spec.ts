import { ageOn } from './dates';
import { isoDateInLondon } from './clock';

describe('ageOn', () => {
  it.each([
    ['2014-05-10', '2026-05-09', 11],
    ['2014-05-10', '2026-05-10', 12],
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
    ['2026-01-01', '2026-11-24', 0],
  ])('a child born %s is aged %s on %s', (dob, on, expected) => {
    expect(ageOn(dob, on)).toBe(expected);
  });
});

describe('isoDateInLondon', () => {
  it('uses the UK day, not the UTC day, in British Summer Time', () => {
    expect(isoDateInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(isoDateInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

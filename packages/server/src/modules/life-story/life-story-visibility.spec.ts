import { isVisibleToChild, type LifeStoryVisibilityFacts } from './life-story-visibility';

const item = (over: Partial<LifeStoryVisibilityFacts>): LifeStoryVisibilityFacts => ({
  audience: 'CHILD_NOW',
  releaseOn: null,
  releaseAge: null,
  withdrawnAt: null,
  ...over,
});
const DOB = '2014-03-02';

describe('isVisibleToChild', () => {
  it.each([
    ['professionals only, never', item({ audience: 'PROFESSIONALS_ONLY' }), DOB, '2040-01-01', false],
    ['shared now', item({ audience: 'CHILD_NOW' }), DOB, '2026-11-24', true],
    ['shared now but withdrawn', item({ audience: 'CHILD_NOW', withdrawnAt: new Date('2026-01-01') }), DOB, '2026-11-24', false],
    ['from a date: the day before', item({ audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01' }), DOB, '2026-11-30', false],
    ['from a date: on the day', item({ audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01' }), DOB, '2026-12-01', true],
    ['from a date: after', item({ audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01' }), DOB, '2027-06-01', true],
    ['from a date, withdrawn', item({ audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01', withdrawnAt: new Date() }), DOB, '2027-06-01', false],
    ['from an age: the day before the birthday', item({ audience: 'CHILD_FROM_AGE', releaseAge: 14 }), DOB, '2028-03-01', false],
    ['from an age: on the birthday', item({ audience: 'CHILD_FROM_AGE', releaseAge: 14 }), DOB, '2028-03-02', true],
    ['from an age: older', item({ audience: 'CHILD_FROM_AGE', releaseAge: 14 }), DOB, '2030-01-01', true],
    ['from an age, 29 February birthday: 28 February', item({ audience: 'CHILD_FROM_AGE', releaseAge: 1 }), '2012-02-29', '2013-02-28', false],
    ['from an age, 29 February birthday: 1 March', item({ audience: 'CHILD_FROM_AGE', releaseAge: 1 }), '2012-02-29', '2013-03-01', true],
    ['from an age, withdrawn', item({ audience: 'CHILD_FROM_AGE', releaseAge: 1, withdrawnAt: new Date() }), DOB, '2030-01-01', false],
  ])('%s', (_name, facts, dob, today, expected) => {
    expect(isVisibleToChild(facts, dob, today)).toBe(expected);
  });
});

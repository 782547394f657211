import { birthdayAt, releaseSchedule } from './life-story-release';
import type { LifeStoryVisibilityFacts } from './life-story-visibility';

const item = (title: string, over: Partial<LifeStoryVisibilityFacts>) => ({
  title, audience: 'CHILD_NOW' as const, releaseOn: null, releaseAge: null, withdrawnAt: null, ...over,
});

describe('birthdayAt', () => {
  it.each([
    ['2014-03-02', 14, '2028-03-02'],
    ['2012-02-29', 1, '2013-03-01'],
    ['2012-02-29', 4, '2016-02-29'],
  ])('%s at %i is %s', (dob, age, expected) => expect(birthdayAt(dob, age)).toBe(expected));
});

describe('releaseSchedule', () => {
  it('splits items into seen today, released later (nearest first) and not shared', () => {
    const items = [
      item('now', {}),
      item('hidden', { audience: 'PROFESSIONALS_ONLY' }),
      item('at 14', { audience: 'CHILD_FROM_AGE', releaseAge: 14 }),
      item('next week', { audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01' }),
      item('last week', { audience: 'CHILD_FROM_DATE', releaseOn: '2026-11-17' }),
      item('withdrawn', { withdrawnAt: new Date('2026-01-01') }),
    ];
    const s = releaseSchedule(items, '2014-03-02', '2026-11-24');
    expect(s.visibleToday.map((i) => i.title)).toEqual(['now', 'last week']);
    expect(s.upcoming.map((u) => [u.item.title, u.on])).toEqual([['next week', '2026-12-01'], ['at 14', '2028-03-02']]);
    expect(s.notShared.map((i) => i.title)).toEqual(['hidden', 'withdrawn']);
  });

  it('an item released today is seen today', () => {
    const s = releaseSchedule([item('today', { audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01' })], '2014-03-02', '2026-12-01');
    expect(s.visibleToday).toHaveLength(1);
  });
});

import type { LifeStoryVisibilityFacts } from './life-story-visibility';
import { isVisibleToChild } from './life-story-visibility';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The day a child reaches an age: their birthday, or 1 March for a 29 February birthday in other years (as ageOn). */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const year = Number(dateOfBirth.slice(0, 4)) + age;
  const monthDay = dateOfBirth.slice(5);
  if (monthDay === '02-29' && !isLeap(year)) return `${year}-03-01`;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** When the child first sees an item: a date, or null when never (professionals only, withdrawn). */
export function releaseDay(item: LifeStoryVisibilityFacts, dateOfBirth: string): string | null {
  if (item.withdrawnAt) return null;
  switch (item.audience) {
    case 'PROFESSIONALS_ONLY':
      return null;
    case 'CHILD_NOW':
      return '0000-01-01';
    case 'CHILD_FROM_DATE':
      return item.releaseOn;
    case 'CHILD_FROM_AGE':
      return item.releaseAge === null ? null : birthdayAt(dateOfBirth, item.releaseAge);
  }
}

export interface ReleaseSchedule<T> {
  visibleToday: T[];
  upcoming: { on: string; item: T }[];
  notShared: T[];
}

/**
 * What the child sees today, what will be released when (nearest first) and
 * what is not shared. Computed at read time from the same rule as the child's
 * portal, so an item appears on its day without anyone acting.
 */
export function releaseSchedule<T extends LifeStoryVisibilityFacts>(items: T[], dateOfBirth: string, today: string): ReleaseSchedule<T> {
  const schedule: ReleaseSchedule<T> = { visibleToday: [], upcoming: [], notShared: [] };
  for (const item of items) {
    if (isVisibleToChild(item, dateOfBirth, today)) schedule.visibleToday.push(item);
    else {
      const on = releaseDay(item, dateOfBirth);
      if (on && on > today) schedule.upcoming.push({ on, item });
      else schedule.notShared.push(item);
    }
  }
  schedule.upcoming.sort((a, b) => a.on.localeCompare(b.on));
  return schedule;
}

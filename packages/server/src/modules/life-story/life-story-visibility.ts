import type { LifeStoryAudience } from '@forever-planning/shared';
import { ageOn } from '../../common/dates';

export interface LifeStoryVisibilityFacts {
  audience: LifeStoryAudience;
  releaseOn: string | null;
  releaseAge: number | null;
  withdrawnAt: Date | null;
}

/**
 * Whether the child sees an item today. The one rule, also written in SQL
 * below for the child's own queries (items not released are never fetched).
 * `today` is the date in England (isoDateInLondon).
 */
export function isVisibleToChild(item: LifeStoryVisibilityFacts, childDateOfBirth: string, today: string): boolean {
  if (item.withdrawnAt) return false;
  switch (item.audience) {
    case 'PROFESSIONALS_ONLY':
      return false;
    case 'CHILD_NOW':
      return true;
    case 'CHILD_FROM_DATE':
      return item.releaseOn !== null && item.releaseOn <= today;
    case 'CHILD_FROM_AGE':
      return item.releaseAge !== null && ageOn(childDateOfBirth, today) >= item.releaseAge;
  }
}

/**
 * isVisibleToChild as SQL on a life_story_items row `item` and its children
 * row `child`, with `:visibleToday` the date in England. The age is computed
 * exactly as ageOn (a 29 February birthday counts from 1 March).
 */
export function visibleToChildSql(item: string, child: string): string {
  const age = `(EXTRACT(YEAR FROM CAST(:visibleToday AS date)) - EXTRACT(YEAR FROM ${child}.date_of_birth)
    - CASE WHEN to_char(CAST(:visibleToday AS date), 'MMDD') < to_char(${child}.date_of_birth, 'MMDD') THEN 1 ELSE 0 END)`;
  return `(${item}.withdrawn_at IS NULL AND ${item}.deleted_at IS NULL AND (
    ${item}.audience = 'CHILD_NOW'
    OR (${item}.audience = 'CHILD_FROM_DATE' AND ${item}.release_on <= CAST(:visibleToday AS date))
    OR (${item}.audience = 'CHILD_FROM_AGE' AND ${age} >= ${item}.release_age)))`;
}

import type { LifeStoryAudience, LifeStoryKind } from '../gql/graphql';
import { formatDate } from '../common/dates';

export const LIFE_STORY_KIND_LABELS: Record<LifeStoryKind, string> = {
  PHOTO: 'Photo',
  MEMORY: 'Memory',
  MILESTONE: 'Milestone',
  PERSON: 'Person',
  PLACE: 'Place',
  LETTER: 'Letter',
  DOCUMENT: 'Document',
};

export const AUDIENCE_LABELS: Record<LifeStoryAudience, string> = {
  PROFESSIONALS_ONLY: 'Professionals only',
  CHILD_NOW: 'The child, from now',
  CHILD_FROM_DATE: 'The child, from a date',
  CHILD_FROM_AGE: 'The child, from an age',
};

/** "The child, from 1 May 2027" in a sentence, for a row of the list. */
export function audienceText(item: { audience: LifeStoryAudience; releaseOn?: string | null; releaseAge?: number | null }): string {
  if (item.audience === 'CHILD_FROM_DATE') return `The child, from ${formatDate(item.releaseOn)}`;
  if (item.audience === 'CHILD_FROM_AGE') return `The child, from age ${item.releaseAge ?? ''}`;
  return AUDIENCE_LABELS[item.audience];
}

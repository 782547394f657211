import type { LifeStoryAudience, LifeStoryKind } from '../gql/graphql';
import { formatDate } from '../common/dates';
import { say } from '../i18n/i18n';

export const LIFE_STORY_KIND_LABELS: Record<LifeStoryKind, string> = {
  PHOTO: say('lifeStory.lifeStoryLabels.photo'),
  MEMORY: say('lifeStory.lifeStoryLabels.memory'),
  MILESTONE: say('lifeStory.lifeStoryLabels.milestone'),
  PERSON: say('lifeStory.lifeStoryLabels.person'),
  PLACE: say('lifeStory.lifeStoryLabels.place'),
  LETTER: say('lifeStory.lifeStoryLabels.letter'),
  DOCUMENT: say('lifeStory.lifeStoryLabels.document'),
};

export const AUDIENCE_LABELS: Record<LifeStoryAudience, string> = {
  PROFESSIONALS_ONLY: say('lifeStory.lifeStoryLabels.professionalsOnly'),
  CHILD_NOW: say('lifeStory.lifeStoryLabels.theChildFromNow'),
  CHILD_FROM_DATE: say('lifeStory.lifeStoryLabels.theChildFromA'),
  CHILD_FROM_AGE: say('lifeStory.lifeStoryLabels.theChildFromAn'),
};

/** "The child, from 1 May 2027" in a sentence, for a row of the list. */
export function audienceText(item: { audience: LifeStoryAudience; releaseOn?: string | null; releaseAge?: number | null }): string {
  if (item.audience === 'CHILD_FROM_DATE') return say('lifeStory.lifeStoryLabels.theChildFrom', { releaseOn: formatDate(item.releaseOn) });
  if (item.audience === 'CHILD_FROM_AGE') return say('lifeStory.lifeStoryLabels.theChildFromAge', { value: String(item.releaseAge ?? '') });
  return AUDIENCE_LABELS[item.audience];
}

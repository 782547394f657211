import { LIFE_STORY_AUDIENCES, LIFE_STORY_KINDS } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';

export const LifeStoryKindEnum = graphqlEnum('LifeStoryKind', LIFE_STORY_KINDS);
export const LifeStoryAudienceEnum = graphqlEnum(
  'LifeStoryAudience',
  LIFE_STORY_AUDIENCES,
  'Who may see it: professionals only, the child now, or the child from a date or an age.',
);

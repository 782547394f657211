import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangedRecordType } from '../../common/changed-by';
import type { LifeStoryAudience, LifeStoryKind } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { PersonRef } from '../children/child.type';
import { LifeStoryAudienceEnum, LifeStoryKindEnum } from './life-story.enums';

/** A life story item as professionals see it, withdrawn items included and flagged. */
@ObjectType('LifeStoryItem')
export class LifeStoryItemType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => LifeStoryKindEnum)
  kind!: LifeStoryKind;

  @Field()
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  occurredOn!: string | null;

  @Field(() => String, { nullable: true })
  words!: string | null;

  @Field(() => PersonRef, { nullable: true })
  addedBy!: PersonRef | null;

  @Field({ description: 'The child added it themselves.' })
  addedByChild!: boolean;

  @Field(() => LifeStoryAudienceEnum)
  audience!: LifeStoryAudience;

  @Field(() => LocalDate, { nullable: true })
  releaseOn!: string | null;

  @Field(() => Int, { nullable: true })
  releaseAge!: number | null;

  @Field(() => PersonRef, { nullable: true, description: 'Who decided who may see it.' })
  audienceSetBy!: PersonRef | null;

  @Field()
  withdrawn!: boolean;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field({ description: 'The child sees it today.' })
  visibleToChildToday!: boolean;

  addedById!: string;
  audienceSetById!: string | null;
  mediaId!: string | null;
}

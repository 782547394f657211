import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { LifeStoryItemType } from './life-story-item.type';

@ObjectType('LifeStoryRelease')
export class LifeStoryReleaseType {
  @Field(() => LocalDate, { description: 'The day the child will first see it (a date, or the birthday for an age).' })
  on!: string;

  @Field(() => LifeStoryItemType)
  item!: LifeStoryItemType;
}

@ObjectType('LifeStoryReleaseSchedule', { description: 'What the child can see today and what will be released when. Items appear on their day without anyone acting.' })
export class LifeStoryReleaseScheduleType {
  @Field(() => [LifeStoryItemType])
  visibleToday!: LifeStoryItemType[];

  @Field(() => [LifeStoryReleaseType], { description: 'Nearest first.' })
  upcoming!: LifeStoryReleaseType[];

  @Field(() => [LifeStoryItemType], { description: 'Professionals only, or withdrawn.' })
  notShared!: LifeStoryItemType[];
}

import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS, CASE_MANAGERS, CHILD_THEMSELVES } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { MyLifeStory, MyLifeStoryItem } from '../young-person/young-person.types';
import { LifeStoryItemType } from './life-story-item.type';
import {
  AddLifeStoryItemInput,
  AddMyLifeStoryItemInput,
  LifeStoryItemVersionInput,
  SetLifeStoryAudienceInput,
  UpdateLifeStoryItemInput,
} from './life-story.inputs';
import { childLifeStoryLoader, childLifeStoryPreviewLoader } from './life-story.loaders';
import { releaseSchedule } from './life-story-release';
import { LifeStoryReleaseScheduleType } from './life-story-release.type';

@Resolver(() => LifeStoryItemType)
export class LifeStoryResolver {
  @Mutation(() => LifeStoryItemType)
  @AllowRoles(...CASE_EDITORS)
  addLifeStoryItem(@Arg('input') input: AddLifeStoryItemInput, @Ctx() ctx: RequestContext): Promise<LifeStoryItemType> {
    return ctx.services.lifeStory.add(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => LifeStoryItemType)
  @AllowRoles(...CASE_EDITORS)
  updateLifeStoryItem(@Arg('input') input: UpdateLifeStoryItemInput, @Ctx() ctx: RequestContext): Promise<LifeStoryItemType> {
    return ctx.services.lifeStory.update(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => LifeStoryItemType, { description: 'Who may see it and from when. Each decision is in the audit trail.' })
  @AllowRoles(...CASE_EDITORS)
  setLifeStoryAudience(@Arg('input') input: SetLifeStoryAudienceInput, @Ctx() ctx: RequestContext): Promise<LifeStoryItemType> {
    return ctx.services.lifeStory.setAudience(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => LifeStoryItemType, { description: 'Hide it from the child; it is kept.' })
  @AllowRoles(...CASE_EDITORS)
  withdrawLifeStoryItem(@Arg('input') input: LifeStoryItemVersionInput, @Ctx() ctx: RequestContext): Promise<LifeStoryItemType> {
    return ctx.services.lifeStory.withdraw(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => LifeStoryItemType)
  @AllowRoles(...CASE_MANAGERS)
  restoreLifeStoryItem(@Arg('input') input: LifeStoryItemVersionInput, @Ctx() ctx: RequestContext): Promise<LifeStoryItemType> {
    return ctx.services.lifeStory.restore(ctx.actor!, input, ctx.ip);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  addedBy(@Root() item: LifeStoryItemType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> {
    return personLoader(ctx.loaders).load(item.addedById);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  audienceSetBy(@Root() item: LifeStoryItemType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return item.audienceSetById ? personLoader(ctx.loaders).load(item.audienceSetById) : null;
  }
}

/** The young person's own life story book. */
@Resolver()
export class MyLifeStoryResolver {
  @Query(() => MyLifeStory, { description: 'My life story: what is shared with me today.' })
  @AllowRoles(...CHILD_THEMSELVES)
  myLifeStory(@Ctx() ctx: RequestContext): Promise<MyLifeStory> {
    return ctx.services.lifeStory.myLifeStory(ctx.actor!, ctx.ip);
  }

  @Mutation(() => MyLifeStoryItem, { description: 'Add something to my life story.' })
  @AllowRoles(...CHILD_THEMSELVES)
  addMyLifeStoryItem(@Arg('input') input: AddMyLifeStoryItemInput, @Ctx() ctx: RequestContext): Promise<MyLifeStoryItem> {
    return ctx.services.lifeStory.addMine(ctx.actor!, input, ctx.ip);
  }
}

@Resolver(() => ChildType)
export class ChildLifeStoryFields {
  @FieldResolver(() => [LifeStoryItemType], { description: 'The whole life story, withdrawn items included and flagged, in date order.' })
  async lifeStory(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<LifeStoryItemType[]> {
    const rows = await childLifeStoryLoader(ctx.loaders).load(child.id);
    return rows.map((i) => ctx.services.lifeStory.present(i, child.dateOfBirth));
  }

  @FieldResolver(() => LifeStoryReleaseScheduleType, { description: 'What the child can see today and what will be released when.' })
  async lifeStoryReleaseSchedule(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<LifeStoryReleaseScheduleType> {
    const rows = await childLifeStoryLoader(ctx.loaders).load(child.id);
    const schedule = releaseSchedule(rows.filter((r) => !r.deletedAt), child.dateOfBirth, ctx.services.lifeStory.today());
    const present = (i: (typeof rows)[number]) => ctx.services.lifeStory.present(i, child.dateOfBirth);
    return {
      visibleToday: schedule.visibleToday.map(present),
      upcoming: schedule.upcoming.map((u) => ({ on: u.on, item: present(u.item) })),
      notShared: schedule.notShared.map(present),
    };
  }

  @FieldResolver(() => [MyLifeStoryItem], { description: 'Exactly what the child sees today.' })
  async lifeStoryAsChildSees(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<MyLifeStoryItem[]> {
    const rows = await childLifeStoryPreviewLoader(ctx.loaders).load(child.id);
    return rows.map((i) => ctx.services.lifeStory.presentForChild(i));
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CHILD_RECORD_READERS, CASE_EDITORS_AND_REVIEWERS, CASE_EDITORS, CHILD_THEMSELVES } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { professionalMessageCondition } from '../../policies/view.policy';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { MyMessage, MyMessageSent, MyUnsafeReport } from '../young-person/young-person.types';
import { ChildMessageEntity } from './child-message.entity';
import { ChildMessageType } from './child-message.type';
import {
  AcknowledgeChildMessageInput,
  CloseChildMessageInput,
  FeelingUnsafeInput,
  NotHappyMessageInput,
  ReplyToChildMessageInput,
} from './child-messages.inputs';

/** Messages that reached the caller, per child, newest first. */
const childMessagesLoader = registerLoader('childMessages', (services, actor) => {
  const visible = actor ? professionalMessageCondition(actor, 'x') : { sql: 'FALSE', params: {} };
  return childScopedLoader(services, actor, ChildMessageEntity, { orderBy: { createdAt: 'DESC' }, extraWhere: visible.sql, extraParams: visible.params });
});

@Resolver(() => ChildMessageType)
export class ChildMessagesResolver {
  @Mutation(() => MyMessageSent, { description: "I'm not happy: tell my worker, my IRO or my advocate." })
  @AllowRoles(...CHILD_THEMSELVES)
  sendNotHappyMessage(@Arg('input') input: NotHappyMessageInput, @Ctx() ctx: RequestContext): Promise<MyMessageSent> {
    return ctx.services.childMessages.notHappy(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MyUnsafeReport, { description: 'I feel unsafe. The answer always says how to get help now.' })
  @AllowRoles(...CHILD_THEMSELVES)
  reportFeelingUnsafe(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => FeelingUnsafeInput, { nullable: true }) input?: FeelingUnsafeInput,
  ): Promise<MyUnsafeReport> {
    return ctx.services.childMessages.unsafe(ctx.actor!, input ?? {}, ctx.ip);
  }

  @Query(() => [MyMessage], { description: "My \"I'm not happy\" and \"I feel unsafe\" messages: who saw them, when, and replies." })
  @AllowRoles(...CHILD_THEMSELVES)
  myMessages(@Ctx() ctx: RequestContext): Promise<MyMessage[]> {
    return ctx.services.childMessages.mine(ctx.actor!, ctx.ip);
  }

  @Query(() => [ChildMessageType], {
    description: 'Messages from children waiting for you, across every child you reach: unsafe alerts not yet closed first, then messages not yet answered.',
  })
  @AllowRoles(...CHILD_RECORD_READERS)
  childMessagesNeedingAttention(@Ctx() ctx: RequestContext): Promise<ChildMessageType[]> {
    return ctx.services.childMessages.needingAttention(ctx.actor!, ctx.ip);
  }

  @Mutation(() => ChildMessageType, { description: 'Seen: acknowledge an "I feel unsafe" alert, or mark a message read. The child is told who and when.' })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  acknowledgeChildMessage(@Arg('input') input: AcknowledgeChildMessageInput, @Ctx() ctx: RequestContext): Promise<ChildMessageType> {
    return ctx.services.childMessages.acknowledge(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => ChildMessageType, { description: 'Close an "I feel unsafe" alert with what was done.' })
  @AllowRoles(...CASE_EDITORS)
  closeChildMessage(@Arg('input') input: CloseChildMessageInput, @Ctx() ctx: RequestContext): Promise<ChildMessageType> {
    return ctx.services.childMessages.close(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => ChildMessageType, { description: 'Reply to an "I\'m not happy" message or a concern; the child reads the reply.' })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  replyToChildMessage(@Arg('input') input: ReplyToChildMessageInput, @Ctx() ctx: RequestContext): Promise<ChildMessageType> {
    return ctx.services.childMessages.reply(ctx.actor!, input, ctx.ip);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  raisedBy(@Root() m: ChildMessageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return m.raisedById ? personLoader(ctx.loaders).load(m.raisedById) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  acknowledgedBy(@Root() m: ChildMessageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return m.acknowledgedById ? personLoader(ctx.loaders).load(m.acknowledgedById) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  closedBy(@Root() m: ChildMessageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return m.closedById ? personLoader(ctx.loaders).load(m.closedById) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  repliedBy(@Root() m: ChildMessageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return m.repliedById ? personLoader(ctx.loaders).load(m.repliedById) : null;
  }
}

@Resolver(() => ChildType)
export class ChildMessageFields {
  @FieldResolver(() => [ChildMessageType], { description: 'Messages that reached you: unsafe reports reach everyone on the case.' })
  async messages(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<ChildMessageType[]> {
    const rows = await childMessagesLoader(ctx.loaders).load(child.id);
    return rows.map((m) => ctx.services.childMessages.present(m, child, ctx.actor!));
  }
}

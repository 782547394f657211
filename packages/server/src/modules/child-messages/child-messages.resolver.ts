import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { professionalMessageCondition } from '../../policies/view.policy';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { MyMessageSent, MyUnsafeReport } from '../young-person/young-person.types';
import { ChildMessageEntity } from './child-message.entity';
import { ChildMessageType } from './child-message.type';
import { FeelingUnsafeInput, NotHappyMessageInput } from './child-messages.inputs';

/** Messages that reached the caller, per child, newest first. */
const childMessagesLoader = registerLoader('childMessages', (services, actor) => {
  const visible = actor ? professionalMessageCondition(actor, 'x') : { sql: 'FALSE', params: {} };
  return childScopedLoader(services, actor, ChildMessageEntity, { orderBy: { createdAt: 'DESC' }, extraWhere: visible.sql, extraParams: visible.params });
});

@Resolver(() => ChildMessageType)
export class ChildMessagesResolver {
  @Mutation(() => MyMessageSent, { description: "I'm not happy: tell my worker, my IRO or my advocate." })
  @AllowRoles('YOUNG_PERSON')
  sendNotHappyMessage(@Arg('input') input: NotHappyMessageInput, @Ctx() ctx: RequestContext): Promise<MyMessageSent> {
    return ctx.services.childMessages.notHappy(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MyUnsafeReport, { description: 'I feel unsafe. The answer always says how to get help now.' })
  @AllowRoles('YOUNG_PERSON')
  reportFeelingUnsafe(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => FeelingUnsafeInput, { nullable: true }) input?: FeelingUnsafeInput,
  ): Promise<MyUnsafeReport> {
    return ctx.services.childMessages.unsafe(ctx.actor!, input ?? {}, ctx.ip);
  }

  @Mutation(() => ChildMessageType)
  @AllowRoles('SOCIAL_WORKER', 'TEAM_MANAGER')
  acknowledgeChildMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ChildMessageType> {
    return ctx.services.childMessages.acknowledge(ctx.actor!, id, ctx.ip);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  raisedBy(@Root() m: ChildMessageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return m.raisedById ? personLoader(ctx.loaders).load(m.raisedById) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  acknowledgedBy(@Root() m: ChildMessageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return m.acknowledgedById ? personLoader(ctx.loaders).load(m.acknowledgedById) : null;
  }
}

@Resolver(() => ChildType)
export class ChildMessageFields {
  @FieldResolver(() => [ChildMessageType], { description: 'Messages that reached you: unsafe reports reach everyone on the case.' })
  async messages(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<ChildMessageType[]> {
    const rows = await childMessagesLoader(ctx.loaders).load(child.id);
    return rows.map((m) => ctx.services.childMessages.present(m));
  }
}

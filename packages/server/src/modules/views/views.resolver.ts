import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { homeField, homeReadOf } from '../young-person/young-person.resolver';
import { CHILD_RECORD_READERS, CASE_EDITORS_AND_REVIEWERS, CHILD_THEMSELVES } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../context';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { MyView } from '../young-person/young-person.types';
import { ViewType } from './view.type';
import { AddToViewInput, ReplyToViewInput, SaveViewDraftInput } from './views.inputs';
import { childViewsLoader } from './views.loaders';

export const ViewConnection = Connection('View', ViewType);
type ViewConnection = InstanceType<typeof ViewConnection>;

@Resolver(() => ViewType)
export class ViewsResolver {
  @Query(() => ViewConnection, { description: 'Views addressed to you across the children you reach: unread first, then newest.' })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  viewsInbox(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ): Promise<ViewConnection> {
    return ctx.services.views.inbox(ctx.actor!, first, after, unreadOnly ?? false, ctx.ip);
  }

  @Mutation(() => ViewType)
  @AllowRoles(...CHILD_RECORD_READERS)
  markViewRead(@Arg('viewId', () => ID) viewId: string, @Ctx() ctx: RequestContext): Promise<ViewType> {
    return ctx.services.views.markRead(ctx.actor!, viewId, ctx.ip);
  }

  @Mutation(() => ViewType, { description: '"You said, we did": the allocated worker or team manager, or the IRO for views addressed to the IRO.' })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  replyToView(@Arg('input') input: ReplyToViewInput, @Ctx() ctx: RequestContext): Promise<ViewType> {
    return ctx.services.views.reply(ctx.actor!, input, ctx.ip);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  repliedBy(@Root() view: ViewType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return view.repliedById ? personLoader(ctx.loaders).load(view.repliedById) : null;
  }
}

/** The young person's own views: always their own child record, from their session. */
@Resolver()
export class MyViewsResolver {
  @Query(() => [MyView], { description: 'My views, drafts and sent, with replies.' })
  @AllowRoles(...CHILD_THEMSELVES)
  myViews(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MyView[]> {
    return homeField(ctx, info, async (home) => {
      // The young person's home statement also wrote this field's audit row.
      const read = home ? await homeReadOf(ctx, home) : null;
      return read?.views ? ctx.services.views.myViewsFromScreen(read.views) : ctx.services.views.myViews(ctx.actor!, ctx.ip);
    });
  }

  @Mutation(() => MyView, { description: 'Start a view or change a draft. A clientKey makes a retried start save once.' })
  @AllowRoles(...CHILD_THEMSELVES)
  saveViewDraft(@Arg('input') input: SaveViewDraftInput, @Ctx() ctx: RequestContext): Promise<MyView> {
    return ctx.services.views.saveDraft(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MyView, { description: 'Send a draft to the people I chose. After this it cannot change.' })
  @AllowRoles(...CHILD_THEMSELVES)
  sendView(
    @Arg('viewId', () => ID) viewId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MyView> {
    return ctx.services.views.send(ctx.actor!, viewId, expectedVersion, ctx.ip);
  }

  @Mutation(() => MyView, { description: 'Add more to a view I sent: a new view that follows it.' })
  @AllowRoles(...CHILD_THEMSELVES)
  addToView(@Arg('input') input: AddToViewInput, @Ctx() ctx: RequestContext): Promise<MyView> {
    return ctx.services.views.addTo(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => Boolean)
  @AllowRoles(...CHILD_THEMSELVES)
  deleteViewDraft(@Arg('viewId', () => ID) viewId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.views.deleteDraft(ctx.actor!, viewId, ctx.ip);
  }
}

@Resolver(() => ChildType)
export class ChildViewFields {
  @FieldResolver(() => [ViewType], { description: 'Sent views addressed to you (the head of service reads all sent views). Drafts stay with the child.' })
  async views(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<ViewType[]> {
    const rows = await childViewsLoader(ctx.loaders).load(child.id);
    const firstName = child.preferredName ?? child.legalFirstName;
    return rows.map((v) => ctx.services.views.presentProfessional(v, firstName, ctx.actor!));
  }
}

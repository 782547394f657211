import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CHILD_THEMSELVES } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { YoungPersonDraftType } from './young-person-draft.type';
import { MyDraftNameInput, SaveMyDraftInput } from './young-person-drafts.inputs';

@Resolver(() => YoungPersonDraftType)
export class YoungPersonDraftsResolver {
  @Query(() => YoungPersonDraftType, { nullable: true, description: 'What I was writing in this form, if I have not sent it yet.' })
  @AllowRoles(...CHILD_THEMSELVES)
  myDraft(@Arg('input') input: MyDraftNameInput, @Ctx() ctx: RequestContext): Promise<YoungPersonDraftType | null> {
    return ctx.services.youngPersonDrafts.get(ctx.actor!, input.name);
  }

  @Mutation(() => YoungPersonDraftType, { description: 'Keep what I am writing, on the server rather than my phone.' })
  @AllowRoles(...CHILD_THEMSELVES)
  saveMyDraft(@Arg('input') input: SaveMyDraftInput, @Ctx() ctx: RequestContext): Promise<YoungPersonDraftType> {
    return ctx.services.youngPersonDrafts.save(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => Boolean, { description: 'Throw away what I was writing in this form.' })
  @AllowRoles(...CHILD_THEMSELVES)
  deleteMyDraft(@Arg('input') input: MyDraftNameInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.youngPersonDrafts.remove(ctx.actor!, input.name, ctx.ip);
  }
}

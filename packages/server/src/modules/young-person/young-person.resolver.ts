import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CHILD_THEMSELVES } from '../../policies/child.policy';
import { councilPolicy } from '../../policies/council.policy';
import { AllowPublic, AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { MyAdvocateRequest, MyBrotherOrSister, MyFileLook, MyLanguage, MyLeavingCare, MyMeeting, MyPlan, MyProfile, PortalLanguageOption, YoungPersonLanguageSetting } from './young-person.types';

/** The young person's own pages: their own child from the session, their own types. */
@Resolver()
export class YoungPersonResolver {
  @Query(() => MyProfile)
  @AllowRoles(...CHILD_THEMSELVES)
  myProfile(@Ctx() ctx: RequestContext): Promise<MyProfile> {
    return ctx.services.youngPerson.profile(ctx.actor!, ctx.ip);
  }

  @Query(() => MyPlan, { nullable: true, description: 'My Forever Plan, once my worker has shared it with me.' })
  @AllowRoles(...CHILD_THEMSELVES)
  myPlan(@Ctx() ctx: RequestContext): Promise<MyPlan | null> {
    return ctx.services.youngPerson.plan(ctx.actor!, ctx.ip);
  }

  @Query(() => MyLeavingCare, { description: 'What happens when I am 18: my pathway plan, my personal adviser, where I will live.' })
  @AllowRoles('YOUNG_PERSON')
  myLeavingCare(@Ctx() ctx: RequestContext): Promise<MyLeavingCare> {
    return ctx.services.youngPerson.leavingCare(ctx.actor!, ctx.ip);
  }

  @Query(() => MyMeeting, { nullable: true })
  @AllowRoles(...CHILD_THEMSELVES)
  myNextMeeting(@Ctx() ctx: RequestContext): Promise<MyMeeting | null> {
    return ctx.services.youngPerson.nextMeeting(ctx.actor!, ctx.ip);
  }

  @Query(() => [MyBrotherOrSister])
  @AllowRoles(...CHILD_THEMSELVES)
  myBrothersAndSisters(@Ctx() ctx: RequestContext): Promise<MyBrotherOrSister[]> {
    return ctx.services.youngPerson.brothersAndSisters(ctx.actor!, ctx.ip);
  }

  @Query(() => [MyFileLook], { description: 'Who looked at my file in the last 90 days.' })
  @AllowRoles(...CHILD_THEMSELVES)
  whoLookedAtMyFile(@Ctx() ctx: RequestContext): Promise<MyFileLook[]> {
    return ctx.services.youngPerson.whoLookedAtMyFile(ctx.actor!, ctx.ip);
  }

  @Mutation(() => MyAdvocateRequest, { description: 'Ask for an advocate (ages 7 to 18).' })
  @AllowRoles(...CHILD_THEMSELVES)
  requestAdvocate(@Ctx() ctx: RequestContext, @Arg('reason', () => String, { nullable: true }) reason?: string): Promise<MyAdvocateRequest> {
    return ctx.services.youngPerson.requestAdvocate(ctx.actor!, reason ?? null, ctx.ip);
  }

  @Query(() => MyLanguage, { description: 'The language of my pages, and the ones I may choose.' })
  @AllowRoles('YOUNG_PERSON')
  myLanguage(@Ctx() ctx: RequestContext): Promise<MyLanguage> {
    return ctx.services.youngPerson.myLanguage(ctx.actor!);
  }

  @Query(() => [PortalLanguageOption], { description: 'Before sign-in: English and every language a council on this server has switched on for the young-person portal.' })
  @AllowPublic()
  signInLanguages(@Ctx() ctx: RequestContext): Promise<PortalLanguageOption[]> {
    return ctx.services.youngPerson.signInLanguages();
  }

  @Mutation(() => MyLanguage, { description: 'Choose the language of my pages (English, or one my council has switched on). Kept on the server.' })
  @AllowRoles('YOUNG_PERSON')
  setMyLanguage(@Ctx() ctx: RequestContext, @Arg('language', () => String) language: string): Promise<MyLanguage> {
    return ctx.services.youngPerson.setMyLanguage(ctx.actor!, language, ctx.ip);
  }

  @Query(() => [YoungPersonLanguageSetting], { description: "Administrator: the young-person portal's languages and which this council has switched on." })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  youngPersonLanguages(@Ctx() ctx: RequestContext): Promise<YoungPersonLanguageSetting[]> {
    return ctx.services.youngPerson.languageSettings(ctx.actor!.councilId);
  }

  @Mutation(() => [YoungPersonLanguageSetting], { description: 'Administrator: switch languages of the young-person portal on (English is always on).' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  setYoungPersonLanguages(@Ctx() ctx: RequestContext, @Arg('languages', () => [String]) languages: string[]): Promise<YoungPersonLanguageSetting[]> {
    return ctx.services.youngPerson.setLanguages(ctx.actor!, languages, ctx.ip);
  }
}

import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CHILD_THEMSELVES } from '../../policies/child.policy';
import { councilPolicy } from '../../policies/council.policy';
import { AllowPublic, AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { withScreenSession } from '../children/children.screen-query';
import { homeFieldsOf, type HomeRead } from './young-person-home.screen-query';
import type { HomeRequest } from './young-person.service';
import { MyAdvocateRequest, MyBrotherOrSister, MyFileLook, MyLanguage, MyLeavingCare, MyMeeting, MyPlan, MyProfile, PortalLanguageOption, YoungPersonLanguageSetting } from './young-person.types';

/**
 * The young person's home in one statement for this request (young-person-home.screen-query.ts) when the
 * operation is the home shape, unless FP_SCREEN_QUERIES=false; it checks a remembered session too.
 */
export function homeRequestOf(ctx: RequestContext, info: GraphQLResolveInfo): HomeRequest | undefined {
  if (!ctx.services.config.screenQueries) return undefined;
  const fields = homeFieldsOf(info.operation);
  if (!fields) return undefined;
  return { fields, session: ctx.uncheckedSession ? { unchecked: ctx.uncheckedSession, ...ctx.uncheckedSession.checkSql() } : undefined };
}

/** Runs a home field's resolver: through the home statement (and its session check) when the operation is the home. */
export function homeField<T>(ctx: RequestContext, info: GraphQLResolveInfo, run: (home: HomeRequest | undefined) => Promise<T>): Promise<T> {
  if (!homeRequestOf(ctx, info)) return run(undefined);
  // Asked again inside: after a failed check the session was looked up and the request is asked for afresh.
  return withScreenSession(ctx, CHILD_THEMSELVES, () => run(homeRequestOf(ctx, info)));
}

/** The home statement's answer for this request (run once, whichever home field asks first): for the views module's myViews. */
export function homeReadOf(ctx: RequestContext, home: HomeRequest): Promise<HomeRead | null> {
  return ctx.services.youngPerson.home(ctx.actor!, ctx.ip, home);
}

/** The young person's own pages: their own child from the session, their own types. */
@Resolver()
export class YoungPersonResolver {
  @Query(() => MyProfile)
  @AllowRoles(...CHILD_THEMSELVES)
  myProfile(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MyProfile> {
    return homeField(ctx, info, (home) => ctx.services.youngPerson.profile(ctx.actor!, ctx.ip, home));
  }

  @Query(() => MyPlan, { nullable: true, description: 'My Forever Plan, once my worker has shared it with me.' })
  @AllowRoles(...CHILD_THEMSELVES)
  myPlan(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MyPlan | null> {
    return homeField(ctx, info, (home) => ctx.services.youngPerson.plan(ctx.actor!, ctx.ip, home));
  }

  @Query(() => MyLeavingCare, { description: 'What happens when I am 18: my pathway plan, my personal adviser, where I will live.' })
  @AllowRoles('YOUNG_PERSON')
  myLeavingCare(@Ctx() ctx: RequestContext): Promise<MyLeavingCare> {
    return ctx.services.youngPerson.leavingCare(ctx.actor!, ctx.ip);
  }

  @Query(() => MyMeeting, { nullable: true })
  @AllowRoles(...CHILD_THEMSELVES)
  myNextMeeting(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MyMeeting | null> {
    return homeField(ctx, info, (home) => ctx.services.youngPerson.nextMeeting(ctx.actor!, ctx.ip, home));
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

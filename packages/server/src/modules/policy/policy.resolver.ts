import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import type { RequestContext } from '../../context';
import type { PolicyProfile, PolicySettings } from '../../rules';
import { NonWorkingDayInput, NonWorkingDayType, PolicyProfileType, PolicyVersionInput } from './policy.type';

/** Version zero is the national default, always first (PolicyService.read). */
function present(p: PolicyProfile, versionNumber: number): PolicyProfileType {
  const { permanencePlanningMeetingMonths, id, council: _c, extraHolidays: _x, ...rest } = p;
  return {
    ...rest,
    versionNumber,
    isNationalDefault: versionNumber === 0,
    baseProfile: id,
    permanencePlanningMeetingFirstMonths: permanencePlanningMeetingMonths?.firstMonths ?? null,
    permanencePlanningMeetingThenMonths: permanencePlanningMeetingMonths?.thenMonths ?? null,
  };
}

function overridesFrom(input: PolicyVersionInput): Partial<PolicySettings> {
  const { baseProfile: _b, effectiveFrom: _e, permanencePlanningMeetingFirstMonths: first, permanencePlanningMeetingThenMonths: then, ...rest } = input;
  const overrides: Partial<PolicySettings> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
  if (first !== undefined && first !== null) overrides.permanencePlanningMeetingMonths = { firstMonths: first, thenMonths: then ?? first };
  return overrides;
}

@Resolver()
export class PolicyResolver {
  @Query(() => [PolicyProfileType], { description: "Every version of the council's policy, oldest first; the rules use the version in force when each clock started." })
  @AllowRoles(...councilPolicy.rolesThatMay('readLocalPolicy'))
  async policyProfile(@Ctx() ctx: RequestContext): Promise<PolicyProfileType[]> {
    return (await ctx.services.policy.versions(ctx.actor!.councilId)).map((p, i) => present(p, i));
  }

  @Mutation(() => [PolicyProfileType], { description: 'Adds a version of the policy from a date. Audited.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  async addPolicyVersion(@Arg('input') input: PolicyVersionInput, @Ctx() ctx: RequestContext): Promise<PolicyProfileType[]> {
    const versions = await ctx.services.policy.addVersion(
      ctx.actor!,
      { baseProfile: input.baseProfile, effectiveFrom: input.effectiveFrom, overrides: overridesFrom(input) },
      ctx.ip,
    );
    return versions.map((p, i) => present(p, i));
  }

  @Query(() => [NonWorkingDayType], { description: 'Days added by the administrator beyond the England and Wales bank holidays.' })
  @AllowRoles(...councilPolicy.rolesThatMay('readLocalPolicy'))
  nonWorkingDays(@Ctx() ctx: RequestContext): Promise<NonWorkingDayType[]> {
    return ctx.services.policy.nonWorkingDays(ctx.actor!.councilId);
  }

  @Mutation(() => [NonWorkingDayType], { description: 'Adds a substitute day or a one-off holiday. Audited.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  addNonWorkingDay(@Arg('input') input: NonWorkingDayInput, @Ctx() ctx: RequestContext): Promise<NonWorkingDayType[]> {
    return ctx.services.policy.addNonWorkingDay(ctx.actor!, input.date, input.name, ctx.ip);
  }
}

import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RESERVED_APPROVERS } from '../../policies/child.policy';
import { councilPolicy } from '../../policies/council.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import {
  CreateSubjectAccessExportInput,
  RetentionReviewEntryType,
  RetentionSettingsType,
  SubjectAccessExportType,
  UpdateRetentionSettingsInput,
} from './data-protection.types';

@Resolver()
export class DataProtectionResolver {
  @Mutation(() => SubjectAccessExportType, {
    description: 'Everything held about one child, as JSON and a readable PDF. Head of service of the child’s council only; the reason is audited.',
  })
  @AllowRoles(...RESERVED_APPROVERS)
  async createSubjectAccessExport(@Arg('input') input: CreateSubjectAccessExportInput, @Ctx() ctx: RequestContext): Promise<SubjectAccessExportType> {
    const made = await ctx.services.subjectAccess.create(ctx.actor!, input.childId, input.reason, ctx.ip);
    return { ...made, schemaVersion: made.document.schemaVersion, document: JSON.stringify(made.document) };
  }

  @Query(() => RetentionSettingsType, { description: "How long the council keeps children's records." })
  @AllowRoles(...councilPolicy.rolesThatMay('readRetention'))
  retentionSettings(@Ctx() ctx: RequestContext): Promise<RetentionSettingsType> {
    return ctx.services.retention.settings(ctx.actor!);
  }

  @Mutation(() => RetentionSettingsType, { description: 'Keep records longer than the law’s minimum (never shorter). Audited.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  updateRetentionSettings(@Arg('input') input: UpdateRetentionSettingsInput, @Ctx() ctx: RequestContext): Promise<RetentionSettingsType> {
    return ctx.services.retention.updateSettings(ctx.actor!, input, ctx.ip);
  }

  @Query(() => [RetentionReviewEntryType], {
    description: "The council's children whose retention date has passed or falls within the next withinDays days, soonest first (at most 500).",
  })
  @AllowRoles(...councilPolicy.rolesThatMay('readRetention'))
  recordsDueForRetentionReview(
    @Ctx() ctx: RequestContext,
    @Arg('withinDays', () => Int, { defaultValue: 365 }) withinDays: number,
  ): Promise<RetentionReviewEntryType[]> {
    return ctx.services.retention.dueForReview(ctx.actor!, withinDays, ctx.ip);
  }
}

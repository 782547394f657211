import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import type { RequestContext } from '../../context';
import type { ImportReport } from '../../import/ssda903-import';
import type { Ssda903UploadEntity } from './ssda903-upload.entity';
import { importHasEnded } from './ssda903-uploads.service';
import { ImportReportType, Ssda903UploadType } from './ssda903-uploads.types';

const SHOWN = 500;
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as Record<string, number>;

function reportOf(r: ImportReport | null): ImportReportType | null {
  if (!r) return null;
  const problems = [...r.problems].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
  return {
    completed: r.completed,
    councilName: r.council.name,
    childrenCreated: r.children.created,
    childrenUpdated: r.children.updated,
    childrenUnchanged: r.children.unchanged,
    childrenRejected: r.children.rejected,
    placementsCreated: r.records.placements.created,
    placementsUpdated: r.records.placements.updated,
    legalStatusesCreated: r.records.legalStatuses.created,
    legalStatusesUpdated: r.records.legalStatuses.updated,
    reviewsCreated: r.records.reviews.created,
    reviewsUpdated: r.records.reviews.updated,
    missingEpisodesCreated: r.records.missingEpisodes?.created ?? 0,
    missingEpisodesUpdated: r.records.missingEpisodes?.updated ?? 0,
    healthOutcomesCreated: r.records.healthOutcomes?.created ?? 0,
    healthOutcomesUpdated: r.records.healthOutcomes?.updated ?? 0,
    deprivationOfLibertyOrdersCreated: r.records.deprivationOfLibertyOrders?.created ?? 0,
    deprivationOfLibertyOrdersUpdated: r.records.deprivationOfLibertyOrders?.updated ?? 0,
    careLeaverBirthdaysCreated: r.records.careLeaverBirthdays?.created ?? 0,
    careLeaverBirthdaysUpdated: r.records.careLeaverBirthdays?.updated ?? 0,
    adoptersCreated: r.records.adopters?.created ?? 0,
    adoptersUpdated: r.records.adopters?.updated ?? 0,
    socialWorkerEpisodesCreated: r.records.socialWorkerEpisodes?.created ?? 0,
    socialWorkerEpisodesUpdated: r.records.socialWorkerEpisodes?.updated ?? 0,
    placeholdersCreated: r.placeholdersCreated ?? 0,
    notHeld: Object.entries(r.notHeld).map(([table, rows]) => ({ table, rows: rows ?? 0 })),
    // A report stored before the counts were kept held every problem.
    errorCount: r.problemCounts?.errors ?? r.problems.filter((p) => p.severity === 'error').length,
    problemCount: r.problemCounts ? r.problemCounts.errors + r.problemCounts.warnings : r.problems.length,
    problems: problems.slice(0, SHOWN).map((p) => ({ ...p, severity: p.severity.toUpperCase() })),
    children: r.perChild.filter((c) => c.outcome !== 'unchanged').slice(0, SHOWN),
  };
}

const fullName = (u: { firstName: string; lastName: string } | undefined | null) => (u ? `${u.firstName} ${u.lastName}` : null);

function uploadOf(u: Ssda903UploadEntity): Ssda903UploadType {
  return {
    id: u.id,
    version: u.version,
    year: u.year,
    status: u.status,
    fileNames: u.fileNames,
    progressDone: u.progressDone,
    progressTotal: u.progressTotal,
    uploadedAt: u.createdAt,
    uploadedBy: fullName(u.uploadedBy) ?? '',
    confirmedBy: fullName(u.confirmedBy),
    failure: u.failure,
    check: reportOf(u.checkReport),
    result: reportOf(u.importReport),
  };
}

/** The administrator's imports of SSDA903 returns (the files come in through POST /imports/ssda903). */
@Resolver()
export class Ssda903UploadsResolver {
  @Query(() => [Ssda903UploadType], { description: "The council's last 20 uploaded returns, newest first." })
  @AllowRoles(...councilPolicy.rolesThatMay('importReturns'))
  async ssda903Uploads(@Ctx() ctx: RequestContext): Promise<Ssda903UploadType[]> {
    return (await ctx.services.ssda903Uploads.list(ctx.actor!)).map(uploadOf);
  }

  @Query(() => Ssda903UploadType, { description: 'One uploaded return: its progress and its reports.' })
  @AllowRoles(...councilPolicy.rolesThatMay('importReturns'))
  async ssda903Upload(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Ssda903UploadType> {
    const upload = await ctx.services.ssda903Uploads.get(ctx.actor!, id);
    // The import ends after the confirming mutation has answered. The page polls this until it ends; the answer that
    // shows the end holds this person's reporting reads to what it wrote, whichever process answers them next
    // (one cheap statement each time an ended import is looked at, and nothing without a replica).
    if (importHasEnded(upload)) await ctx.noteWrite();
    return uploadOf(upload);
  }

  @Mutation(() => Ssda903UploadType, { description: 'Imports a checked return (the same files the check read). Audited with its counts.' })
  @AllowRoles(...councilPolicy.rolesThatMay('importReturns'))
  async confirmSsda903Upload(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() ctx: RequestContext): Promise<Ssda903UploadType> {
    return uploadOf(await ctx.services.ssda903Uploads.confirm(ctx.actor!, id, expectedVersion, ctx.ip));
  }

  @Mutation(() => Ssda903UploadType, { description: 'Drops a checked return without importing it; its files are deleted.' })
  @AllowRoles(...councilPolicy.rolesThatMay('importReturns'))
  async cancelSsda903Upload(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() ctx: RequestContext): Promise<Ssda903UploadType> {
    return uploadOf(await ctx.services.ssda903Uploads.cancel(ctx.actor!, id, expectedVersion, ctx.ip));
  }
}

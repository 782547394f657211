import { swReasonsFor } from '@forever-planning/shared';
import { addDays, addYears, compareDates, type IsoDate } from '../rules/iso-date';
import type { Episode } from './ssda903.episodes';
import type { CollectionYear, Ssda903SocialWorkerEpisode } from './ssda903.record';

/**
 * The return's social worker episodes (sw_episodes, asked since 2023/24) and
 * the DfE's rules on them, numbered as Data to Insight's validator numbers
 * them (SW01STG1 ... SW17STG2), in the collection years its rule sets run
 * them. Pure.
 */

/** The first collection year with sw_episodes (2023/24). */
export const SW_EPISODES_FROM_YEAR = 2024;
/** From this day a social worker episode must give its SW_REASON (SW01b, SW13). */
export const SW_REASON_REQUIRED_FROM = '2023-04-01';

/** The episodes open at some time in the year, oldest first; one still open at 31 March (or ending after it) has no end. */
export function swEpisodesInYear(episodes: readonly Ssda903SocialWorkerEpisode[], year: CollectionYear): Ssda903SocialWorkerEpisode[] {
  if (year.year < SW_EPISODES_FROM_YEAR) return [];
  return episodes
    .filter((e) => e.startDate <= year.end && (e.endDate === null || e.endDate >= year.start))
    .map((e) => ({ ...e, endDate: e.endDate !== null && e.endDate <= year.end ? e.endDate : null }))
    .sort((a, b) => compareDates(a.startDate, b.startDate) || compareDates(a.endDate ?? '9999-12-31', b.endDate ?? '9999-12-31'));
}

export interface SwIssue {
  code: string;
  field: string;
  message: string;
  date: IsoDate | null;
}
export interface SwContext {
  /** The social worker episodes as the return has them (swEpisodesInYear). */
  sw: readonly Ssda903SocialWorkerEpisode[];
  /** The child's care episodes in the year. */
  episodes: readonly Episode[];
  year: CollectionYear;
}
type SwRule = (ctx: SwContext) => SwIssue[];

const issue = (code: string, field: string, message: string, date: IsoDate | null): SwIssue => ({ code, field, message, date });
const isLast = (ctx: SwContext, i: number) => i === ctx.sw.length - 1;
const lookedAfterAt31March = (ctx: SwContext) => ctx.episodes.some((e) => e.DEC === null && e.LS !== 'V3' && e.LS !== 'V4');
/** From 2024/25 the reporting period reaches back a year before the collection year (SW07). */
const periodStart = (year: CollectionYear) => (year.year >= 2025 ? addYears(year.start, -1) : year.start);
const NO_NUMBER = "The social worker has no Social Work England number: record it on their staff account.";
const NO_REASON = 'The social worker episode has no reason for the change.';

/** Each rule's collection years (named by the year the return ends), as the validator's rule sets add and delete them. */
const YEARS: Record<string, (year: number) => boolean> = {
  SW01STG1: (y) => y === 2024,
  SW01aSTG1: (y) => y >= 2025,
  SW01bSTG1: (y) => y >= 2025,
  SW02STG1: (y) => y >= 2024,
  SW03STG1: (y) => y === 2024,
  SW06STG2: (y) => y >= 2024,
  SW07STG2: (y) => y >= 2024,
  SW08STG2: (y) => y >= 2024,
  SW09STG2: (y) => y >= 2024,
  SW10STG2: (y) => y >= 2024,
  SW12STG2: (y) => y >= 2024,
  SW13STG1: (y) => y >= 2024,
  SW14STG2: (y) => y === 2024,
  SW17STG2: (y) => y >= 2026,
};

export const SW_RULES: Record<string, SwRule> = {
  SW01STG1: (ctx) =>
    lookedAfterAt31March(ctx) && !ctx.sw.some((s) => s.swId && s.reason)
      ? [issue('SW01STG1', 'SW_ID', 'The child is looked after on 31 March but no complete social worker episode is recorded: allocate a social worker with a Social Work England number.', ctx.year.end)]
      : [],
  SW01aSTG1: (ctx) => ctx.sw.filter((s) => s.startDate < SW_REASON_REQUIRED_FROM && !s.swId).map((s) => issue('SW01aSTG1', 'SW_ID', NO_NUMBER, s.startDate)),
  SW01bSTG1: (ctx) =>
    ctx.sw
      .filter((s) => s.startDate >= SW_REASON_REQUIRED_FROM && (!s.swId || !s.reason))
      .map((s) => issue('SW01bSTG1', s.swId ? 'SW_REASON' : 'SW_ID', s.swId ? NO_REASON : NO_NUMBER, s.startDate)),
  SW02STG1: (ctx) =>
    ctx.sw.filter((s) => s.swId && !/^(SW|XX)/.test(s.swId)).map((s) => issue('SW02STG1', 'SW_ID', `The social worker ID "${s.swId}" does not begin with SW or XX.`, s.startDate)),
  SW03STG1: (ctx) => ctx.sw.filter((s) => !s.swId || !s.reason).map((s) => issue('SW03STG1', s.swId ? 'SW_REASON' : 'SW_ID', s.swId ? NO_REASON : NO_NUMBER, s.startDate)),
  SW06STG2: (ctx) => ctx.sw.filter((s) => s.startDate > ctx.year.end).map((s) => issue('SW06STG2', 'SW_DECOM', 'The social worker episode starts after the end of the year.', s.startDate)),
  SW07STG2: (ctx) =>
    ctx.sw
      .filter((s) => s.endDate !== null && (s.endDate < periodStart(ctx.year) || s.endDate > ctx.year.end))
      .map((s) => issue('SW07STG2', 'SW_DEC', 'The social worker episode ends outside the reporting period.', s.endDate)),
  SW08STG2: (ctx) =>
    ctx.sw.filter((s, i) => !isLast(ctx, i) && s.endDate === null).map((s) => issue('SW08STG2', 'SW_DEC', 'A new social worker episode started, but this one has not ended.', s.startDate)),
  SW09STG2: (ctx) => ctx.sw.filter((s) => s.endDate === s.startDate).map((s) => issue('SW09STG2', 'SW_DEC', 'The social worker episode lasted less than a day.', s.startDate)),
  SW10STG2: (ctx) =>
    ctx.sw.flatMap((s, i) => {
      const prev = i > 0 ? ctx.sw[i - 1] : null;
      if (!prev || (ctx.year.year >= 2025 && s.reason === 'FCONTA')) return [];
      const ok = prev.endDate !== null && s.startDate >= addDays(prev.endDate, -7) && s.startDate <= addDays(prev.endDate, 7);
      return ok ? [] : [issue('SW10STG2', 'SW_DECOM', 'The social worker episode does not start within 7 days of the end of the previous one.', s.startDate)];
    }),
  // A start of care has no social worker episode begun before it (unless ended with an earlier period of care), and an
  // end of care none begun after it; a child with care episodes and no social worker episode fails.
  SW12STG2: (ctx) => {
    const endsCare = (e: Episode) => e.DEC !== null && e.REC !== 'X1';
    const beganBy = (s: Ssda903SocialWorkerEpisode, e: Episode) => endsCare(e) && s.startDate <= e.DEC!;
    const issues: SwIssue[] = [];
    for (const e of ctx.episodes.filter((x) => x.LS !== 'V3' && x.LS !== 'V4')) {
      if (e.RNE === 'S' && (ctx.sw.length === 0 || ctx.sw.some((s) => s.startDate < e.DECOM && !beganBy(s, e)))) {
        issues.push(issue('SW12STG2', 'SW_DECOM', ctx.sw.length === 0 ? 'The child started care but no social worker episode is reported.' : 'A social worker episode starts before the child started care.', e.DECOM));
      } else if (e.RNE !== 'S' && endsCare(e) && (ctx.sw.length === 0 || ctx.sw.some((s) => !beganBy(s, e)))) {
        issues.push(issue('SW12STG2', 'SW_DECOM', ctx.sw.length === 0 ? 'The child left care but no social worker episode is reported.' : 'A social worker episode starts after the child left care.', e.DEC));
      }
    }
    return issues;
  },
  SW13STG1: (ctx) => {
    const allowed: readonly string[] = swReasonsFor(ctx.year.year);
    return ctx.sw
      .filter((s) => (s.reason !== null && !allowed.includes(s.reason)) || (s.reason === null && (ctx.year.year === 2024 || s.startDate >= SW_REASON_REQUIRED_FROM)))
      .map((s) => issue('SW13STG1', 'SW_REASON', `The reason for the social worker change is missing or not one of ${allowed.join(', ')}.`, s.startDate));
  },
  SW14STG2: (ctx) =>
    ctx.sw.filter((s, i) => !isLast(ctx, i) && s.endDate === null).map((s) => issue('SW14STG2', 'SW_DEC', 'The social worker episode has no end, but a later one is reported.', s.startDate)),
  SW17STG2: (ctx) => {
    const last = ctx.sw[ctx.sw.length - 1];
    return last && last.endDate !== null ? [issue('SW17STG2', 'SW_DEC', 'No social worker episode is open on 31 March: the child has no social worker allocated.', last.endDate)] : [];
  },
};

/** The social worker episode rules of the collection year. */
export function swIssues(ctx: SwContext): SwIssue[] {
  return Object.entries(SW_RULES)
    .filter(([code]) => YEARS[code](ctx.year.year))
    .flatMap(([, rule]) => rule(ctx));
}

/** The rules that run for a collection year. */
export function swRulesFor(year: number): string[] {
  return Object.keys(SW_RULES).filter((code) => YEARS[code](year));
}

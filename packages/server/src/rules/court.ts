import { addDays, addWeeks, daysBetween, type IsoDate } from './iso-date';
import { addWorkingDays } from './working-days';
import type { DirectionStatus, HearingKind, PloStage } from '@forever-planning/shared';
import { RULE_SOURCES, type RuleSource } from './sources';

/**
 * Care proceedings under the Public Law Outline (PLO): the stages a case goes
 * through, the court's timetable counted from the day the application is
 * issued, and the pre-proceedings review points counted from the letter
 * before proceedings.
 *
 * The 26 weeks are statutory (Children Act 1989 s.32(1)(a), as amended by the
 * Children and Families Act 2014 s.14: proceedings are to be decided "without
 * delay, and in any event within twenty-six weeks beginning with the day on
 * which the application was issued"); the councils hold them in their policy
 * profile as courtWeeks. The case management hearing falls between day 12 and
 * day 18 (Practice Direction 12A); the issues resolution hearing is set by the
 * court in its timetable, here by week 20 so a final hearing can still be
 * listed in time.
 */
/** Days counted from issue, day 1 being the day of issue (PD12A). */
export const PLO_DAYS = {
  allocation: 2,
  caseManagementEarliest: 12,
  caseManagementLatest: 18,
  furtherCaseManagementLatest: 25,
} as const;
/** The issues resolution hearing by this week, leaving time for the final hearing. */
export const IRH_BY_WEEK = 20;

/** Pre-proceedings: a meeting with the parents after the letter, reviews, and a decision (Bolton 2.3). */
export const PRE_PROCEEDINGS = {
  /** The first PLO meeting within this many working days of the letter. */
  meetingWorkingDays: 10,
  /** PLO review meetings at these weeks after the letter. */
  reviewWeeks: [6, 12] as readonly number[],
  /** Pre-proceedings should end (stepped down, or proceedings issued) by this week. */
  decisionWeeks: 16,
} as const;

export interface TimetableMilestone {
  key: 'ISSUE' | 'ALLOCATION' | 'CMH' | 'IRH' | 'FINAL';
  label: string;
  /** The latest date for it (for the case management hearing the window's last day). */
  date: IsoDate;
  /** The first day it may be held, where the PD gives a window. */
  earliest?: IsoDate;
  source: RuleSource;
}

export interface TimetableWeek {
  week: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  milestones: TimetableMilestone[];
  /** Hearings listed in this week, from the record. */
  hearings: { kind: HearingKind; date: IsoDate }[];
}

/** The day `n` of proceedings issued on `issuedOn` (day 1 is the day of issue). */
const day = (issuedOn: IsoDate, n: number) => addDays(issuedOn, n - 1);

/** The last day of the statutory timescale: 26 weeks beginning with the day of issue. */
export function finalHearingDue(issuedOn: IsoDate, courtWeeks = 26): IsoDate {
  return addDays(addWeeks(issuedOn, courtWeeks), -1);
}

/** The PLO milestones for proceedings issued on `issuedOn`. */
export function courtMilestones(issuedOn: IsoDate, courtWeeks = 26): TimetableMilestone[] {
  return [
    { key: 'ISSUE', label: 'Application issued (day 1)', date: issuedOn, source: RULE_SOURCES.ploTimetable },
    { key: 'ALLOCATION', label: 'Allocation and standard directions (day 2)', date: day(issuedOn, PLO_DAYS.allocation), source: RULE_SOURCES.ploTimetable },
    {
      key: 'CMH',
      label: `Case management hearing (day ${PLO_DAYS.caseManagementEarliest} to day ${PLO_DAYS.caseManagementLatest})`,
      earliest: day(issuedOn, PLO_DAYS.caseManagementEarliest),
      date: day(issuedOn, PLO_DAYS.caseManagementLatest),
      source: RULE_SOURCES.ploTimetable,
    },
    { key: 'IRH', label: `Issues resolution hearing (by week ${IRH_BY_WEEK})`, date: addDays(addWeeks(issuedOn, IRH_BY_WEEK), -1), source: RULE_SOURCES.ploTimetable },
    { key: 'FINAL', label: `Final hearing (by week ${courtWeeks})`, date: finalHearingDue(issuedOn, courtWeeks), source: RULE_SOURCES.courtTwentySixWeeks },
  ];
}

/** Week by week from issue to the final hearing's week, with the milestones and listed hearings in each. */
export function courtTimetable(issuedOn: IsoDate, hearings: readonly { kind: HearingKind; date: IsoDate }[] = [], courtWeeks = 26): TimetableWeek[] {
  const milestones = courtMilestones(issuedOn, courtWeeks);
  const lastHearing = hearings.reduce((last, h) => (h.date > last ? h.date : last), finalHearingDue(issuedOn, courtWeeks));
  const weeks = Math.max(courtWeeks, weekOfProceedings(issuedOn, lastHearing));
  return Array.from({ length: weeks }, (_, i) => {
    const startsOn = addWeeks(issuedOn, i);
    const endsOn = addDays(startsOn, 6);
    const within = (d: IsoDate) => d >= startsOn && d <= endsOn;
    return {
      week: i + 1,
      startsOn,
      endsOn,
      milestones: milestones.filter((m) => within(m.date)),
      hearings: hearings.filter((h) => within(h.date)).map((h) => ({ kind: h.kind, date: h.date })),
    };
  });
}

/** The week of proceedings a date falls in: the day of issue is in week 1. */
export function weekOfProceedings(issuedOn: IsoDate, date: IsoDate): number {
  return Math.floor(daysBetween(issuedOn, date) / 7) + 1;
}

export interface ReviewPoint {
  label: string;
  dueDate: IsoDate;
  source: RuleSource;
}

/** Pre-proceedings review points from the letter before proceedings (Bolton 2.3, Telford 1.6). */
export function preProceedingsReviewPoints(letterOn: IsoDate, extraHolidays: readonly IsoDate[] = []): ReviewPoint[] {
  return [
    { label: 'Pre-proceedings meeting with the parents', dueDate: addWorkingDays(letterOn, PRE_PROCEEDINGS.meetingWorkingDays, extraHolidays), source: RULE_SOURCES.preProceedings },
    ...PRE_PROCEEDINGS.reviewWeeks.map((w) => ({ label: `PLO review meeting (week ${w})`, dueDate: addWeeks(letterOn, w), source: RULE_SOURCES.preProceedings })),
    { label: `Decision: step down or issue proceedings (week ${PRE_PROCEEDINGS.decisionWeeks})`, dueDate: addWeeks(letterOn, PRE_PROCEEDINGS.decisionWeeks), source: RULE_SOURCES.preProceedingsTimescale },
  ];
}

export interface DirectionFact {
  description: string;
  dueOn: IsoDate;
  doneOn: IsoDate | null;
}

/** Done when complied with; missed when its day has passed without it. */
export function directionStatus(direction: { dueOn: IsoDate; doneOn: IsoDate | null }, today: IsoDate): DirectionStatus {
  if (direction.doneOn !== null) return 'DONE';
  return direction.dueOn < today ? 'MISSED' : 'OPEN';
}

/** The stage the proceedings have reached, from what is recorded. */
export function ploStage(p: {
  legalGatewayOn: IsoDate | null;
  issuedOn: IsoDate | null;
  concludedOn: IsoDate | null;
  hearings: readonly { kind: HearingKind; date: IsoDate }[];
}, today: IsoDate): PloStage {
  if (p.concludedOn !== null && p.concludedOn <= today) return 'CONCLUDED';
  const held = p.hearings.filter((h) => h.date <= today).map((h) => h.kind);
  if (held.includes('FINAL')) return 'FINAL_HEARING';
  if (held.includes('ISSUES_RESOLUTION')) return 'ISSUES_RESOLUTION';
  if (held.includes('CASE_MANAGEMENT') || held.includes('FURTHER_CASE_MANAGEMENT')) return 'CASE_MANAGEMENT';
  if (p.issuedOn !== null && p.issuedOn <= today) return 'ISSUED';
  if (p.legalGatewayOn !== null && p.legalGatewayOn <= today) return 'LEGAL_GATEWAY';
  return 'PRE_PROCEEDINGS';
}

/** The day a placement order was made, from the last proceedings that ended in one. */
export function placementOrderDate(facts: { courtCases?: readonly { outcome?: string | null; concludedOn: IsoDate | null }[] }): IsoDate | null {
  const made = (facts.courtCases ?? []).filter((c) => c.outcome === 'PLACEMENT_ORDER' && c.concludedOn !== null).map((c) => c.concludedOn!);
  return made.sort().at(-1) ?? null;
}

/** Where a child's proceedings stand for the tracker: the PLO stage, and while issued and not ended, the week of proceedings against the weeks allowed. */
export interface CourtPosition {
  stage: PloStage;
  /** The week of proceedings today (the day of issue is in week 1); null before issue and once concluded. */
  week: number | null;
  /** The weeks the court allows (26 under section 32, or the council's policy); null before issue. */
  weeksAllowed: number | null;
}

/**
 * The proceedings the tracker follows: the open set (not concluded, not ended
 * by a "no legal action" decision), else the last to be recorded; null with none.
 * `courtWeeks` gives the weeks allowed for proceedings issued on a day.
 */
export function courtPosition(
  cases: readonly { legalGatewayOn?: IsoDate | null; legalGatewayDecision?: string | null; issuedOn: IsoDate | null; concludedOn: IsoDate | null; hearings: readonly { kind: HearingKind; date: IsoDate }[] }[],
  today: IsoDate,
  courtWeeks: (issuedOn: IsoDate) => number = () => 26,
): CourtPosition | null {
  const open = cases.filter((c) => (c.concludedOn === null || c.concludedOn > today) && c.legalGatewayDecision !== 'NO_LEGAL_ACTION').at(-1);
  const c = open ?? cases.at(-1);
  if (!c) return null;
  const stage = ploStage({ legalGatewayOn: c.legalGatewayOn ?? null, issuedOn: c.issuedOn, concludedOn: c.concludedOn, hearings: c.hearings }, today);
  const running = c.issuedOn !== null && c.issuedOn <= today && stage !== 'CONCLUDED';
  return { stage, week: running ? weekOfProceedings(c.issuedOn!, today) : null, weeksAllowed: c.issuedOn ? courtWeeks(c.issuedOn) : null };
}

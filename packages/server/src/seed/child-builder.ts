import { demoSocialWorkerEpisodes } from './social-worker-episodes';
import { createHash } from 'node:crypto';
import {
  PARTICIPATION_CODES,
  type CategoryOfNeed,
  type Gender,
  type LegalStatusKind,
  type MeetingType,
  type ParticipationCode,
  type PlacementType,
  type PlanOption,
  type PlanStatus,
} from '@forever-planning/shared';
import type { IsoDate } from '../database/columns';
import type { ChildEntity } from '../modules/children/child.entity';
import type { ProspectiveCarerEntity } from '../modules/family-finding/family-finding.entity';
import type { MeetingEntity } from '../modules/meetings/meeting.entity';
import type { PlanEntity } from '../modules/plans/plan.entity';
import { isOfSchoolAge, upnCheckLetter } from '../ssda903/ssda903.codes';
import { collectionYearOf } from '../ssda903/ssda903.record';
import { addDays, addMonths, addWorkingDays, at, daysBetween, maxDate, minDate } from './dates';
import { demoHealthOutcomes } from './health-outcomes';
import { demoMissingEpisodes } from './missing-episodes';
import { CHILD_FRIENDLY_SUMMARY, CHILD_WISHES, CHILD_WISHES_YOUNG, fill, OUTCOME_WORDING } from './plan-wording';
import type { SeededRandom } from './random';
import { newId, type Row, type SeedRows } from './seed-rows';

/** What every child's records need to know about the council they belong to. */
export interface CouncilSeed {
  rows: SeedRows;
  rng: SeededRandom;
  today: IsoDate;
  councilId: string;
  /** The council's virtual school, its real postcodes and DfE LA code (for UPNs). */
  virtualSchool: string;
  postcodes: readonly string[];
  laCode: string;
  headOfServiceId: string;
  /** Team id to its team manager's user id. */
  managerOfTeam: ReadonlyMap<string, string>;
}

export interface PlacementStep {
  type: PlacementType;
  carerName: string;
  start: IsoDate;
  inArea: boolean;
  postcode: string | null;
  /** SSDA903 PLACE_PROVIDER, PR0 to PR5. */
  provider: string;
  weeklyCost: number;
  /** Why this placement ended, when a later one follows. */
  reasonForChange?: string;
  changeNotes?: string;
}

export interface LegalStep {
  status: LegalStatusKind;
  start: IsoDate;
  end?: IsoDate;
}

export interface OutcomeSpec {
  outcome: string;
  measure: string;
  /** The first action, its owner and timescale. */
  actions: string;
  byWhom: string;
  dueDate: IsoDate;
  progress: string | null;
  completed: boolean;
  /** Further actions, each with its own owner and timescale (Newham's fourth outcome has three). */
  moreActions?: readonly { action: string; byWhom: string; dueDate: IsoDate; withinWeeks?: number }[];
}

export interface PlanSpec {
  option: PlanOption | null;
  status: PlanStatus;
  contingencies: readonly PlanOption[];
  outcomes?: readonly OutcomeSpec[];
  childWishes?: string;
  bottomLines?: string;
  consequenceOfNoChange?: string;
  /** Shared with the child, in these words (or the option's standard words). */
  shareWithChild?: boolean;
  childFriendlySummary?: string;
  /** false: long-term fostering under five still waits for the head of service. */
  headOfServiceApproved?: boolean;
  endReason?: string;
}

export interface ChildSpec {
  localId: string;
  firstName: string;
  lastName: string;
  preferredName?: string;
  gender: Gender;
  dateOfBirth: IsoDate;
  ethnicity: string;
  religion: string;
  firstLanguage: string;
  uasc?: boolean;
  categoryOfNeed: CategoryOfNeed;
  teamId: string;
  socialWorkerId: string | null;
  iroId: string | null;
  dateLookedAfter: IsoDate;
  dateCeasedLookedAfter?: IsoDate;
  placements: readonly PlacementStep[];
  legal: readonly LegalStep[];
  plans: readonly PlanSpec[];
  /** Leave the latest review that fell due unheld. */
  reviewOverdue?: boolean;
  advocacyOfferedOn: IsoDate | null;
  disability?: string;
  healthNeeds?: string;
  school?: string;
  homePostcode?: string;
}

export interface BuiltChild {
  id: string;
  spec: ChildSpec;
  age: number;
  reviews: Row<MeetingEntity>[];
  /** The next review not yet held, due or overdue. */
  nextReview: Row<MeetingEntity> | undefined;
  plans: Row<PlanEntity>[];
}

export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const ENDORSED_STATUSES: readonly PlanStatus[] = ['ENDORSED', 'ACHIEVED'];
const APPROVED_STATUSES: readonly PlanStatus[] = ['APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED', 'ACHIEVED', 'ENDED'];
/** Options that go to permanence panel before review in the demo council. */
const PANEL_OPTIONS: readonly PlanOption[] = ['ADOPTION', 'EARLY_PERMANENCE', 'LONG_TERM_FOSTERING', 'RESIDENTIAL_CARE', 'SPECIAL_GUARDIANSHIP'];

/**
 * A well-formed UPN for a child of school age (the council's LA code, a school
 * and serial from the local id, the year they turned four, the DfE check
 * letter), none for a younger child: the return then says UN1.
 */
export function demoUpn(laCode: string, localId: string, dateOfBirth: IsoDate, today: IsoDate): string | null {
  if (!isOfSchoolAge(dateOfBirth, collectionYearOf(today))) return null;
  const n = Number(localId.replace(/\D/g, ''));
  const rest = `${laCode}${String(Math.floor(n / 1000) % 10000).padStart(4, '0')}${String((Number(dateOfBirth.slice(0, 4)) + 4) % 100).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
}

/**
 * A made-up Ofsted URN (SC and six digits) for a placement's provider, the
 * same for every placement with the same carer or home. Parents have none.
 */
export function demoUrn(carerName: string): string {
  let hash = 0;
  for (const ch of carerName) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `SC${String(100000 + (hash % 900000))}`;
}

/**
 * The agency decision that the child should be placed for adoption: four
 * weeks before the placement order or the adoptive placement, whichever
 * came first, and not before the child became looked after.
 */
function adoptionDecision(spec: ChildSpec): IsoDate | null {
  const order = spec.legal.find((l) => l.status === 'PLACEMENT_ORDER')?.start;
  const placed = spec.placements.find((p) => p.type === 'ADOPTIVE_PLACEMENT')?.start;
  const first = [order, placed].filter((d): d is IsoDate => d !== undefined).sort()[0];
  return first ? maxDate(spec.dateLookedAfter, addDays(first, -28)) : null;
}

/** Adopters as the demo records them: who they are and their legal status, consistent as the DfE's rules want. */
const DEMO_ADOPTERS = [
  { adoptersSex: 'MF', adoptersLegalStatus: 'L11' },
  { adoptersSex: 'FF', adoptersLegalStatus: 'L2' },
  { adoptersSex: 'F1', adoptersLegalStatus: 'L0' },
  { adoptersSex: 'MM', adoptersLegalStatus: 'L12' },
  { adoptersSex: 'MF', adoptersLegalStatus: 'L3' },
] as const;

/**
 * The adopters a child was placed with, as family finding holds them (placed,
 * with the day the match was approved: two weeks before the placement, not
 * before the decision to place for adoption). Drawn from a hash of the child,
 * so no other seeded value moves.
 */
function adoptersFor(childId: string, spec: ChildSpec, decisionOn: IsoDate | null): Row<ProspectiveCarerEntity> | null {
  const placed = spec.placements.find((p) => p.type === 'ADOPTIVE_PLACEMENT');
  if (!placed || !decisionOn) return null;
  const draw = createHash('sha256').update(`${spec.localId}:adopters`).digest().readUInt32BE(0) % DEMO_ADOPTERS.length;
  return {
    id: newId(),
    childId,
    referralId: null,
    name: placed.carerName,
    kind: 'ADOPTERS',
    stage: 'PLACED',
    stageOn: placed.start,
    matchedOn: maxDate(decisionOn, addDays(placed.start, -14)),
    ...DEMO_ADOPTERS[draw],
  };
}

/** Writes a child with legal status, placements, reviews and plan history. */
export function addChild(seed: CouncilSeed, spec: ChildSpec): BuiltChild {
  const { rows, today } = seed;
  const id = newId();
  const age = ageOn(spec.dateOfBirth, today);
  const worker = spec.socialWorkerId;
  const child: Row<ChildEntity> = {
    id,
    councilId: seed.councilId,
    teamId: spec.teamId,
    socialWorkerId: worker,
    iroId: spec.iroId,
    iroAllocatedOn: spec.iroId ? minDate(addDays(spec.dateLookedAfter, 3), today) : null,
    localId: spec.localId,
    legalFirstName: spec.firstName,
    legalLastName: spec.lastName,
    preferredName: spec.preferredName ?? null,
    dateOfBirth: spec.dateOfBirth,
    gender: spec.gender,
    ethnicity: spec.ethnicity,
    religion: spec.religion,
    firstLanguage: spec.firstLanguage,
    disability: spec.disability ?? null,
    healthNeeds: spec.healthNeeds ?? null,
    school: spec.school ?? null,
    virtualSchool: age >= 4 ? seed.virtualSchool : null,
    upn: demoUpn(seed.laCode, spec.localId, spec.dateOfBirth, today),
    homePostcode: spec.homePostcode ?? null,
    dateLookedAfter: spec.dateLookedAfter,
    dateCeasedLookedAfter: spec.dateCeasedLookedAfter ?? null,
    categoryOfNeed: spec.categoryOfNeed,
    uasc: spec.uasc ?? false,
    // Asked of every girl for the SSDA903 return; none of the demo girls is a mother.
    mother: spec.gender === 'FEMALE' ? false : null,
    mothersChildDateOfBirth: null,
    adoptionDecisionOn: adoptionDecision(spec),
    adoptionDecisionCeasedOn: null,
    adoptionDecisionCeasedReason: null,
    // Not recorded (the return says Z1) unless a story gives it (recordPreviousPermanence).
    previousPermanence: null,
    previousPermanenceLa: null,
    previousPermanenceDate: null,
    advocacyOfferedOn: spec.advocacyOfferedOn,
    createdAt: at(spec.dateLookedAfter),
  };
  rows.children.push(child);
  const adopters = adoptersFor(id, spec, child.adoptionDecisionOn ?? null);
  if (adopters) rows.prospectiveCarers.push(adopters);
  addLegalStatuses(seed, id, spec);
  addPlacements(seed, id, spec);
  const reviews = addReviews(seed, id, spec);
  const placements = rows.placements.filter((p) => p.childId === id).map((p) => ({ startDate: p.startDate as IsoDate, endDate: (p.endDate ?? null) as IsoDate | null }));
  rows.missingEpisodes.push(...demoMissingEpisodes({ id, localId: spec.localId, dateOfBirth: spec.dateOfBirth }, placements, today));
  rows.socialWorkerEpisodes.push(
    ...demoSocialWorkerEpisodes(
      { id, localId: spec.localId, dateLookedAfter: spec.dateLookedAfter, dateCeasedLookedAfter: spec.dateCeasedLookedAfter ?? null },
      worker,
      (former) => rows.placeholderFor(seed.councilId, former),
      today,
    ),
  );
  rows.healthOutcomes.push(...demoHealthOutcomes({ id, localId: spec.localId, dateOfBirth: spec.dateOfBirth, dateLookedAfter: spec.dateLookedAfter, dateCeasedLookedAfter: spec.dateCeasedLookedAfter ?? null }, today));
  const built: BuiltChild = {
    id,
    spec,
    age,
    reviews,
    nextReview: reviews.find((r) => !r.heldOn),
    plans: [],
  };
  addPlans(seed, built);
  return built;
}

function addLegalStatuses(seed: CouncilSeed, childId: string, spec: ChildSpec): void {
  spec.legal.forEach((step, i) => {
    const next = spec.legal[i + 1];
    seed.rows.legalStatuses.push({
      id: newId(),
      childId,
      status: step.status,
      startDate: step.start,
      endDate: step.end ?? next?.start ?? null,
    });
  });
}

/** SSDA903 reasons a placement ended (REASON_PLACE_CHANGE), for moves the spec does not explain. */
const CHANGE_REASONS = ['CARPL', 'CHILD', 'LAREQ', 'CREQB', 'CREQO', 'CLOSE', 'STAND'] as const;

function addPlacements(seed: CouncilSeed, childId: string, spec: ChildSpec): void {
  const legalStarts = new Set(spec.legal.map((l) => l.start));
  spec.placements.forEach((step, i) => {
    const next = spec.placements[i + 1];
    const last = !next;
    seed.rows.placements.push({
      id: newId(),
      childId,
      type: step.type,
      carerName: step.carerName,
      startDate: step.start,
      endDate: next?.start ?? (last && spec.dateCeasedLookedAfter ? spec.dateCeasedLookedAfter : null),
      inArea: step.inArea,
      postcode: step.postcode,
      provider: step.provider,
      urn: step.type === 'PARENTS' ? null : demoUrn(step.carerName),
      // S: started to be looked after; B: placement and legal status changed together; P: placement only.
      reasonNewEpisode: i === 0 ? 'S' : legalStarts.has(step.start) ? 'B' : 'P',
      reasonForChange: next ? (step.reasonForChange ?? seed.rng.pick(CHANGE_REASONS)) : null,
      endReason: last && spec.dateCeasedLookedAfter ? leftCareReason(step, spec) : null,
      changeNotes: step.changeNotes ?? null,
      weeklyCost: step.weeklyCost.toFixed(2),
    });
  });
}

/** SSDA903 REC for the end of care, from where the child went (E44 is not a DfE code). */
function leftCareReason(last: PlacementStep, spec: ChildSpec): string {
  if (ageOn(spec.dateOfBirth, spec.dateCeasedLookedAfter as IsoDate) >= 18) return 'E17';
  if (last.type === 'ADOPTIVE_PLACEMENT') return 'E11';
  if (last.type === 'PARENTS') return 'E4A';
  return 'E8';
}

function participationFor(seed: CouncilSeed, ageThen: number): ParticipationCode {
  if (ageThen < 4) return 'PN0';
  // Most children speak for themselves at their review (PN1); the rest spread over the other codes.
  return seed.rng.chance(0.55) ? 'PN1' : seed.rng.pick(PARTICIPATION_CODES.slice(2));
}

const REVIEW_DECISIONS = [
  'Placement to continue. Social worker to update the life story book before the next review.',
  'Family time to stay as agreed. Virtual school to attend the next PEP meeting.',
  'Plan progressing. IRO to check on the permanence panel date midway.',
  'Child’s views shared and recorded. Health assessment due: social worker to book.',
  'Keeping-in-touch arrangements with brothers and sisters to be reviewed with the child.',
];

/** Statutory reviews: first within 20 working days, second 3 months later, then every 6 months. */
function addReviews(seed: CouncilSeed, childId: string, spec: ChildSpec): Row<MeetingEntity>[] {
  const { rng, today } = seed;
  const reviews: Row<MeetingEntity>[] = [];
  const managerId = seed.managerOfTeam.get(spec.teamId) ?? null;
  let type: MeetingType = 'FIRST_REVIEW';
  let due = addWorkingDays(spec.dateLookedAfter, 20);
  for (;;) {
    if (spec.dateCeasedLookedAfter && due > spec.dateCeasedLookedAfter) break;
    const base: Row<MeetingEntity> = { id: newId(), childId, type, dueDate: due, chairId: spec.iroId };
    if (due > today) {
      reviews.push({ ...base, scheduledFor: maxDate(addDays(today, 1), addDays(due, -rng.int(1, 7))) });
      break;
    }
    const late = rng.chance(0.12);
    const heldOn = minDate(late ? addDays(due, rng.int(3, 15)) : addDays(due, -rng.int(0, 4)), today);
    const nextDue = addMonths(heldOn, type === 'FIRST_REVIEW' ? 3 : 6);
    if (spec.reviewOverdue && nextDue > today && due < today) {
      reviews.push(base);
      break;
    }
    const ageThen = ageOn(spec.dateOfBirth, heldOn);
    const signedOff = daysBetween(heldOn, today) > 14 && managerId;
    reviews.push({
      ...base,
      scheduledFor: heldOn,
      heldOn,
      attendees: ageThen >= 4 ? ['Child', 'Carer', 'Social worker', 'IRO', 'Parent'] : ['Carer', 'Social worker', 'IRO', 'Parent'],
      participation: participationFor(seed, ageThen),
      decisions: rng.pick(REVIEW_DECISIONS),
      signedOffAt: signedOff ? at(addDays(heldOn, 7)) : null,
      signedOffById: signedOff ? managerId : null,
      // Shared with the child once signed off (Telford 2.1): the review record reaches them too.
      sharedWithChildAt: signedOff ? at(addDays(heldOn, 9)) : null,
      createdAt: at(addDays(due, -21)),
    });
    type = type === 'FIRST_REVIEW' ? 'SECOND_REVIEW' : 'SUBSEQUENT_REVIEW';
    due = nextDue;
  }
  seed.rows.meetings.push(...reviews);
  return reviews;
}

interface PlanWindow {
  created: IsoDate;
  /** When the plan stopped moving: endorsed at review, superseded, or today. */
  until: IsoDate;
  endorsedAt?: Row<MeetingEntity>;
}

/**
 * Places each plan version on the child's timeline: the current version
 * endorsed at a held review when its status says so, earlier versions spread
 * out before it and ended when the next began.
 */
function planWindows(seed: CouncilSeed, built: BuiltChild): PlanWindow[] {
  const { rng, today } = seed;
  const { spec } = built;
  const plans = spec.plans;
  const held = built.reviews.filter((r) => r.heldOn);
  const earliest = addDays(spec.dateLookedAfter, 7);
  const current = plans[plans.length - 1];
  let currentWindow: PlanWindow;
  if (ENDORSED_STATUSES.includes(current.status)) {
    // The first plan is endorsed at the second review; each later version about a year after the one before.
    const review = held[Math.min(2 * plans.length - 1, held.length - 1)];
    if (!review?.heldOn) throw new Error(`Seed: ${spec.firstName} has an endorsed plan but no review held to endorse it.`);
    currentWindow = {
      created: maxDate(earliest, addDays(review.heldOn, -rng.int(30, 50))),
      until: review.heldOn,
      endorsedAt: review,
    };
  } else {
    const back = current.status === 'DRAFT' ? rng.int(5, 30) : rng.int(35, 70);
    currentWindow = { created: minDate(maxDate(addDays(spec.dateLookedAfter, 3), addDays(today, -back)), today), until: addDays(today, -1) };
  }
  const windows: PlanWindow[] = [];
  const span = daysBetween(earliest, currentWindow.created);
  for (let k = 0; k < plans.length - 1; k++) {
    const created = addDays(earliest, Math.floor((k * span) / (plans.length - 1)));
    const ended = addDays(earliest, Math.floor(((k + 1) * span) / (plans.length - 1)));
    const endorsedAt = held.find((r) => r.heldOn && r.heldOn > addDays(created, 14) && r.heldOn < ended && !r.planEndorsedId);
    windows.push({ created, until: endorsedAt?.heldOn ?? ended, endorsedAt });
  }
  windows.push(currentWindow);
  return windows;
}

/** A date a share of the way from one date to another. */
function between(from: IsoDate, to: IsoDate, share: number): IsoDate {
  return addDays(from, Math.max(0, Math.floor(daysBetween(from, to) * share)));
}

function addPlans(seed: CouncilSeed, built: BuiltChild): void {
  const { rows, rng, today } = seed;
  const { spec } = built;
  if (spec.plans.length === 0) return;
  const managerId = seed.managerOfTeam.get(spec.teamId) ?? null;
  const author = spec.socialWorkerId ?? managerId ?? seed.headOfServiceId;
  const name = spec.preferredName ?? spec.firstName;
  const windows = planWindows(seed, built);
  spec.plans.forEach((p, index) => {
    const w = windows[index];
    const isCurrent = index === spec.plans.length - 1;
    const status: PlanStatus = isCurrent ? p.status : 'ENDED';
    const id = newId();
    const submitted = status !== 'DRAFT' ? between(w.created, w.until, 0.3) : null;
    const approved = APPROVED_STATUSES.includes(status) ? between(w.created, w.until, 0.5) : null;
    const toPanel =
      status === 'RECOMMENDED_BY_PANEL' || (approved !== null && !!p.option && PANEL_OPTIONS.includes(p.option) && !!w.endorsedAt);
    const panel = toPanel ? between(w.created, w.until, 0.75) : null;
    const endorsed = w.endorsedAt;
    const ageAtPlan = ageOn(spec.dateOfBirth, w.created);
    const needsHead = p.option === 'LONG_TERM_FOSTERING' && ageAtPlan < 5 && approved !== null;
    const headApproved = needsHead && p.headOfServiceApproved !== false;
    const achieved = status === 'ACHIEVED' && endorsed?.heldOn ? minDate(addDays(endorsed.heldOn, rng.int(20, 120)), addDays(today, -3)) : null;
    const ended = status === 'ENDED' ? windows[index + 1]?.created ?? today : null;
    const shared = p.shareWithChild && built.age >= 7;
    const plan: Row<PlanEntity> = {
      id,
      childId: built.id,
      planNumber: index + 1,
      status,
      primaryOption: p.option,
      childWishes: p.childWishes ?? fill(rng.pick(ageAtPlan < 4 ? CHILD_WISHES_YOUNG : CHILD_WISHES), name),
      bottomLines: p.bottomLines ?? null,
      consequenceOfNoChange: p.consequenceOfNoChange ?? null,
      childFriendlySummary: shared && p.option ? (p.childFriendlySummary ?? CHILD_FRIENDLY_SUMMARY[p.option]) : null,
      sharedWithChildAt: shared ? at(addDays(endorsed?.heldOn ?? w.until, 5)) : null,
      createdById: author,
      createdAt: at(w.created),
      submittedAt: submitted ? at(submitted) : null,
      approvedById: approved ? managerId : null,
      approvedAt: approved ? at(approved) : null,
      headOfServiceApprovedById: headApproved ? seed.headOfServiceId : null,
      headOfServiceApprovedAt: headApproved && approved ? at(addDays(approved, 2)) : null,
      panelRecommendation: panel && p.option ? `Panel recommends ${p.option.toLowerCase().replace(/_/g, ' ')} as the plan for ${name}.` : null,
      panelRecommendedAt: panel ? at(panel) : null,
      endorsedById: endorsed ? (endorsed.chairId ?? null) : null,
      endorsedAt: endorsed?.heldOn ? at(endorsed.heldOn, 12) : null,
      endorsedAtMeetingId: endorsed?.id ?? null,
      achievedAt: achieved ? at(achieved) : null,
      endedAt: ended ? at(ended) : null,
      endReason: ended ? (p.endReason ?? `Replaced by plan ${index + 2} when the plan for ${name} changed.`) : null,
    };
    if (endorsed) endorsed.planEndorsedId = id;
    rows.plans.push(plan);
    built.plans.push(plan);
    p.contingencies.forEach((option, position) =>
      rows.planContingencies.push({ id: newId(), planId: id, option, position: position + 1, notes: null }),
    );
    addOutcomes(seed, built, p, id, w.created, isCurrent);
    if (submitted) addMeeting(seed, built.id, 'PERMANENCE_PLANNING_MEETING', submitted, managerId, `Plan ${index + 1} proposed.`);
    if (panel) addMeeting(seed, built.id, 'PERMANENCE_PANEL', panel, seed.headOfServiceId, plan.panelRecommendation ?? null);
    if (isCurrent && status === 'DRAFT') {
      const next = addDays(today, rng.int(3, 20));
      rows.meetings.push({ id: newId(), childId: built.id, type: 'PERMANENCE_PLANNING_MEETING', dueDate: next, scheduledFor: next, chairId: managerId });
    }
  });
}

function addOutcomes(seed: CouncilSeed, built: BuiltChild, p: PlanSpec, planId: string, created: IsoDate, isCurrent: boolean): void {
  const { rng, today } = seed;
  const name = built.spec.preferredName ?? built.spec.firstName;
  const outcomes: readonly OutcomeSpec[] =
    p.outcomes ??
    (p.option ? OUTCOME_WORDING[p.option] : []).slice(0, isCurrent ? 3 : 1).map((w, i) => {
      const dueDate = addDays(created, 42 + i * 35 + rng.int(0, 20));
      const completed = !isCurrent || (dueDate < addDays(today, -7) && rng.chance(0.6));
      const behind = !completed && dueDate < today;
      return {
        outcome: fill(w.outcome, name),
        measure: fill(w.measure, name),
        actions: fill(w.actions, name),
        byWhom: w.byWhom,
        dueDate,
        progress: completed ? 'Done.' : behind ? 'Behind: not yet done; raised at supervision.' : dueDate < addDays(today, 30) ? 'On track.' : null,
        completed,
      };
    });
  outcomes.forEach(({ actions, byWhom, dueDate, moreActions = [], ...o }, position) => {
    const outcomeId = newId();
    seed.rows.planOutcomes.push({ id: outcomeId, planId, position: position + 1, optionTrack: null, ...o });
    [{ action: actions, byWhom, dueDate, withinWeeks: undefined }, ...moreActions].forEach((a, i) =>
      seed.rows.planOutcomeActions.push({
        id: newId(), outcomeId, position: i, action: a.action, byWhom: a.byWhom, dueDate: a.dueDate, withinWeeks: a.withinWeeks ?? null,
        progress: null, completed: o.completed,
      }),
    );
  });
}

/** A meeting other than a statutory review: held on the date given when it is past, scheduled when it is not. */
export function addMeeting(
  seed: CouncilSeed,
  childId: string,
  type: MeetingType,
  on: IsoDate,
  chairId: string | null,
  decisions: string | null,
): Row<MeetingEntity> {
  const held = on <= seed.today;
  const meeting: Row<MeetingEntity> = {
    id: newId(),
    childId,
    type,
    dueDate: on,
    scheduledFor: on,
    heldOn: held ? on : null,
    chairId,
    attendees: held ? ['Social worker', 'Team manager', 'IRO'] : [],
    decisions: held ? decisions : null,
  };
  seed.rows.meetings.push(meeting);
  return meeting;
}

/**
 * The child was adopted or under an order (SSDA903 PREV_PERM P1 to P4) before this
 * period of care, which began when it broke down: the authority that made it and
 * the month it was made, the day not known (the DfE's ZZ), `yearsBefore` years before care began.
 */
export function recordPreviousPermanence(seed: CouncilSeed, child: BuiltChild, code: 'P1' | 'P2' | 'P3' | 'P4', la: string, yearsBefore: number): void {
  const row = seed.rows.children.find((c) => c.id === child.id);
  if (!row) throw new Error(`No child ${child.id} in the seed`);
  const [y, m] = child.spec.dateLookedAfter.split('-');
  Object.assign(row, { previousPermanence: code, previousPermanenceLa: la, previousPermanenceDate: `${Number(y) - yearsBefore}-${m}-ZZ` });
}

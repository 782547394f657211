import type { CategoryOfNeed, Gender } from '@forever-planning/shared';
import type { IsoDate } from '../database/columns';
import { addChild, type BuiltChild, type CouncilSeed, type LegalStep, type PlacementStep, type PlanSpec } from './child-builder';
import { addDays, birthDateFor } from './dates';
import { legalSteps, type LegalRoute } from './journeys';
import { PRIMARY_SCHOOLS, SECONDARY_SCHOOLS } from './names';
import { pickPostcode } from './postcodes';
import { addYears } from '../rules/iso-date';

/** What the story builders need beyond the council: people and teams by name. */
export interface StoryContext {
  seed: CouncilSeed;
  /** A user's id by username; throws for an unknown one. */
  user(username: string): string;
  /** The team id of a social worker. */
  teamOf(username: string): string;
  /** The next council case reference (SSDA903 CHILD id). */
  nextLocalId(): string;
}

export interface ChildStory {
  first: string;
  last: string;
  preferred?: string;
  gender: Gender;
  age: number;
  /** Days since the last birthday (1 to 360), so ages stay whole whenever the seed runs. */
  birthdayDaysAgo: number;
  ethnicity: string;
  religion: string;
  language: string;
  worker: string;
  /** Username of the IRO, or null while none is allocated. */
  iro: string | null;
  laDaysAgo: number;
  placements: (lookedAfter: IsoDate) => PlacementStep[];
  legal: LegalRoute | ((lookedAfter: IsoDate) => LegalStep[]);
  plans: PlanSpec[];
  categoryOfNeed?: CategoryOfNeed;
  uasc?: boolean;
  reviewOverdue?: boolean;
  /** Default: offered two weeks after becoming looked after when aged 7 or more. */
  advocacyOffered?: boolean;
  disability?: string;
  healthNeeds?: string;
  school?: string;
}

export function schoolFor(age: number, pick: (list: readonly string[]) => string): string | undefined {
  if (age < 4) return undefined;
  if (age <= 10) return pick(PRIMARY_SCHOOLS);
  if (age <= 15) return pick(SECONDARY_SCHOOLS);
  return 'Riverside College';
}

/** Turns a story into a child with all its core records. */
export function tellStory(ctx: StoryContext, s: ChildStory): BuiltChild {
  const { seed } = ctx;
  const dateOfBirth = birthDateFor(seed.today, s.age, s.birthdayDaysAgo);
  const lookedAfter = addDays(seed.today, -s.laDaysAgo);
  if (lookedAfter < dateOfBirth) throw new Error(`Seed: ${s.first} would be looked after before birth.`);
  const offered = s.advocacyOffered ?? s.age >= 7;
  return addChild(seed, {
    localId: ctx.nextLocalId(),
    firstName: s.first,
    lastName: s.last,
    preferredName: s.preferred,
    gender: s.gender,
    dateOfBirth,
    ethnicity: s.ethnicity,
    religion: s.religion,
    firstLanguage: s.language,
    uasc: s.uasc,
    categoryOfNeed: s.categoryOfNeed ?? (s.uasc ? 'N8' : 'N1'),
    teamId: ctx.teamOf(s.worker),
    socialWorkerId: ctx.user(s.worker),
    iroId: s.iro ? ctx.user(s.iro) : null,
    dateLookedAfter: lookedAfter,
    placements: supportedAccommodationFrom16(s.placements(lookedAfter), dateOfBirth, seed.today),
    legal: typeof s.legal === 'function' ? s.legal(lookedAfter) : legalSteps(seed.rng, s.legal, lookedAfter, seed.today),
    plans: s.plans,
    reviewOverdue: s.reviewOverdue,
    advocacyOfferedOn: offered ? addDays(lookedAfter, 14) : null,
    disability: s.disability,
    healthNeeds: s.healthNeeds,
    school: s.school ?? schoolFor(s.age, (list) => seed.rng.pick(list)),
    homePostcode: pickPostcode(seed.rng, seed.postcodes, 3),
  });
}

/**
 * Supported accommodation (lodgings, semi-independent living) is only for
 * young people of 16 and over (DfE rule 371): such a placement starts on the
 * 16th birthday at the earliest, and a younger child stays with the host as a
 * foster placement. Takes no random numbers, so the rest of the demo is unchanged.
 */
function supportedAccommodationFrom16(steps: readonly PlacementStep[], dateOfBirth: IsoDate, today: IsoDate): PlacementStep[] {
  const sixteenth = addYears(dateOfBirth, 16);
  return steps.map((step, i) => {
    if ((step.type !== 'SUPPORTED_LODGINGS' && step.type !== 'SEMI_INDEPENDENT') || step.start >= sixteenth) return step;
    const next = steps[i + 1];
    if (sixteenth <= addDays(today, -14) && (!next || sixteenth < next.start)) return { ...step, start: sixteenth };
    return { ...step, type: 'FOSTER_CARE', carerName: step.carerName.replace(/ \(host\)$/, ''), provider: 'PR1' };
  });
}

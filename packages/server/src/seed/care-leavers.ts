import type { Gender } from '@forever-planning/shared';
import { addMonths, addYears } from '../rules/iso-date';
import { addChild, type BuiltChild, type CouncilSeed } from './child-builder';
import { addDays } from './dates';
import { journey } from './journeys';
import { pickPostcode } from './postcodes';
import { SeededRandom } from './random';
import { newId } from './seed-rows';
import type { StoryContext } from './story';

interface Leaver {
  first: string;
  last: string;
  gender: Gender;
  /** Days since the 18th birthday. */
  eighteenDaysAgo: number;
  /** Left care this many months before the 18th birthday (0: on it). */
  leftMonthsBefore18: number;
  afterEighteen: 'STAYING_PUT' | 'STAYING_CLOSE' | 'SUPPORTED_ACCOMMODATION';
  details: string;
  words: string;
  adviser: string;
  /** Days since the pathway plan was last reviewed. */
  reviewedDaysAgo: number;
  birthdays: { age: number; inTouch: string; activity: string | null; accommodation: string | null }[];
}

/**
 * Three care leavers, so the leaving care pages and the return's OC3 table
 * have rows: one in Staying Put, one who left at 17 and a half for supported
 * lodgings, and one in Staying Close whose pathway plan review is overdue.
 * Their 18th birthdays fall so that the 2024/25 and 2025/26 returns each have
 * OC3 rows for young people the DfE's validator can see in this or last
 * year's episodes. Drawn from their own random numbers, so no other seeded
 * value moves.
 */
const LEAVERS: Leaver[] = [
  {
    first: 'Callum', last: 'Reid', gender: 'MALE', eighteenDaysAgo: 900, leftMonthsBefore18: 0, afterEighteen: 'STAYING_PUT',
    details: 'Staying Put with Mr and Mrs Adeyemi, agreed at the pathway plan review before his 18th birthday; reviewed each year.',
    words: 'I stay with Joy and Sam while I finish college. Dee, my personal adviser, meets me every two months.',
    adviser: 'Dee Patel', reviewedDaysAgo: 90,
    birthdays: [
      { age: 19, inTouch: 'YES', activity: 'F2', accommodation: 'Z1' },
      { age: 20, inTouch: 'YES', activity: 'F5', accommodation: 'Z1' },
    ],
  },
  {
    first: 'Leah', last: 'Okafor', gender: 'FEMALE', eighteenDaysAgo: 720, leftMonthsBefore18: 6, afterEighteen: 'SUPPORTED_ACCOMMODATION',
    details: 'Moved to supported lodgings at 17 and a half at her request; now in her own flat with floating support.',
    words: 'I have my own flat. Dee helps me with bills and my course.',
    adviser: 'Dee Patel', reviewedDaysAgo: 40,
    birthdays: [
      { age: 18, inTouch: 'YES', activity: 'F2', accommodation: 'E1' },
      { age: 19, inTouch: 'YES', activity: 'P5', accommodation: 'U1' },
    ],
  },
  {
    first: 'Tyrese', last: 'Walker', gender: 'MALE', eighteenDaysAgo: 480, leftMonthsBefore18: 0, afterEighteen: 'STAYING_CLOSE',
    details: 'Staying Close: a flat near Oak House, with the home’s key worker visiting weekly.',
    words: 'I live near Oak House and can still pop in. I am doing an apprenticeship.',
    adviser: 'Marcus Lee', reviewedDaysAgo: 220,
    birthdays: [{ age: 19, inTouch: 'YES', activity: 'F4', accommodation: 'U1' }],
  },
];

export function seedCareLeavers(ctx: StoryContext, worker: string): BuiltChild[] {
  const seed: CouncilSeed = { ...ctx.seed, rng: new SeededRandom(18_2026) };
  const today = seed.today;
  return LEAVERS.map((l) => {
    const dateOfBirth = addYears(addDays(today, -l.eighteenDaysAgo), -18);
    const left = addMonths(addYears(dateOfBirth, 18), -l.leftMonthsBefore18);
    const lookedAfter = addYears(dateOfBirth, 12);
    const finalHearing = addDays(lookedAfter, 180);
    const child = addChild(seed, {
      localId: ctx.nextLocalId(),
      firstName: l.first,
      lastName: l.last,
      gender: l.gender,
      dateOfBirth,
      ethnicity: 'White British',
      religion: 'No religion',
      firstLanguage: 'English',
      categoryOfNeed: 'N1',
      teamId: ctx.teamOf(worker),
      socialWorkerId: ctx.user(worker),
      iroId: null,
      dateLookedAfter: lookedAfter,
      dateCeasedLookedAfter: left,
      placements: journey(seed.rng, { lookedAfter, today: left, finalType: 'LONG_TERM_FOSTER', moves: 1 }),
      legal: [
        { status: 'INTERIM_CARE_ORDER', start: lookedAfter, end: finalHearing },
        { status: 'FULL_CARE_ORDER', start: finalHearing, end: left },
      ],
      plans: [],
      advocacyOfferedOn: addDays(lookedAfter, 14),
      school: 'Riverside College',
      homePostcode: pickPostcode(seed.rng, seed.postcodes, 3),
    });
    const agreed = addMonths(addYears(dateOfBirth, 16), 2);
    seed.rows.leavingCare.push({
      id: newId(),
      childId: child.id,
      needsAssessmentOn: addMonths(addYears(dateOfBirth, 16), 1),
      pathwayPlanAgreedOn: agreed,
      pathwayPlanReviewedOn: addDays(today, -l.reviewedDaysAgo) > agreed ? addDays(today, -l.reviewedDaysAgo) : null,
      personalAdviserName: l.adviser,
      personalAdviserPhone: '07700 900777',
      personalAdviserEmail: `${l.adviser.split(' ')[0].toLowerCase()}.pa@riverside.example.org`,
      afterEighteen: l.afterEighteen,
      afterEighteenDetails: l.details,
      planInMyWords: l.words,
    });
    for (const b of l.birthdays) {
      if (addYears(dateOfBirth, b.age) <= today) seed.rows.careLeaverBirthdays.push({ id: newId(), childId: child.id, ...b });
    }
    return child;
  });
}


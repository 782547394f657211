import type { Gender } from '@forever-planning/shared';
import { addMonths } from '../rules/iso-date';
import { addChild, type BuiltChild, type CouncilSeed } from './child-builder';
import { addDays } from './dates';
import { placementStep } from './journeys';
import { pickPostcode } from './postcodes';
import { SeededRandom } from './random';
import type { StoryContext } from './story';

interface Adopted {
  first: string;
  last: string;
  gender: Gender;
  /** Days since the adoption order. */
  adoptedDaysAgo: number;
  /** Adopted by the foster carers the child lived with (placement A5, FOSTER_CARE 1), or by new adopters (A6). */
  byFosterCarers: boolean;
}

/**
 * Two children adopted from care, so the return's AD1 and placed-for-adoption
 * tables have rows: one adopted by their foster carers in 2024/25, one by
 * new adopters in 2025/26 (today being in 2026/27). Each had an interim care
 * order, then a placement order; the agency decision to place for adoption,
 * the match in family finding (adopters placed, see child-builder) and the
 * adoption order ending care follow from it. Drawn from their own random
 * numbers, so no other seeded value moves.
 */
export const ADOPTED: readonly Adopted[] = [
  { first: 'Poppy', last: 'Lawson', gender: 'FEMALE', adoptedDaysAgo: 640, byFosterCarers: true },
  { first: 'Theo', last: 'Marsh', gender: 'MALE', adoptedDaysAgo: 300, byFosterCarers: false },
];

export function seedAdoptions(ctx: StoryContext, worker: string): BuiltChild[] {
  const seed: CouncilSeed = { ...ctx.seed, rng: new SeededRandom(11_2026) };
  return ADOPTED.map((a) => {
    const adopted = addDays(seed.today, -a.adoptedDaysAgo);
    const lookedAfter = addMonths(adopted, -26);
    const dateOfBirth = addMonths(lookedAfter, -7);
    const placementOrder = addDays(lookedAfter, 200);
    const placed = addMonths(adopted, -5);
    const foster = placementStep(seed.rng, 'FOSTER_CARE', lookedAfter);
    const adoptive = placementStep(seed.rng, 'ADOPTIVE_PLACEMENT', placed, a.byFosterCarers ? { carerName: foster.carerName, postcode: foster.postcode, inArea: foster.inArea } : {});
    return addChild(seed, {
      localId: ctx.nextLocalId(),
      firstName: a.first,
      lastName: a.last,
      gender: a.gender,
      dateOfBirth,
      ethnicity: 'White British',
      religion: 'No religion',
      firstLanguage: 'English',
      categoryOfNeed: 'N1',
      teamId: ctx.teamOf(worker),
      socialWorkerId: ctx.user(worker),
      iroId: null,
      dateLookedAfter: lookedAfter,
      dateCeasedLookedAfter: adopted,
      placements: [foster, adoptive],
      legal: [
        { status: 'INTERIM_CARE_ORDER', start: lookedAfter, end: placementOrder },
        { status: 'PLACEMENT_ORDER', start: placementOrder, end: adopted },
        { status: 'ADOPTION_ORDER', start: adopted },
      ],
      plans: [],
      advocacyOfferedOn: addDays(lookedAfter, 14),
      homePostcode: pickPostcode(seed.rng, seed.postcodes, 3),
    });
  });
}

import fc from 'fast-check';
import type { ChildFacts, MeetingFact, PlanFact } from './child-facts';
import { emptyChildFacts } from './child-facts';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date';

/** Test data only. */
export function review(heldOn: IsoDate | null, type: MeetingFact['type'] = 'SUBSEQUENT_REVIEW', signed: IsoDate | null = heldOn): MeetingFact {
  return { type, dueDate: null, heldOn, signedOffAt: signed, sharedWithChildAt: signed };
}

export function meeting(type: MeetingFact['type'], heldOn: IsoDate | null, dueDate: IsoDate | null = null): MeetingFact {
  return { type, dueDate, heldOn, signedOffAt: null, sharedWithChildAt: null };
}

export function plan(overrides: Partial<PlanFact> = {}): PlanFact {
  return {
    planNumber: 1,
    status: 'ENDORSED',
    primaryOption: 'ADOPTION',
    contingencyOptions: ['KINSHIP_CARE'],
    approvedAt: '2024-04-10',
    endorsedAt: '2024-04-25',
    achievedAt: null,
    lastReviewedOn: '2024-06-20',
    ...overrides,
  };
}

/**
 * A well-run case seen on 2024-07-10: aged 9, looked after Friday 5 January
 * 2024, reviews on time and signed off, plan endorsed at the second review,
 * proceedings finished in time. It raises no alert.
 */
export const TODAY = '2024-07-10';

export function wellRunChild(overrides: Partial<ChildFacts> = {}): ChildFacts {
  return {
    ...emptyChildFacts('child-1', '2015-06-10', '2024-01-05'),
    legalStatuses: [
      { status: 'INTERIM_CARE_ORDER', startDate: '2024-01-05', endDate: '2024-06-28' },
      { status: 'FULL_CARE_ORDER', startDate: '2024-06-28', endDate: null },
    ],
    placements: [{ type: 'FOSTER_CARE', startDate: '2024-01-05', endDate: null, carerName: 'Sam Carer', inArea: true, weeklyCost: 350 }],
    meetings: [review('2024-01-31', 'FIRST_REVIEW'), review('2024-04-25', 'SECOND_REVIEW'), meeting('FAMILY_GROUP_CONFERENCE', '2024-01-20')],
    plans: [plan()],
    advocacyOfferedOn: '2024-01-20',
    iroAllocatedOn: '2024-01-08',
    courtProceedingsStartedOn: '2024-01-05',
    courtProceedingsEndedOn: '2024-06-28',
    ...overrides,
  };
}

export const dayIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

/** A looked-after child with random dates: reviews, a plan, section 20, proceedings. */
export const arbitraryChild = fc
  .record({
    lookedAfter: dayIn('2015-01-01', '2029-01-01'),
    reviewGaps: fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }),
    planGap: fc.option(fc.integer({ min: 0, max: 400 })),
    courtGap: fc.option(fc.integer({ min: 0, max: 300 })),
    section20: fc.boolean(),
  })
  .map(({ lookedAfter, reviewGaps, planGap, courtGap, section20 }): ChildFacts => {
    let day = toDayNumber(lookedAfter);
    const meetings = reviewGaps.map((gap) => review(fromDayNumber((day += gap))));
    const start = toDayNumber(lookedAfter);
    return wellRunChild({
      dateLookedAfter: lookedAfter,
      meetings,
      legalStatuses: section20 ? [{ status: 'SECTION_20', startDate: lookedAfter, endDate: null }] : [],
      placements: [{ type: 'FOSTER_CARE', startDate: lookedAfter, endDate: null, carerName: 'A', inArea: true }],
      plans: planGap === null ? [] : [plan({ approvedAt: fromDayNumber(start + planGap), endorsedAt: fromDayNumber(start + planGap), lastReviewedOn: null })],
      courtProceedingsStartedOn: courtGap === null ? null : fromDayNumber(start + courtGap),
      courtProceedingsEndedOn: null,
      iroDisputes: [{ raisedOn: lookedAfter, resolvedOn: null }],
    });
  });


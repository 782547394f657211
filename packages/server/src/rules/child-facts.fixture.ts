import type { ChildFacts, MeetingFact, PlanFact } from './child-facts';
import { emptyChildFacts } from './child-facts';
import type { IsoDate } from './iso-date';

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

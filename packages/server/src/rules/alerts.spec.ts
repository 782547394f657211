import fc from 'fast-check';
import { ALERT_CODES, alertsForChild, driftList, type AlertCode } from './alerts';
import type { ChildFacts, CourtCaseFact } from './child-facts';
import { arbitraryChild, dayIn, meeting, plan, review, TODAY, wellRunChild } from './child-facts.fixture';
import { addDays } from './iso-date';
import { NATIONAL_DEFAULT_PROFILE, NEWHAM_PROFILE, type PolicyProfile } from './policy-profile';
import { RULE_SOURCES } from './sources';

const national = NATIONAL_DEFAULT_PROFILE;
const codes = (child: ChildFacts, today = TODAY, profile: PolicyProfile = national): AlertCode[] =>
  alertsForChild(child, profile, today).map((a) => a.code);

const apartFrom = (hasAssessment: boolean, hasKeepingInTouchPlan: boolean) => ({
  siblings: [{ siblingFirstName: 'Mia', livingTogether: false, hasAssessment, hasKeepingInTouchPlan }],
});
const movesIn12Months = (count: number) => ({
  dateLookedAfter: '2023-06-01',
  placements: ['2023-06-01', '2023-09-01', '2023-11-01', '2024-01-10', '2024-03-01', '2024-05-01']
    .slice(0, count + 1)
    .map((startDate) => ({ type: 'FOSTER_CARE' as const, startDate, endDate: null, carerName: startDate, inArea: true })),
  meetings: [review('2023-06-20'), review('2023-09-15'), review('2024-03-01')],
});

describe('a well-run case', () => {
  it('raises no alert', () => {
    expect(alertsForChild(wellRunChild(), national, TODAY)).toEqual([]);
  });
});

const courtCase = (c: Partial<CourtCaseFact>): Partial<ChildFacts> => ({ courtCases: [{ issuedOn: '2024-05-01', concludedOn: null, hearings: [], directions: [], ...c }] });

type Case = [AlertCode, Partial<ChildFacts>, Partial<ChildFacts>, string?, PolicyProfile?];

// One row per alert: facts that trigger it, and nearby facts that do not.
const cases: Case[] = [
  ['CHILD_FEELS_UNSAFE', { unsafeReports: [{ createdAt: '2024-07-09', acknowledgedAt: null }] }, { unsafeReports: [{ createdAt: '2024-07-09', acknowledgedAt: '2024-07-09' }] }],
  ['REVIEW_OVERDUE', { meetings: [review('2024-01-31')] }, {}],
  ['REVIEW_DUE_SOON', {}, {}, '2024-10-14'],
  ['NO_PLAN_BY_SECOND_REVIEW', { plans: [] }, { plans: [], dateOfBirth: '2008-01-01' }],
  ['PLAN_REVIEW_OVERDUE', { plans: [plan({ lastReviewedOn: '2024-04-01' })] }, { plans: [plan({ lastReviewedOn: '2024-04-20' })] }],
  ['NO_CONTINGENCY', { plans: [plan({ contingencyOptions: [] })] }, {}],
  ['PERMANENCE_PANEL_CRITERIA_MET', { jointFunding: true }, { jointFunding: true, meetings: [...wellRunChild().meetings, meeting('PERMANENCE_PANEL', '2024-06-01')] }],
  ['GATEWAY_CRITERIA_MET', { lookedAfterInEmergency: true }, { lookedAfterInEmergency: true, meetings: [...wellRunChild().meetings, meeting('GATEWAY_PANEL', '2024-01-10')] }],
  ['PERMANENCE_PANEL_OVERDUE', {}, { meetings: [...wellRunChild().meetings, meeting('PERMANENCE_PANEL', '2024-01-12')] }, TODAY, NEWHAM_PROFILE],
  ['PLANNING_MEETING_OVERDUE', {}, { meetings: [...wellRunChild().meetings, meeting('PERMANENCE_PLANNING_MEETING', '2024-07-01')] }, TODAY, NEWHAM_PROFILE],
  ['SECTION_20_DRIFT', { legalStatuses: [{ status: 'SECTION_20', startDate: '2022-07-09', endDate: null }] }, { legalStatuses: [{ status: 'SECTION_20', startDate: '2022-07-10', endDate: null }] }],
  ['PLACEMENT_INSTABILITY', movesIn12Months(4), movesIn12Months(3)],
  ['PLACED_WITH_PARENTS_NO_DISCHARGE_PLAN', { placements: [{ type: 'PARENTS', startDate: '2023-06-01', endDate: null, carerName: 'Mum', inArea: true }] }, { placements: [{ type: 'PARENTS', startDate: '2023-06-01', endDate: null, carerName: 'Mum', inArea: true }], dischargePlanAgreedOn: '2024-05-01' }],
  ['COURT_TIMESCALE_EXCEEDED', { courtProceedingsEndedOn: null }, { courtProceedingsEndedOn: null, courtProceedingsStartedOn: '2024-01-10' }],
  // Issued 1 May 2024: the 26 weeks end on 29 October 2024 (Children Act 1989 s.32(1)(a)).
  ['FINAL_HEARING_BEYOND_TIMESCALE', courtCase({ hearings: [{ kind: 'FINAL', date: '2024-10-30' }] }), courtCase({ hearings: [{ kind: 'FINAL', date: '2024-10-29' }] })],
  ['COURT_DIRECTION_MISSED', courtCase({ directions: [{ description: 'File the final care plan', dueOn: '2024-07-09', doneOn: null }] }), courtCase({ directions: [{ description: 'File the final care plan', dueOn: '2024-07-09', doneOn: '2024-07-09' }] })],
  // Referred 1 April 2024: the search is reviewed by 24 June 2024 (Dorset 5); a status change since moves it on.
  ['FAMILY_FINDING_OVERDUE',
    { familyFindingReferrals: [{ team: 'FAMILY_FINDING', referredOn: '2024-04-01', status: 'SEARCHING', statusOn: '2024-04-01' }] },
    { familyFindingReferrals: [{ team: 'FAMILY_FINDING', referredOn: '2024-04-01', status: 'SEARCHING', statusOn: '2024-06-25' }] }],
  ['IRO_NOT_ALLOCATED', { iroAllocatedOn: null }, {}],
  ['IRO_DISPUTE_UNRESOLVED', { iroDisputes: [{ raisedOn: '2024-05-01', resolvedOn: null }] }, { iroDisputes: [{ raisedOn: '2024-05-01', resolvedOn: '2024-05-20' }] }],
  ['REVIEW_RECORD_NOT_SIGNED_OFF', { meetings: [review('2024-01-31'), { ...review('2024-04-25'), signedOffAt: null }] }, {}],
  ['REVIEW_RECORD_NOT_SHARED', { meetings: [review('2024-01-31'), { ...review('2024-04-25'), sharedWithChildAt: null }] }, {}],
  ['SIBLINGS_APART_NO_ASSESSMENT', apartFrom(false, true), apartFrom(true, true)],
  ['SIBLINGS_APART_NO_KEEPING_IN_TOUCH_PLAN', apartFrom(true, false), apartFrom(true, true)],
  ['VIEW_NOT_REPLIED', { views: [{ sentAt: '2024-06-20', repliedAt: null }] }, { views: [{ sentAt: '2024-06-27', repliedAt: null }] }],
  ['ADVOCACY_NOT_OFFERED', { advocacyOfferedOn: null }, { advocacyOfferedOn: null, dateOfBirth: '2017-07-11' }],
  // 16 on 10 January 2024: the first pathway plan was due by 10 April (Bolton 3.2).
  ['PATHWAY_PLAN_OVERDUE', { dateOfBirth: '2008-01-10' }, { dateOfBirth: '2008-01-10', pathwayPlanAgreedOn: '2024-03-01' }],
];

describe('each alert', () => {
  it('has a row in the table', () => {
    expect(cases.map(([code]) => code).sort()).toEqual([...ALERT_CODES].sort());
  });

  it.each(cases)('%s: raised by the trigger, not by the near miss', (code, trigger, nearMiss, today = TODAY, profile = national) => {
    expect(codes(wellRunChild(trigger), today, profile)).toContain(code);
    expect(codes(wellRunChild(nearMiss), today === TODAY ? TODAY : '2024-10-10', profile)).not.toContain(code);
  });
});

describe('court alerts', () => {
  it('name the week the late final hearing is listed in and each missed direction', () => {
    const child = wellRunChild({
      ...courtCase({
        hearings: [{ kind: 'FINAL', date: '2024-11-20' }],
        directions: [
          { description: 'Parenting assessment filed', dueOn: '2024-06-28', doneOn: null },
          { description: 'Final care plan filed', dueOn: '2024-07-05', doneOn: null },
          { description: 'Sibling assessment filed', dueOn: '2024-07-20', doneOn: null },
        ],
      }),
    });
    const alerts = alertsForChild(child, national, TODAY);
    const late = alerts.find((a) => a.code === 'FINAL_HEARING_BEYOND_TIMESCALE')!;
    expect(late.detail).toBe('Proceedings issued 1 May 2024 should end by 29 October 2024; the final hearing is listed for 20 November 2024 (week 30).');
    expect(late.source).toBe(RULE_SOURCES.courtTwentySixWeeks);
    const missed = alerts.find((a) => a.code === 'COURT_DIRECTION_MISSED')!;
    expect(missed.evidence).toEqual(['Parenting assessment filed: due 28 June 2024', 'Final care plan filed: due 5 July 2024']);
    expect(missed.dueDate).toBe('2024-06-28');
  });

  it('end when the proceedings conclude', () => {
    const child = wellRunChild(courtCase({ concludedOn: '2024-07-01', hearings: [{ kind: 'FINAL', date: '2024-11-20' }], directions: [{ description: 'x', dueOn: '2024-06-01', doneOn: null }] }));
    expect(codes(child)).toEqual([]);
  });
});

describe('alert detail', () => {
  it('dates an overdue review and cites its source', () => {
    const [alert] = alertsForChild(wellRunChild({ meetings: [review('2024-01-31')] }), national, TODAY);
    expect(alert).toMatchObject({ code: 'REVIEW_OVERDUE', urgency: 'HIGH', dueDate: '2024-04-30', daysOverdue: 71, source: RULE_SOURCES.secondReview });
  });

  it('lists each panel criterion with its evidence', () => {
    const child = wellRunChild({
      ...movesIn12Months(4),
      placements: [...movesIn12Months(4).placements.slice(0, 4), { type: 'RESIDENTIAL', startDate: '2024-05-01', endDate: null, carerName: 'Oak House', inArea: false }],
      courtProceedingsEndedOn: null,
      difficultySecuringPlan: true,
      jointFunding: true,
      returningForReview: true,
    });
    const alert = alertsForChild(child, national, TODAY).find((a) => a.code === 'PERMANENCE_PANEL_CRITERIA_MET');
    expect(alert?.criteria?.map((c) => c.criterion)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(alert?.criteria?.[1].evidence).toBe('4 moves since 10 July 2023: 1 September 2023, 1 November 2023, 10 January 2024 and 1 May 2024');
    expect(alert?.detail).toMatch(/^Meets panel criteria a \(court proceedings past the 26-week timescale\); b \(more than three moves in 12 months\);.* and f \(returning to the panel for review\)\.$/);
    expect(alert?.criteria?.[3].evidence).toContain('Oak House');
  });

  it('names the reviewing officer as the council does', () => {
    const dorset = { ...national, reviewingOfficerTitle: 'QARO' };
    expect(alertsForChild(wellRunChild({ iroAllocatedOn: null }), dorset, TODAY)[0].title).toBe('No QARO allocated');
  });

  it('puts a child who feels unsafe first in the drift list, then the longest overdue', () => {
    const a = wellRunChild({ id: 'a', iroAllocatedOn: null }); // HIGH, overdue since 2024-01-12
    const b = wellRunChild({ id: 'b', meetings: [review('2024-01-31')] }); // HIGH, since 2024-04-30
    const c = wellRunChild({ id: 'c', unsafeReports: [{ createdAt: '2024-07-10', acknowledgedAt: null }] });
    const d = wellRunChild({ id: 'd', plans: [plan({ contingencyOptions: [] })] }); // MEDIUM, undated
    expect(driftList([d, b, a, c], national, TODAY).map((x) => [x.childId, x.code, x.daysOverdue])).toEqual([
      ['c', 'CHILD_FEELS_UNSAFE', 0],
      ['a', 'IRO_NOT_ALLOCATED', 180],
      ['b', 'REVIEW_OVERDUE', 71],
      ['d', 'NO_CONTINGENCY', null],
    ]);
  });
});

/*
 * "Adding a later review never makes an earlier alert disappear wrongly":
 * 1. a review recorded as held after `today` changes nothing as of today;
 * 2. a review held on or before `today` may end only the review-timing alerts
 *    (REVIEW_OVERDUE, REVIEW_DUE_SOON); every other alert stays, with the same
 *    due date, except that a missing plan is due when the second review is
 *    due (one computation with the review schedule), so a late first review
 *    moves that date with the second review: the alert itself stays.
 */
describe('adding a review', () => {
  const withReview = (child: ChildFacts, heldOn: string): ChildFacts => ({ ...child, meetings: [...child.meetings, review(heldOn, 'SUBSEQUENT_REVIEW', null)] });
  const key = (child: ChildFacts, today: string) =>
    alertsForChild(child, national, today).map((a) => (a.code === 'NO_PLAN_BY_SECOND_REVIEW' ? a.code : `${a.code}@${a.dueDate}`));
  const timing = /^REVIEW_(OVERDUE|DUE_SOON)@/;

  it('held after today changes nothing today', () => {
    fc.assert(
      fc.property(arbitraryChild, dayIn('2016-01-01', '2030-01-01'), fc.integer({ min: 1, max: 300 }), (child, today, later) => {
        const after = withReview(child, addDays(today, later));
        expect(alertsForChild(after, national, today)).toEqual(alertsForChild(child, national, today));
      }),
    );
  });

  it('held on or before today ends only review-timing alerts', () => {
    fc.assert(
      fc.property(arbitraryChild, dayIn('2016-01-01', '2030-01-01'), fc.integer({ min: 0, max: 300 }), (child, today, earlier) => {
        const before = key(child, today).filter((k) => !timing.test(k));
        const after = key(withReview(child, addDays(today, -earlier)), today);
        for (const alert of before) expect(after).toContain(alert);
      }),
    );
  });
});

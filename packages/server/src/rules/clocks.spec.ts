import fc from 'fast-check';
import { arbitraryChild, plan, review, meeting, wellRunChild } from './child-facts.fixture';
import {
  clocksForChild,
  courtDeadline,
  iroAllocationDeadline,
  iroDisputeDeadlines,
  nextReviewDue,
  permanencePanelDeadline,
  placedWithParentsDeadline,
  placementMoves,
  planDeadline,
  planningMeetingDeadline,
  planReviewDeadline,
  reviewRecordDeadlines,
  reviewSchedule,
  section20DriftDeadline,
} from './clocks';
import { isWeekend } from './iso-date';
import { BANK_HOLIDAY_DATES } from './bank-holidays';
import { defineProfile, NATIONAL_DEFAULT_PROFILE, NEWHAM_PROFILE } from './policy-profile';

const national = NATIONAL_DEFAULT_PROFILE;

describe('review clocks', () => {
  it.each([
    ['entering care on a Friday', '2024-01-05', '2024-02-02'],
    ['entering care on a bank holiday', '2024-05-06', '2024-06-04'],
    ['entering care before Christmas', '2024-12-20', '2025-01-22'],
    ['entering care before Easter (clocks go forward on Easter Sunday)', '2024-03-28', '2024-04-29'],
    ['entering care the day before the clocks go back', '2024-10-26', '2024-11-22'],
  ])('first review: %s (%s) is due %s', (_case, lookedAfter, due) => {
    const child = wellRunChild({ dateLookedAfter: lookedAfter, meetings: [] });
    expect(reviewSchedule(child, national)[0]).toMatchObject({ rule: 'firstReview', startedOn: lookedAfter, dueDate: due, metOn: null });
  });

  it.each([
    ['first held on 31 January: + 3 months clamps to 30 April', ['2023-01-31'], '2023-01-05', '2023-04-30'],
    ['first held on a leap day', ['2024-02-29'], '2024-02-01', '2024-05-29'],
    ['later review: 31 August + 6 months is the leap day', ['2023-07-20', '2023-08-31'], '2023-06-30', '2024-02-29'],
    ['later review: 30 August 2022 + 6 months is 28 February', ['2022-05-20', '2022-08-30'], '2022-04-29', '2023-02-28'],
  ])('next review: %s', (_case, held, lookedAfter, due) => {
    const child = wellRunChild({ dateLookedAfter: lookedAfter, meetings: held.map((d) => review(d)) });
    expect(nextReviewDue(child, national)?.dueDate).toBe(due);
  });

  it('second review: 3 months after the first was due, when it was not held', () => {
    expect(reviewSchedule(wellRunChild({ meetings: [] }), national, 2)[1]).toMatchObject({ rule: 'secondReview', startedOn: '2024-02-02', dueDate: '2024-05-02' });
  });

  it('runs each clock under the profile version in force when it started', () => {
    const tighter = defineProfile({ id: 'national', name: 'v2', council: null, effectiveFrom: '2024-01-20' }, { firstReviewWorkingDays: 15, secondReviewMonths: 2 });
    const versions = [national, tighter];
    // First clock started 5 January under v1 (20 working days) although v2 began mid-clock.
    const unheld = wellRunChild({ meetings: [] });
    expect(reviewSchedule(unheld, versions)[0]).toMatchObject({ dueDate: '2024-02-02', profileEffectiveFrom: '2015-04-01' });
    // Second clock starts 31 January under v2: 2 months clamps to 31 March.
    const held = wellRunChild({ meetings: [review('2024-01-31')] });
    expect(nextReviewDue(held, versions)).toMatchObject({ dueDate: '2024-03-31', profileEffectiveFrom: '2024-01-20' });
    // A child looked after after the change gets 15 working days.
    expect(reviewSchedule(wellRunChild({ dateLookedAfter: '2024-02-01', meetings: [] }), versions)[0].dueDate).toBe('2024-02-22');
  });

  it('stops when the child is no longer looked after', () => {
    expect(nextReviewDue(wellRunChild({ dateCeasedLookedAfter: '2024-05-01' }), national)).toBeNull();
    expect(nextReviewDue(wellRunChild({ dateLookedAfter: null }), national)).toBeNull();
  });
});

describe('other clocks', () => {
  it.each([
    ['plan by second review, first held early', wellRunChild(), '2024-04-30', '2024-04-25'],
    ['plan by second review, first held late: the second review is due 3 months after it', wellRunChild({ meetings: [review('2024-02-20')] }), '2024-05-20', '2024-04-25'],
    ['no plan endorsed', wellRunChild({ plans: [] }), '2024-04-30', null],
  ])('%s', (_case, child, due, met) => {
    expect(planDeadline(child, national)).toMatchObject({ dueDate: due, metOn: met });
  });

  it('the plan is due the day the second review is due, however the first review went', () => {
    for (const meetings of [[], [review('2024-02-20')], [review('2024-01-25')]]) {
      const child = wellRunChild({ meetings });
      expect(planDeadline(child, national)?.dueDate).toBe(reviewSchedule(child, national, 2)[1].dueDate);
    }
  });

  it('plan review every 12 weeks, yearly once long-term fostering is confirmed', () => {
    expect(planReviewDeadline(wellRunChild(), national)?.dueDate).toBe('2024-09-12');
    expect(planReviewDeadline(wellRunChild({ plans: [plan({ lastReviewedOn: null })] }), national)?.dueDate).toBe('2024-07-18');
    const ltf = wellRunChild({
      plans: [plan({ primaryOption: 'LONG_TERM_FOSTERING' })],
      placements: [{ type: 'LONG_TERM_FOSTER', startDate: '2024-05-01', endDate: null, carerName: 'Sam Carer', inArea: true }],
    });
    expect(planReviewDeadline(ltf, national)).toMatchObject({ rule: 'planReviewLongTermFostering', dueDate: '2025-06-19' });
    expect(planReviewDeadline(wellRunChild({ plans: [plan({ status: 'ACHIEVED', achievedAt: '2024-06-01' })] }), national)).toBeNull();
  });

  it.each([
    ['IRO allocation: 5 working days from Friday 5 January', () => iroAllocationDeadline(wellRunChild(), national), '2024-01-12'],
    ['court: 26 weeks', () => courtDeadline(wellRunChild(), national), '2024-07-05'],
    ['section 20 from a leap day + 2 years', () => section20DriftDeadline(wellRunChild({ legalStatuses: [{ status: 'SECTION_20', startDate: '2020-02-29', endDate: null }] }), national), '2022-02-28'],
    [
      'section 20: back-to-back episodes are one run',
      () =>
        section20DriftDeadline(
          wellRunChild({ legalStatuses: [{ status: 'SECTION_20', startDate: '2021-03-01', endDate: '2022-01-09' }, { status: 'SECTION_20', startDate: '2022-01-10', endDate: null }] }),
          national,
        ),
      '2023-03-01',
    ],
    ['placed with parents: 31 January + 12 months', () => placedWithParentsDeadline(wellRunChild({ placements: [{ type: 'PARENTS', startDate: '2023-01-31', endDate: null, carerName: 'Mum', inArea: true }] }), national), '2024-01-31'],
    ['Newham panel: 10 days', () => permanencePanelDeadline(wellRunChild(), NEWHAM_PROFILE), '2024-01-15'],
    ['Newham planning meeting: within a month', () => planningMeetingDeadline(wellRunChild(), NEWHAM_PROFILE), '2024-02-05'],
    ['Newham planning meeting: then monthly (31 January + 1 month)', () => planningMeetingDeadline(wellRunChild({ meetings: [meeting('PERMANENCE_PLANNING_MEETING', '2024-01-31')] }), NEWHAM_PROFILE), '2024-02-29'],
    ['review record: 5 working days over Easter 2024', () => reviewRecordDeadlines(wellRunChild({ meetings: [review('2024-03-27')] }), national, 'SIGN_OFF')[0], '2024-04-05'],
    ['IRO dispute: 20 working days over the 2023 coronation', () => iroDisputeDeadlines(wellRunChild({ iroDisputes: [{ raisedOn: '2023-05-01', resolvedOn: null }] }), national).at(-1), '2023-05-31'],
    ['IRO dispute, informal stage: 5 working days over the coronation', () => iroDisputeDeadlines(wellRunChild({ iroDisputes: [{ raisedOn: '2023-05-01', resolvedOn: null }] }), national)[0], '2023-05-09'],
    [
      'IRO dispute, team manager stage: 5 working days from the day it was escalated',
      () =>
        iroDisputeDeadlines(
          wellRunChild({
            iroDisputes: [{ raisedOn: '2023-05-01', resolvedOn: null, stages: [{ stage: 'INFORMAL', startedOn: '2023-05-01', closedOn: '2023-05-09' }, { stage: 'TEAM_MANAGER', startedOn: '2023-05-09', closedOn: null }] }],
          }),
          national,
        )[1],
      '2023-05-16',
    ],
  ])('%s is due %s', (_case, clock, due) => {
    expect(clock()?.dueDate).toBe(due);
  });

  it('has no local Newham clocks under the national default', () => {
    expect(permanencePanelDeadline(wellRunChild(), national)).toBeNull();
    expect(planningMeetingDeadline(wellRunChild(), national)).toBeNull();
  });

  it.each([
    [3, false],
    [4, true],
  ])('%i moves in 12 months exceeded: %s', (count, exceeded) => {
    const starts = ['2023-09-01', '2023-11-01', '2024-01-10', '2024-03-01', '2024-05-01'].slice(5 - count);
    const child = wellRunChild({
      dateLookedAfter: '2023-06-01',
      placements: [{ type: 'FOSTER_CARE', startDate: '2023-06-01', endDate: null, carerName: 'A', inArea: true }, ...starts.map((startDate) => ({ type: 'FOSTER_CARE' as const, startDate, endDate: null, carerName: startDate, inArea: true }))],
    });
    const moves = placementMoves(child, national, '2024-07-10');
    expect(moves.moves).toHaveLength(count);
    expect(moves.exceeded).toBe(exceeded);
  });
});

describe('clock invariants', () => {
  it('a due date never falls before its start; working-day clocks never end on a weekend or bank holiday', () => {
    fc.assert(
      fc.property(arbitraryChild, (child) => {
        for (const clock of clocksForChild(child, national, '2031-01-01')) {
          expect(clock.dueDate >= clock.startedOn).toBe(true);
          if (['firstReview', 'iroAllocation', 'reviewSignOff', 'iroDispute'].includes(clock.rule)) {
            expect(isWeekend(clock.dueDate) || BANK_HOLIDAY_DATES.has(clock.dueDate)).toBe(false);
          }
        }
      }),
    );
  });
});


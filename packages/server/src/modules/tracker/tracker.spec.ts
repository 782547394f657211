import { plan, review, wellRunChild } from '../../rules/child-facts.fixture';
import { alertsForChild, defineProfile, NATIONAL_DEFAULT_PROFILE, placementMoves, reviewSchedule } from '../../rules';
import { projectedCostTo18, trackerFigures, weeksUntil18 } from './tracker-row';
import { filterLines, groupLines, sortLines, trackerCharts, type TrackerLine } from './tracker-query';
import { annualIndicators, periodProblem, quarterlyCounts } from './reports';
import type { ChildFacts, PolicyProfile } from '../../rules';

const policy: PolicyProfile = NATIONAL_DEFAULT_PROFILE;

/** Foster care at £350 a week from Friday 5 January 2024, then residential at £4,200 from Wednesday 10 January. */
const movedMidWeek = (fields: Partial<ChildFacts> = {}): ChildFacts =>
  wellRunChild({
    dateLookedAfter: '2024-01-05',
    placements: [
      { type: 'FOSTER_CARE', startDate: '2024-01-05', endDate: '2024-01-10', carerName: 'The Smiths', inArea: true, weeklyCost: 350 },
      { type: 'RESIDENTIAL', startDate: '2024-01-10', endDate: null, carerName: 'Oakfield House', inArea: false, weeklyCost: 4200 },
    ],
    ...fields,
  });

describe('tracker figures', () => {
  it('costs a placement that changed mid-week by the day, and projects to the 18th birthday', () => {
    // 5 days at 350/7 = 250; 9 days at 4200/7 = 5,400. Eighteen on 1 March 2024: 42 days = 6 weeks × 4,200 = 25,200.
    const row = trackerFigures(movedMidWeek({ dateOfBirth: '2006-03-01' }), policy, '2024-01-19', []);
    expect(row).toMatchObject({ daysInCare: 14, weeklyCost: 4200, costToDate: 5650, projectedCostTo18: 30850, placementType: 'RESIDENTIAL', inArea: false });
    expect(weeksUntil18('2006-03-01', '2024-01-19')).toBe(6);
  });

  it('projects nothing more for a young person who has turned 18', () => {
    const row = trackerFigures(movedMidWeek({ dateOfBirth: '2006-01-01' }), policy, '2024-01-19', []);
    expect(row.costToDate).toBe(5650);
    expect(row.projectedCostTo18).toBe(5650);
    expect(projectedCostTo18(100, 50, '2000-01-01', '2024-01-19')).toBe(100);
  });

  it('counts outcomes completed and overdue on the latest plan, and the permanence dates', () => {
    const facts = movedMidWeek({ dateOfBirth: '2012-01-01', plans: [plan({ status: 'ACHIEVED', achievedAt: '2024-01-15' })] });
    const row = trackerFigures(facts, policy, '2024-01-19', [
      { dueDate: '2024-01-10', completed: true },
      { dueDate: '2024-01-12', completed: false },
      { dueDate: '2024-02-12', completed: false },
    ]);
    expect(row).toMatchObject({ outcomesCompleted: 1, outcomesTotal: 3, outcomesOverdue: 1, planStatus: 'ACHIEVED', permanenceAchievedOn: '2024-01-15' });
    expect(row.permanenceDueOn).toMatch(/^2024-0[45]-/);
  });

  it("gives the permanence due date as the second review's due date, even when the first review was late", () => {
    const late = movedMidWeek({ meetings: [review('2024-02-20', 'FIRST_REVIEW')] });
    const row = trackerFigures(late, policy, '2024-03-01', []);
    expect(row.permanenceDueOn).toBe(reviewSchedule(late, policy, 2)[1].dueDate);
    expect(row.permanenceDueOn).toBe('2024-05-20');
  });
});

describe('placement moves: one count for the tracker and the alerts', () => {
  const placement = (startDate: string, endDate: string | null) => ({ type: 'FOSTER_CARE' as const, startDate, endDate, carerName: startDate, inArea: true, weeklyCost: 0 });
  // Back into care on 1 March 2025 after an earlier period: the placements of that period are not moves.
  const child = wellRunChild({
    dateLookedAfter: '2025-03-01',
    placements: [
      placement('2024-06-01', '2024-09-01'),
      placement('2024-09-01', '2025-01-01'),
      placement('2025-03-01', '2025-04-01'),
      placement('2025-04-01', '2025-06-01'),
      placement('2025-06-01', '2025-09-15'),
      placement('2025-09-15', null),
    ],
  });
  const today = '2025-11-24';

  it('counts only this period of care, in the 12 months by default', () => {
    const row = trackerFigures(child, policy, today, []);
    expect(row.movesInLast12Months).toBe(3);
    expect(row.movesInLast12Months).toBe(placementMoves(child, policy, today).moves.length);
  });

  it("follows the council's window, and the tracker and the panel criterion agree", () => {
    const sixMonths = defineProfile({ id: 'six', name: 'Six-month window', council: null, effectiveFrom: '2000-01-01' }, { placementMovesWindowMonths: 6, placementMovesThreshold: 1 });
    const row = trackerFigures(child, sixMonths, today, []);
    expect(row.movesInLast12Months).toBe(2);
    const alert = alertsForChild(child, sixMonths, today).find((a) => a.code === 'PLACEMENT_INSTABILITY');
    expect(alert?.title).toBe('More than 1 move in 6 months');
    expect(alert?.evidence).toHaveLength(row.movesInLast12Months);
  });
});

const line = (fields: Partial<TrackerLine>): TrackerLine => ({
  childId: 'x', name: 'X', localId: 'L', teamId: 't1', teamName: 'North', planOption: null, planStatus: null, daysInCare: 1,
  permanenceDueOn: null, permanenceAchievedOn: null, outcomesCompleted: 0, outcomesTotal: 0, outcomesOverdue: 0,
  placementType: 'FOSTER_CARE', inArea: true, weeklyCost: 100, costToDate: 1000, projectedCostTo18: 5000, alertCodes: [],
  daysToPermanence: null, movesInLast12Months: 0,
  courtStage: null, courtWeek: null, courtWeeksAllowed: null, familyFindingTeam: null, familyFindingStatus: null, familyFindingOverdue: false,
  ...fields,
});

describe('time to permanence', () => {
  it('counts days from entering care to permanence achieved, or to today while waiting', () => {
    // In care from 5 January 2024; achieved 15 January: 10 days. Still waiting on 19 January: 14 days.
    const achieved = trackerFigures(movedMidWeek({ plans: [plan({ status: 'ACHIEVED', achievedAt: '2024-01-15' })] }), policy, '2024-01-19', []);
    expect(achieved).toMatchObject({ permanenceAchievedOn: '2024-01-15', daysToPermanence: 10 });
    const waiting = trackerFigures(movedMidWeek(), policy, '2024-01-19', []);
    expect(waiting).toMatchObject({ permanenceAchievedOn: null, daysToPermanence: 14 });
  });

  it('does not count a plan achieved before this period of care began, nor one dated after today', () => {
    const before = trackerFigures(movedMidWeek({ plans: [plan({ status: 'ACHIEVED', achievedAt: '2023-06-01' })] }), policy, '2024-01-19', []);
    expect(before).toMatchObject({ permanenceAchievedOn: null, daysToPermanence: 14 });
    const later = trackerFigures(movedMidWeek({ plans: [plan({ status: 'ACHIEVED', achievedAt: '2024-02-01' })] }), policy, '2024-01-19', []);
    expect(later).toMatchObject({ permanenceAchievedOn: null, daysToPermanence: 14 });
  });

  it('counts a move mid-week as one placement move in the last 12 months', () => {
    expect(trackerFigures(movedMidWeek(), policy, '2024-01-19', []).movesInLast12Months).toBe(1);
  });

  it('charts every line: days to permanence in bands, achieved or still waiting, and moves', () => {
    const lines = [
      line({ childId: 'a', daysToPermanence: 0, permanenceAchievedOn: '2024-01-01', movesInLast12Months: 0 }),
      line({ childId: 'b', daysToPermanence: 182, movesInLast12Months: 1 }),
      line({ childId: 'c', daysToPermanence: 183, permanenceAchievedOn: '2024-01-01', movesInLast12Months: 2 }),
      line({ childId: 'd', daysToPermanence: 364, movesInLast12Months: 3 }),
      line({ childId: 'e', daysToPermanence: 365, permanenceAchievedOn: '2024-01-01', movesInLast12Months: 5, placementType: 'RESIDENTIAL' }),
      line({ childId: 'f', daysToPermanence: 729, placementType: 'RESIDENTIAL' }),
      line({ childId: 'g', daysToPermanence: 730, placementType: null }),
      line({ childId: 'h', daysToPermanence: 2000, permanenceAchievedOn: '2024-01-01' }),
      line({ childId: 'i', daysToPermanence: null }),
    ];
    const charts = trackerCharts(lines);
    expect(charts.timeToPermanence.map((b) => [b.label, b.fromDays, b.toDays, b.achieved, b.waiting])).toEqual([
      ['Under 6 months', 0, 183, 1, 1],
      ['6 to 12 months', 183, 365, 1, 1],
      ['1 to 2 years', 365, 730, 1, 1],
      ['2 years or more', 730, null, 1, 1],
    ]);
    expect(charts.stability.map((b) => [b.label, b.children])).toEqual([
      ['No moves', 5],
      ['1 move', 1],
      ['2 moves', 1],
      ['3 or more moves', 2],
    ]);
    expect(charts.byPlacementType.map((b) => [b.label, b.children])).toEqual([
      ['Foster care', 6],
      ["Residential children's home", 2],
      ['No placement', 1],
    ]);
  });
});

describe('tracker filter, sort and groups', () => {
  const lines = [
    line({ childId: 'a', name: 'Amira', weeklyCost: 400, alertCodes: ['reviewOverdue'] }),
    line({ childId: 'b', name: 'Ben', teamId: 't2', teamName: 'South', placementType: 'RESIDENTIAL', weeklyCost: 4000, costToDate: 20000.5 }),
    line({ childId: 'c', name: 'Cara', weeklyCost: 300 }),
  ];
  it('filters, sorts and totals groups', () => {
    expect(filterLines(lines, { withAlerts: true }).map((l) => l.childId)).toEqual(['a']);
    expect(filterLines(lines, { placementType: 'RESIDENTIAL' }).map((l) => l.childId)).toEqual(['b']);
    expect(sortLines(lines, 'WEEKLY_COST', true).map((l) => l.childId)).toEqual(['b', 'a', 'c']);
    expect(groupLines(lines, 'TEAM')).toEqual([
      { key: 't1', label: 'North', children: 2, weeklyCost: 700, costToDate: 2000, projectedCostTo18: 10000, alerts: 1 },
      { key: 't2', label: 'South', children: 1, weeklyCost: 4000, costToDate: 20000.5, projectedCostTo18: 5000, alerts: 0 },
    ]);
    expect(groupLines(lines, 'PLACEMENT_TYPE').map((g) => g.label)).toEqual(['Foster care', "Residential children's home"]);
  });
});

describe('reports', () => {
  const q = { from: '2024-01-01', to: '2024-03-31' };
  it('counts children looked after and by placement type at the end of the quarter', () => {
    const home = movedMidWeek({ id: 'home', dateCeasedLookedAfter: '2024-02-01' });
    const counts = quarterlyCounts([movedMidWeek({ id: 'a' }), home], q);
    expect(counts.lookedAfter.map((f) => f.id)).toEqual(['a']);
    expect(counts.started).toBe(2);
    expect(counts.ceased).toBe(1);
    expect(counts.byPlacementType.find((c) => c.placementType === 'RESIDENTIAL')?.children).toBe(1);
  });

  it('finds three or more moves, kin placements and discharged orders', () => {
    const mover = wellRunChild({
      id: 'mover', dateLookedAfter: '2023-06-01',
      placements: ['2023-06-01', '2024-01-10', '2024-02-10', '2024-03-10'].map((startDate, i, all) => ({
        type: i === 3 ? 'CONNECTED_PERSON' : 'FOSTER_CARE', startDate, endDate: all[i + 1] ?? null, carerName: `C${i}`, inArea: true, weeklyCost: 300,
      })),
      legalStatuses: [
        { status: 'FULL_CARE_ORDER', startDate: '2023-06-01', endDate: '2024-03-20' },
        { status: 'SPECIAL_GUARDIANSHIP_ORDER', startDate: '2024-03-20', endDate: null },
      ],
    });
    const byCode = Object.fromEntries(annualIndicators([mover, movedMidWeek({ id: 'other' })], q).map((i) => [i.code, i]));
    expect(byCode.THREE_OR_MORE_MOVES.childIds).toEqual(['mover']);
    expect(byCode.SUPPORTED_AT_HOME_OR_WITH_KIN.childIds).toEqual(['mover']);
    expect(byCode.ORDERS_DISCHARGED_OR_STEPPED_DOWN.childIds).toEqual(['mover']);
    expect(byCode.THREE_OR_MORE_MOVES.outOf).toBe(2);
  });

  it('counts the children who stepped up into care in the period, not those already in care', () => {
    const before = movedMidWeek({ id: 'before', dateLookedAfter: '2023-12-31' });
    const first = movedMidWeek({ id: 'first-day', dateLookedAfter: '2024-01-01' });
    const last = movedMidWeek({ id: 'last-day', dateLookedAfter: '2024-03-31' });
    const after = movedMidWeek({ id: 'after', dateLookedAfter: '2024-04-01' });
    const stepUps = annualIndicators([before, first, last, after], q).find((i) => i.code === 'STEPPED_UP_INTO_CARE');
    expect(stepUps).toMatchObject({ childIds: ['first-day', 'last-day'], count: 2, outOf: 3 });
  });

  it('refuses absurd periods', () => {
    expect(periodProblem({ from: '2024-04-01', to: '2024-03-31' }, '2024-06-01')?.field).toBe('from');
    expect(periodProblem({ from: '1990-01-01', to: '2024-03-31' }, '2024-06-01')?.field).toBe('from');
    expect(periodProblem({ from: '2014-01-01', to: '2024-03-31' }, '2024-06-01')?.field).toBe('to');
    expect(periodProblem(q, '2024-06-01')).toBeNull();
  });
});

import { plan, review, wellRunChild } from '../../rules/child-facts.fixture';
import { alertsForChild, defineProfile, NATIONAL_DEFAULT_PROFILE, placementMoves, reviewSchedule } from '../../rules';
import { projectedCostTo18, trackerFigures, weeksUntil18 } from './tracker-row';
import { comparePositions, filterLines, groupLines, positionOf, sortLines, startAfter, TRACKER_SORT_FIELDS, trackerCharts, type TrackerLine } from './tracker-query';
import { TrackerViews } from './tracker-view';
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

describe('tracker order', () => {
  // Names that tie when lower-cased, differ only by accents, case, hyphens, apostrophes, spaces or digits, and other scripts.
  const NAMES = ['Zoë Adams', 'zoe adams', 'Zoe Adams', 'Zoé Adams', "O'Brien Sam", 'Obrien Sam', 'O Brien Sam', 'Anne-Marie Lee', 'Anne Marie Lee', 'AnneMarie Lee',
    'Émile Roy', 'Emile Roy', 'emile roy', 'Łukasz Nowak', 'Lukasz Nowak', 'Ørjan Berg', 'Orjan Berg', 'Ahmed 2', 'Ahmed 10', 'ahmed 1', 'Çelik Ada', 'Celik Ada',
    'Ñuñez Ana', 'Nunez Ana', 'Søren Kay', 'Sören Kay', 'İlker Can', 'Ilker Can', 'Ìlker Can', 'Мария Иванова', 'مريم', '李小龍', 'Ǆemal Ba', 'ß Test', 'ss Test', 'SS Test'];
  const lines = NAMES.flatMap((name, i) => [
    line({ childId: `c${String(i).padStart(3, '0')}-${i % 7}`, name, weeklyCost: [0, 350, 350, 700][i % 4], daysInCare: i % 5 === 0 ? null : i % 6, permanenceDueOn: i % 3 ? `2026-0${1 + (i % 9)}-01` : null }),
    line({ childId: `b${String(i).padStart(3, '0')}`, name, weeklyCost: 350, daysInCare: 3, permanenceDueOn: null }),
  ]);
  // The order as String.prototype.localeCompare gave it before the tracker made its collator once.
  const byLocaleCompare = (field: (typeof TRACKER_SORT_FIELDS)[number], descending: boolean) =>
    [...lines].sort((a, b) => {
      const [p, q] = [positionOf(a, field), positionOf(b, field)];
      const key = p.key === q.key ? 0 : p.key === null ? 1 : q.key === null ? -1 : (p.key < q.key ? -1 : 1) * (descending ? -1 : 1);
      return key || p.name.localeCompare(q.name) || p.childId.localeCompare(q.childId);
    });

  it('sorts in exactly the order localeCompare gave, on every field, both ways', () => {
    for (const field of TRACKER_SORT_FIELDS)
      for (const descending of [false, true]) expect(sortLines(lines, field, descending).map((l) => l.childId)).toEqual(byLocaleCompare(field, descending).map((l) => l.childId));
  });

  it('finds where a page starts after a cursor as a scan of the sorted lines does', () => {
    for (const field of TRACKER_SORT_FIELDS) {
      const sorted = sortLines(lines, field, true);
      for (const at of [...sorted.map((l) => positionOf(l, field)), { key: null, name: '', childId: '' }, { key: null, name: '\uffff', childId: '\uffff' }]) {
        const scanned = sorted.findIndex((l) => comparePositions(positionOf(l, field), at, true) > 0);
        expect(startAfter(sorted, field, true, at)).toBe(scanned === -1 ? sorted.length : scanned);
      }
    }
  });
});

describe('tracker views (kept per set of lines)', () => {
  const a = line({ childId: 'a', name: 'Amira', weeklyCost: 400, planStatus: 'ENDORSED' });
  const b = line({ childId: 'b', name: 'Ben', weeklyCost: 4000, planStatus: 'ENDORSED' });
  const c = line({ childId: 'c', name: 'Cara', weeklyCost: 300 });

  it('gives the kept view for the very same line objects, and works it out again for any other set', () => {
    const views = new TrackerViews();
    const first = views.view('council 1', [a, b, c], { planStatus: 'ENDORSED' }, 'NAME', false);
    expect(first.all.map((l) => l.childId)).toEqual(['a', 'b']);
    expect(first.totals).toMatchObject({ children: 2, weeklyCost: 4400 });
    // A new array of the same objects: the same view (and the same totals and charts objects).
    expect(views.view('council 1', [a, b, c], { planStatus: 'ENDORSED' }, 'NAME', false)).toBe(first);
    // One child's line replaced (its facts changed): equal fields are not enough, the view is worked out again.
    const b2 = line({ childId: 'b', name: 'Ben', weeklyCost: 5000, planStatus: 'ENDORSED' });
    const changed = views.view('council 1', [a, b2, c], { planStatus: 'ENDORSED' }, 'NAME', false);
    expect(changed).not.toBe(first);
    expect(changed.totals.weeklyCost).toBe(5400);
    // Another filter, order or direction, or another council with the same children: never the kept view.
    expect(views.view('council 1', [a, b2, c], { planStatus: null }, 'NAME', false).all).toHaveLength(3);
    expect(views.view('council 1', [a, b2, c], { planStatus: 'ENDORSED' }, 'NAME', true).all.map((l) => l.childId)).toEqual(['b', 'a']);
    expect(views.view('council 1', [a, b2, c], { planStatus: 'ENDORSED' }, 'WEEKLY_COST', false).all.map((l) => l.childId)).toEqual(['a', 'b']);
    expect(views.view('council 2', [a, b2, c], { planStatus: 'ENDORSED' }, 'NAME', false)).not.toBe(changed);
    // A smaller reach (another actor) with the same filter: its own lines only.
    expect(views.view('council 1', [a, c], { planStatus: 'ENDORSED' }, 'NAME', false).all.map((l) => l.childId)).toEqual(['a']);
    // Groups are kept per grouping, frozen with the rest of the view.
    expect(changed.groups('TEAM')).toBe(changed.groups('TEAM'));
    expect(Object.isFrozen(changed.totals) && Object.isFrozen(changed.charts.byPlacementType[0]) && Object.isFrozen(changed.all)).toBe(true);
  });

  it('keeps at most so many views and so many lines', () => {
    const views = new TrackerViews(3, 10);
    const many = Array.from({ length: 4 }, (_, i) => line({ childId: `m${i}`, name: `M${i}` }));
    for (const f of ['NAME', 'DAYS_IN_CARE', 'WEEKLY_COST', 'ALERTS'] as const) views.view('council 1', many, undefined, f, false);
    expect(views.size).toEqual({ views: 2, lines: 8 });
    const first = views.view('council 1', many, undefined, 'ALERTS', false);
    expect(views.view('council 1', many, undefined, 'ALERTS', false)).toBe(first);
    // A set larger than the whole budget is answered and not kept.
    const large = Array.from({ length: 11 }, (_, i) => line({ childId: `l${i}`, name: `L${i}` }));
    expect(views.view('council 1', large, undefined, 'NAME', false).all).toHaveLength(11);
    expect(views.size.lines).toBeLessThanOrEqual(10);
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

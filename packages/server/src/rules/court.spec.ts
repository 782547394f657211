import { courtMilestones, courtPosition, courtTimetable, directionStatus, finalHearingDue, ploStage, preProceedingsReviewPoints, weekOfProceedings } from './court';
import { RULE_SOURCES } from './sources';

describe('the court timetable (Children Act 1989 s.32(1)(a), PD12A; Bolton 2.3 and 5)', () => {
  // Issued on a Monday.
  const issued = '2025-03-03';

  it.each([
    // [issued on, last day of the 26 weeks]
    ['2025-03-03', '2025-08-31'],
    ['2024-02-29', '2024-08-28'],
    ['2025-12-22', '2026-06-21'],
  ])('proceedings issued %s must end by %s (26 weeks beginning with the day of issue)', (on, due) => {
    expect(finalHearingDue(on)).toBe(due);
    expect(weekOfProceedings(on, due)).toBe(26);
    expect(weekOfProceedings(on, finalHearingDue(on, 26))).toBe(26);
  });

  it.each([
    ['ISSUE', '2025-03-03', undefined],
    ['ALLOCATION', '2025-03-04', undefined],
    ['CMH', '2025-03-20', '2025-03-14'],
    ['IRH', '2025-07-20', undefined],
    ['FINAL', '2025-08-31', undefined],
  ])('milestone %s falls by %s', (key, date, earliest) => {
    const m = courtMilestones(issued).find((x) => x.key === key)!;
    expect(m.date).toBe(date);
    expect(m.earliest).toBe(earliest);
  });

  it('cites the statute for the 26 weeks and the PLO for the rest', () => {
    const [issue, , , , final] = courtMilestones(issued);
    expect(final.source).toBe(RULE_SOURCES.courtTwentySixWeeks);
    expect(final.source.law).toMatch(/Children Act 1989 s\.32\(1\)\(a\)/);
    expect(issue.source).toBe(RULE_SOURCES.ploTimetable);
    expect(issue.source).toMatchObject({ council: 'Bolton', section: '2.3' });
  });

  it('runs week by week from issue to week 26, with each milestone and hearing in its week', () => {
    const weeks = courtTimetable(issued, [{ kind: 'CASE_MANAGEMENT', date: '2025-03-17' }]);
    expect(weeks).toHaveLength(26);
    expect(weeks[0]).toMatchObject({ week: 1, startsOn: '2025-03-03', endsOn: '2025-03-09' });
    expect(weeks[0].milestones.map((m) => m.key)).toEqual(['ISSUE', 'ALLOCATION']);
    expect(weeks[2].milestones.map((m) => m.key)).toEqual(['CMH']);
    expect(weeks[2].hearings).toEqual([{ kind: 'CASE_MANAGEMENT', date: '2025-03-17' }]);
    expect(weeks[25]).toMatchObject({ week: 26, endsOn: '2025-08-31' });
    expect(weeks[25].milestones.map((m) => m.key)).toEqual(['FINAL']);
  });

  it('grows past week 26 when a hearing is listed later', () => {
    const weeks = courtTimetable(issued, [{ kind: 'FINAL', date: '2025-09-10' }]);
    expect(weeks).toHaveLength(28);
    expect(weeks[27].hearings).toEqual([{ kind: 'FINAL', date: '2025-09-10' }]);
  });

  it('follows a council profile with a different timescale', () => {
    expect(courtTimetable(issued, [], 30)).toHaveLength(30);
  });
});

describe('pre-proceedings review points (Bolton 2.3, Telford 1.6)', () => {
  it.each([
    // Letter on a Monday: 10 working days is the Monday fortnight after.
    ['2025-03-03', ['2025-03-17', '2025-04-14', '2025-05-26', '2025-06-23']],
    // Over Easter 2025 (Good Friday 18 April, Easter Monday 21 April are not working days).
    ['2025-04-14', ['2025-04-30', '2025-05-26', '2025-07-07', '2025-08-04']],
  ])('a letter sent %s gives a meeting, two reviews and a decision on %j', (letter, dates) => {
    const points = preProceedingsReviewPoints(letter);
    expect(points.map((p) => p.dueDate)).toEqual(dates);
    expect(points[0].source).toMatchObject({ council: 'Bolton', section: '2.3' });
    expect(points[3].source).toMatchObject({ council: 'Telford', section: '1.6' });
  });
});

describe('directions', () => {
  it.each([
    [{ dueOn: '2025-04-01', doneOn: null }, '2025-04-01', 'OPEN'],
    [{ dueOn: '2025-04-01', doneOn: null }, '2025-04-02', 'MISSED'],
    [{ dueOn: '2025-04-01', doneOn: '2025-04-03' }, '2025-04-05', 'DONE'],
  ] as const)('%j on %s is %s', (d, today, status) => {
    expect(directionStatus(d, today)).toBe(status);
  });
});

describe('the PLO stage', () => {
  const base = { legalGatewayOn: null, issuedOn: null, concludedOn: null, hearings: [] };
  it.each([
    [{}, 'PRE_PROCEEDINGS'],
    [{ legalGatewayOn: '2025-01-10' }, 'LEGAL_GATEWAY'],
    [{ legalGatewayOn: '2025-01-10', issuedOn: '2025-02-01' }, 'ISSUED'],
    [{ issuedOn: '2025-02-01', hearings: [{ kind: 'CASE_MANAGEMENT', date: '2025-02-15' }] }, 'CASE_MANAGEMENT'],
    [{ issuedOn: '2025-02-01', hearings: [{ kind: 'ISSUES_RESOLUTION', date: '2025-06-15' }] }, 'ISSUES_RESOLUTION'],
    // A hearing listed for later has not been held.
    [{ issuedOn: '2025-02-01', hearings: [{ kind: 'FINAL', date: '2025-09-15' }] }, 'ISSUED'],
    [{ issuedOn: '2025-02-01', hearings: [{ kind: 'FINAL', date: '2025-07-15' }] }, 'FINAL_HEARING'],
    [{ issuedOn: '2025-02-01', concludedOn: '2025-07-15' }, 'CONCLUDED'],
  ] as const)('%j is %s on 1 August 2025', (p, stage) => {
    expect(ploStage({ ...base, ...p }, '2025-08-01')).toBe(stage);
  });
});

describe('where proceedings stand for the tracker (PLO stage and week of 26, Bolton 2.3)', () => {
  const c = (p: Partial<Parameters<typeof courtPosition>[0][number]>) => ({ legalGatewayOn: null, legalGatewayDecision: null, issuedOn: null, concludedOn: null, hearings: [], ...p });
  it.each([
    ['no proceedings', [], null],
    ['pre-proceedings, not issued', [c({})], { stage: 'PRE_PROCEEDINGS', week: null, weeksAllowed: null }],
    // Issued Monday 3 March 2025; 1 August is day 151: week 22.
    ['issued, case management held', [c({ issuedOn: '2025-03-03', hearings: [{ kind: 'CASE_MANAGEMENT', date: '2025-03-17' }] })], { stage: 'CASE_MANAGEMENT', week: 22, weeksAllowed: 26 }],
    ['issued on the day', [c({ issuedOn: '2025-08-01' })], { stage: 'ISSUED', week: 1, weeksAllowed: 26 }],
    ['concluded: no week counted', [c({ issuedOn: '2025-02-01', concludedOn: '2025-07-15' })], { stage: 'CONCLUDED', week: null, weeksAllowed: 26 }],
    // An earlier set concluded, a later one open: the open one is followed.
    ['the open set over an earlier one', [c({ issuedOn: '2024-01-01', concludedOn: '2024-06-01' }), c({ legalGatewayOn: '2025-07-01' })], { stage: 'LEGAL_GATEWAY', week: null, weeksAllowed: null }],
    // "No legal action" ends a set without a conclusion date: it is not followed over a concluded one recorded after it.
    ['no legal action is not open', [c({ legalGatewayOn: '2025-06-01', legalGatewayDecision: 'NO_LEGAL_ACTION' }), c({ issuedOn: '2025-02-01', concludedOn: '2025-07-15' })], { stage: 'CONCLUDED', week: null, weeksAllowed: 26 }],
  ] as const)('%s', (_name, cases, expected) => {
    expect(courtPosition(cases, '2025-08-01')).toEqual(expected);
  });

  it('takes the weeks allowed from the policy in force on the day of issue', () => {
    expect(courtPosition([c({ issuedOn: '2025-03-03' })], '2025-08-01', (issuedOn) => (issuedOn >= '2025-01-01' ? 30 : 26))?.weeksAllowed).toBe(30);
  });
});

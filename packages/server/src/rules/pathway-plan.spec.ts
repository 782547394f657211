import { alertsForChild } from './alerts';
import { emptyChildFacts } from './child-facts';
import { needsPathwayPlan, pathwayPlanDeadline, type PathwayPlanFacts } from './pathway-plan';
import { defineProfile, NATIONAL_DEFAULT_PROFILE } from './policy-profile';
import { RULE_SOURCES } from './sources';

const policy = NATIONAL_DEFAULT_PROFILE;
const young = (over: Partial<PathwayPlanFacts> = {}): PathwayPlanFacts => ({
  dateOfBirth: '2010-05-10',
  dateLookedAfter: '2020-01-06',
  dateCeasedLookedAfter: null,
  pathwayPlanAgreedOn: null,
  pathwayPlanReviewedOn: null,
  ...over,
});

describe('pathway plan clock (Bolton 3.2, Telford 8.0; CPPCR Regulations 2010 regs 42-44, Care Leavers Regulations 2010 reg 7)', () => {
  it.each([
    // [case, facts, today, rule, startedOn, dueDate]
    ['first plan: three months from the 16th birthday', young(), '2026-06-01', 'pathwayPlanFirst', '2026-05-10', '2026-08-10'],
    ['first plan: from coming into care when that is after 16', young({ dateLookedAfter: '2026-09-15' }), '2026-10-01', 'pathwayPlanFirst', '2026-09-15', '2026-12-15'],
    ['review: six months from the plan', young({ pathwayPlanAgreedOn: '2026-07-20' }), '2026-08-01', 'pathwayPlanReview', '2026-07-20', '2027-01-20'],
    ['review: six months from the last review', young({ pathwayPlanAgreedOn: '2026-07-20', pathwayPlanReviewedOn: '2027-01-05' }), '2027-02-01', 'pathwayPlanReview', '2027-01-05', '2027-07-05'],
    ['care leaver: the review runs on after care ends', young({ dateCeasedLookedAfter: '2028-05-10', pathwayPlanAgreedOn: '2026-07-20', pathwayPlanReviewedOn: '2028-03-01' }), '2028-10-01', 'pathwayPlanReview', '2028-03-01', '2028-09-01'],
  ] as const)('%s', (_case, facts, today, rule, startedOn, dueDate) => {
    const d = pathwayPlanDeadline(facts, policy, today);
    expect(d).toMatchObject({ rule, startedOn, dueDate, metOn: null });
    expect(d?.source).toBe(RULE_SOURCES[rule]);
  });

  it.each([
    ['under 16', young(), '2026-05-09'],
    ['never looked after', young({ dateLookedAfter: null }), '2026-06-01'],
    ['care ended before 16', young({ dateCeasedLookedAfter: '2025-01-01' }), '2026-06-01'],
    ['21 and over', young({ pathwayPlanAgreedOn: '2026-07-01' }), '2031-05-10'],
  ] as const)('no pathway plan clock: %s', (_case, facts, today) => {
    expect(needsPathwayPlan(facts, policy, today)).toBe(false);
    expect(pathwayPlanDeadline(facts, policy, today)).toBeNull();
  });

  it("follows the council's pathway-plan age", () => {
    const local = defineProfile({ id: 'x', name: 'Local', council: null, effectiveFrom: '2020-01-01' }, { pathwayPlanFromAge: 15 });
    expect(pathwayPlanDeadline(young(), [policy, local], '2025-06-01')).toMatchObject({ startedOn: '2025-05-10', dueDate: '2025-08-10' });
  });

  it('cites the seeds and the statute', () => {
    expect(RULE_SOURCES.pathwayPlanFirst).toMatchObject({ council: 'Bolton', section: '3.2' });
    expect(RULE_SOURCES.pathwayPlanFirst.text).toContain('Regulations 2010');
    expect(RULE_SOURCES.pathwayPlanReview).toMatchObject({ council: 'Telford', section: '8.0' });
    expect(RULE_SOURCES.pathwayPlanReview.text).toContain('six months');
  });

  it('alerts when the plan is overdue, the day after it was due, and not before', () => {
    const facts = { ...emptyChildFacts('c1', '2010-05-10', '2020-01-06'), pathwayPlanAgreedOn: '2026-07-20' };
    const codes = (today: string) => alertsForChild(facts, policy, today).map((a) => a.code);
    expect(codes('2027-01-20')).not.toContain('PATHWAY_PLAN_OVERDUE');
    const [alert] = alertsForChild(facts, policy, '2027-01-21').filter((a) => a.code === 'PATHWAY_PLAN_OVERDUE');
    expect(alert).toMatchObject({ title: 'Pathway plan not reviewed in time', dueDate: '2027-01-20', daysOverdue: 1, urgency: 'HIGH' });
    const left = { ...facts, dateCeasedLookedAfter: '2028-05-10' };
    expect(alertsForChild(left, policy, '2028-06-01').map((a) => a.code)).toContain('PATHWAY_PLAN_OVERDUE');
  });
});

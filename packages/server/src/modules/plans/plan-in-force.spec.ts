import { currentPlanOf, newerDraftOf, planInForce } from './plan-in-force';

const v = (planNumber: number, status: Parameters<typeof planInForce>[0][number]['status']) => ({ planNumber, status });

describe('the plan in force', () => {
  it('is the endorsed version while a newer version is a draft, and the draft is shown as a draft', () => {
    const versions = [v(2, 'DRAFT'), v(1, 'ENDORSED')];
    expect(planInForce(versions)).toEqual(v(1, 'ENDORSED'));
    expect(currentPlanOf(versions)).toEqual(v(1, 'ENDORSED'));
    expect(newerDraftOf(versions)).toEqual(v(2, 'DRAFT'));
  });

  it('stays the approved version while a newer one is submitted, and moves on once the newer one is approved', () => {
    expect(currentPlanOf([v(1, 'APPROVED'), v(2, 'PROPOSED')])).toEqual(v(1, 'APPROVED'));
    expect(newerDraftOf([v(1, 'APPROVED'), v(2, 'PROPOSED')])).toEqual(v(2, 'PROPOSED'));
    expect(currentPlanOf([v(1, 'ENDORSED'), v(2, 'APPROVED')])).toEqual(v(2, 'APPROVED'));
    expect(newerDraftOf([v(1, 'ENDORSED'), v(2, 'APPROVED')])).toBeNull();
  });

  it('is none before any approval: the current plan is then the first draft itself, with no separate draft', () => {
    expect(planInForce([v(1, 'PROPOSED')])).toBeNull();
    expect(currentPlanOf([v(1, 'PROPOSED')])).toEqual(v(1, 'PROPOSED'));
    expect(newerDraftOf([v(1, 'PROPOSED')])).toBeNull();
    expect(currentPlanOf([])).toBeNull();
  });

  it('skips ended versions: a replaced plan is not in force', () => {
    expect(planInForce([v(1, 'ENDED'), v(2, 'ENDORSED'), v(3, 'DRAFT')])).toEqual(v(2, 'ENDORSED'));
  });
});

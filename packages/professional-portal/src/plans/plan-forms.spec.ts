import { planDetailsValidators, planUpdateInput, reapplyPlan, type PlanDetailsValues } from './plan-forms';
import { availableSteps } from './plan-workflow';
import type { PlanDetailFragment } from '../gql/graphql';

const base: PlanDetailsValues = {
  primaryOption: 'REUNIFICATION', contingencies: ['KINSHIP_CARE'], childWishes: '', bottomLines: 'Old', consequenceOfNoChange: '', childFriendlySummary: '',
  safetyPeople: '', monitoringPeople: '', peopleToAvoid: '', safetyPlanLasts: '', wordsAndPicturesAge: '', familyAgreement: '', familyComments: '',
  permanenceTargetDate: { day: '', month: '', year: '' },
};

describe('the plan details form', () => {
  it('sends only the changed fields, empty text as null', () => {
    expect(planUpdateInput({ ...base, bottomLines: '', childWishes: ' To live with Mum ' }, base)).toEqual({ bottomLines: null, childWishes: 'To live with Mum' });
    expect(planUpdateInput(base, base)).toBeNull();
  });

  it("sends Newham's bottom lines as their own fields: the age as a number, the agreement as a choice, the target date as ISO", () => {
    expect(
      planUpdateInput({ ...base, safetyPeople: 'Lisa Brown', wordsAndPicturesAge: '5', familyAgreement: 'NOT_AGREED', permanenceTargetDate: { day: '24', month: '5', year: '2027' } }, base),
    ).toEqual({ safetyPeople: 'Lisa Brown', wordsAndPicturesAge: 5, familyAgreement: 'NOT_AGREED', permanenceTargetDate: '2027-05-24' });
    expect(planUpdateInput(base, { ...base, wordsAndPicturesAge: '5', familyAgreement: 'AGREED' })).toEqual({ wordsAndPicturesAge: null, familyAgreement: null });
    expect(planDetailsValidators.wordsAndPicturesAge!('18', base)).toMatch(/from 0 to 17/);
  });

  it('sends a swap of the primary option and a contingency as one change', () => {
    expect(planUpdateInput({ ...base, primaryOption: 'KINSHIP_CARE', contingencies: ['REUNIFICATION'] }, base)).toEqual({
      primaryOption: 'KINSHIP_CARE', contingencies: ['REUNIFICATION'],
    });
  });

  it('refuses a contingency that is the primary option', () => {
    expect(planDetailsValidators.contingencies!(['REUNIFICATION'], { ...base, contingencies: ['REUNIFICATION'] })).toMatch(/different from the primary option/);
  });

  it('puts my changes on top of a newer version after a conflict', () => {
    const fresh = { ...base, childWishes: 'Theirs' };
    expect(reapplyPlan({ ...base, bottomLines: 'Mine' }, base, fresh)).toEqual({ ...fresh, bottomLines: 'Mine' });
  });
});

describe('the workflow buttons', () => {
  const plan = (status: PlanDetailFragment['status'], extra: Partial<PlanDetailFragment> = {}) => ({ status, needsHeadOfServiceApproval: false, headOfServiceApprovedAt: null, sharedWithChildAt: null, ...extra }) as PlanDetailFragment;
  const shown = (steps: Record<string, boolean>) => Object.keys(steps).filter((k) => steps[k]);

  it('offer each role only its own steps', () => {
    // A draft is submitted from "check your answers", reached by saving the plan form, so there is no bare submit button.
    expect(shown(availableSteps('SOCIAL_WORKER', plan('DRAFT')))).toEqual([]);
    // A submitted plan is decided by the manager and not yet shareable with the child.
    expect(shown(availableSteps('TEAM_MANAGER', plan('PROPOSED')))).toEqual(['decide']);
    expect(shown(availableSteps('SOCIAL_WORKER', plan('APPROVED')))).toEqual(['share']);
    // Not for a child younger than the council's age for their own access.
    expect(shown(availableSteps('SOCIAL_WORKER', plan('APPROVED'), false))).toEqual([]);
    expect(shown(availableSteps('IRO', plan('APPROVED')))).toEqual(['endorse']);
    expect(shown(availableSteps('IRO', plan('DRAFT')))).toEqual([]);
    expect(shown(availableSteps('HEAD_OF_SERVICE', plan('APPROVED', { needsHeadOfServiceApproval: true })))).toEqual(['approveAsHeadOfService', 'panel']);
    expect(shown(availableSteps('SOCIAL_WORKER', plan('ENDORSED', { sharedWithChildAt: '2026-01-01T00:00:00Z' })))).toEqual(['achieved']);
  });
});

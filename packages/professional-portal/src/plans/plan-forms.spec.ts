import { planDetailsValidators, planUpdateInput, reapplyPlan, type PlanDetailsValues } from './plan-forms';
import { availableSteps } from './plan-workflow';
import type { PlanDetailFragment } from '../gql/graphql';

const base: PlanDetailsValues = {
  primaryOption: 'REUNIFICATION', contingencies: ['KINSHIP_CARE'], childWishes: '', bottomLines: 'Old', consequenceOfNoChange: '', childFriendlySummary: '', childFriendlySummaryLanguage: 'en',
  safetyPeople: '', monitoringPeople: '', peopleToAvoid: '', safetyPlanLasts: '', wordsAndPicturesAge: '', familyAgreement: '', familyComments: '',
  familyConsidered: '', familyConsideredInChildWords: '', permanenceTargetDate: { day: '', month: '', year: '' },
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

  it("sends whether family were considered first as a choice with the child's words, and asks for the words with a yes or a no", () => {
    expect(planUpdateInput({ ...base, familyConsidered: 'NOT_CONSIDERED', familyConsideredInChildWords: ' It was not safe. ' }, base)).toEqual({
      familyConsidered: 'NOT_CONSIDERED',
      familyConsideredInChildWords: 'It was not safe.',
    });
    expect(planUpdateInput(base, { ...base, familyConsidered: 'CONSIDERED' })).toEqual({ familyConsidered: null });
    expect(planDetailsValidators.familyConsideredInChildWords!('', { ...base, familyConsidered: 'CONSIDERED' })).toMatch(/in their words/);
    expect(planDetailsValidators.familyConsideredInChildWords!('', { ...base, familyConsidered: 'BEING_CONSIDERED' })).toBeUndefined();
  });

  it('sends the summary for the child with the language beside it, even when that was the default and not touched', () => {
    const inPashto = { ...base, childFriendlySummaryLanguage: 'ps' };
    expect(planUpdateInput({ ...inPashto, childFriendlySummary: 'ته به له نسرین سره پاتې شې.' }, inPashto)).toEqual({
      childFriendlySummary: 'ته به له نسرین سره پاتې شې.',
      childFriendlySummaryLanguage: 'ps',
    });
    expect(planUpdateInput({ ...base, childFriendlySummaryLanguage: 'cy' }, base)).toEqual({ childFriendlySummaryLanguage: 'cy' });
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
  const none = {
    canStartNewVersion: false, canEdit: false, canUpdateProgress: false, canSubmit: false, canApprove: false, canReturn: false,
    canApproveAsHeadOfService: false, canRecordPanelRecommendation: false, canRecordPanelDecision: false, canEndorse: false,
    canMarkAchieved: false, canEnd: false, canShareWithChild: false,
  };
  const plan = (status: PlanDetailFragment['status'], abilities: Partial<typeof none>) => ({ status, abilities: { ...none, ...abilities } }) as PlanDetailFragment;
  const shown = (steps: Record<string, boolean>) => Object.keys(steps).filter((k) => steps[k]);

  it('offers exactly the steps the API says this person may take (role, status and head of service rule are decided there)', () => {
    // Which role may do what in which status is tested on the server (policies/plan.policy.spec.ts).
    expect(shown(availableSteps(plan('DRAFT', { canEdit: true, canSubmit: true, canEnd: true })))).toEqual([]);
    expect(shown(availableSteps(plan('PROPOSED', { canApprove: true, canReturn: true })))).toEqual(['decide']);
    expect(shown(availableSteps(plan('APPROVED', { canApproveAsHeadOfService: true })))).toEqual(['approveAsHeadOfService']);
    // An endorsed plan: the API offers no head of service approval, so neither does the screen.
    expect(shown(availableSteps(plan('ENDORSED', { canMarkAchieved: true, canShareWithChild: true })))).toEqual(['achieved', 'share']);
    expect(shown(availableSteps(plan('ENDORSED', {})))).toEqual([]);
  });
});

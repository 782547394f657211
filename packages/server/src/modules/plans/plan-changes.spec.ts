import { planChanges, type PlanSnapshot } from './plan-changes';

const action = { action: 'a', byWhom: 'Angie', withinWeeks: null, dueDate: '2027-02-01', progress: null, completed: false };
const outcome = (words: string, extra: Partial<PlanSnapshot['outcomes'][number]> = {}) => ({
  outcome: words, measure: 'm', optionTrack: null, actions: [action], progress: null, completed: false, ...extra,
});
const base: PlanSnapshot = {
  primaryOption: 'REUNIFICATION', childWishes: 'Live with Mum', bottomLines: null, consequenceOfNoChange: null, childFriendlySummary: null,
  safetyPeople: null, monitoringPeople: null, peopleToAvoid: null, safetyPlanLasts: null, wordsAndPicturesAge: null,
  familyAgreement: null, familyComments: null, familyConsidered: null, familyConsideredInChildWords: null, permanenceTargetDate: null,
  contingencies: [{ option: 'KINSHIP_CARE' }],
  outcomes: [outcome('Damian will feel safe'), outcome('Damian will be kept clean')],
};

describe('planChanges', () => {
  it('has nothing to compare for the first version', () => {
    expect(planChanges(null, base)).toEqual([]);
  });

  it('lists plan fields, contingencies and outcomes added, removed and changed', () => {
    const next: PlanSnapshot = {
      ...base,
      primaryOption: 'KINSHIP_CARE',
      safetyPeople: 'Lisa Brown (aunt)',
      wordsAndPicturesAge: 4,
      familyConsidered: 'CONSIDERED',
      contingencies: [{ option: 'LONG_TERM_FOSTERING' }, { option: 'ADOPTION' }],
      outcomes: [outcome('Damian will feel safe', {
        progress: 'Angie on time to every session',
        actions: [{ ...action, withinWeeks: 6, dueDate: '2027-03-01' }, { ...action, action: 'Book the meeting', byWhom: 'Social worker' }],
      }), outcome('Damian has a permanent carer')],
    };
    expect(planChanges(base, next)).toEqual([
      { field: 'primaryOption', outcome: null, before: 'REUNIFICATION', after: 'KINSHIP_CARE' },
      { field: 'safetyPeople', outcome: null, before: null, after: 'Lisa Brown (aunt)' },
      { field: 'wordsAndPicturesAge', outcome: null, before: null, after: '4' },
      { field: 'familyConsidered', outcome: null, before: null, after: 'CONSIDERED' },
      { field: 'contingencies', outcome: null, before: 'KINSHIP_CARE', after: 'LONG_TERM_FOSTERING, ADOPTION' },
      { field: 'progress', outcome: 'Damian will feel safe', before: null, after: 'Angie on time to every session' },
      { field: 'action', outcome: 'Damian will feel safe', before: 'Angie: a (by 1 February 2027)', after: 'Angie: a (within 6 weeks, by 1 March 2027)' },
      { field: 'actionAdded', outcome: 'Damian will feel safe', before: null, after: 'Social worker: Book the meeting (by 1 February 2027)' },
      { field: 'outcomeAdded', outcome: 'Damian has a permanent carer', before: null, after: 'Damian has a permanent carer' },
      { field: 'outcomeRemoved', outcome: 'Damian will be kept clean', before: 'Damian will be kept clean', after: null },
    ]);
  });
});

import { planChanges, type PlanSnapshot } from './plan-changes';

const outcome = (words: string, extra: Partial<PlanSnapshot['outcomes'][number]> = {}) => ({
  outcome: words, measure: 'm', actions: 'a', byWhom: 'Angie', dueDate: '2027-02-01', progress: null, completed: false, ...extra,
});
const base: PlanSnapshot = {
  primaryOption: 'REUNIFICATION', childWishes: 'Live with Mum', bottomLines: null, consequenceOfNoChange: null, childFriendlySummary: null,
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
      contingencies: [{ option: 'LONG_TERM_FOSTERING' }, { option: 'ADOPTION' }],
      outcomes: [outcome('Damian will feel safe', { progress: 'Angie on time to every session', dueDate: '2027-03-01' }), outcome('Damian has a permanent carer')],
    };
    expect(planChanges(base, next)).toEqual([
      { field: 'primaryOption', outcome: null, before: 'REUNIFICATION', after: 'KINSHIP_CARE' },
      { field: 'contingencies', outcome: null, before: 'KINSHIP_CARE', after: 'LONG_TERM_FOSTERING, ADOPTION' },
      { field: 'dueDate', outcome: 'Damian will feel safe', before: '2027-02-01', after: '2027-03-01' },
      { field: 'progress', outcome: 'Damian will feel safe', before: null, after: 'Angie on time to every session' },
      { field: 'outcomeAdded', outcome: 'Damian has a permanent carer', before: null, after: 'Damian has a permanent carer' },
      { field: 'outcomeRemoved', outcome: 'Damian will be kept clean', before: 'Damian will be kept clean', after: null },
    ]);
  });
});

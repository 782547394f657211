import { actionDueDate } from './plan-timescales';

describe('actionDueDate', () => {
  it('keeps a date given', () => {
    expect(actionDueDate({ withinWeeks: null, dueDate: '2027-02-01' }, '2027-01-04', '2027-01-10')).toBe('2027-02-01');
  });
  it('counts "within N weeks" from the approval, as Newham: within 6 weeks of 3 January is 14 February', () => {
    expect(actionDueDate({ withinWeeks: 6, dueDate: null }, '2027-01-03', '2027-01-20')).toBe('2027-02-14');
  });
  it('counts from today while the plan is not yet approved', () => {
    expect(actionDueDate({ withinWeeks: 4, dueDate: null }, null, '2027-01-04')).toBe('2027-02-01');
  });
});

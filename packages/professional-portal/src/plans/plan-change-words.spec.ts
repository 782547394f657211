import { changeFieldWords, changeValueWords } from './plan-change-words';

describe('plan changes in words', () => {
  it('names fields and options as the plan page does, never as codes', () => {
    expect(changeFieldWords({ field: 'primaryOption', outcome: null })).toBe('Primary option');
    expect(changeValueWords('primaryOption', 'LONG_TERM_FOSTERING')).toBe('Long-term fostering');
    expect(changeValueWords('contingencies', 'KINSHIP_CARE, SPECIAL_GUARDIANSHIP')).not.toMatch(/[A-Z]{2,}_/);
    expect(changeValueWords('dueDate', '2027-02-14')).toBe('14 February 2027');
    expect(changeValueWords('completed', 'true')).toBe('Yes');
    expect(changeValueWords('childWishes', null)).toBe('None');
    expect(changeFieldWords({ field: 'familyConsidered', outcome: null })).toBe('Family and connected people considered first');
    expect(changeValueWords('familyConsidered', 'NOT_CONSIDERED')).not.toMatch(/[A-Z]{2,}_/);
  });

  it('says which outcome a changed outcome field belongs to', () => {
    expect(changeFieldWords({ field: 'dueDate', outcome: 'Damian feels safe' })).toBe('Timescale (outcome: Damian feels safe)');
    expect(changeFieldWords({ field: 'outcomeAdded', outcome: 'Damian feels safe' })).toBe('Outcome added');
  });
});

import { withoutFullStop } from './sentences';

describe('withoutFullStop', () => {
  it.each([
    ['Viability assessment under way.', 'Viability assessment under way'],
    ['Viability assessment under way..  ', 'Viability assessment under way'],
    ['Positive', 'Positive'],
    ['Is it done?', 'Is it done?'],
  ])('%j → %j', (given, expected) => {
    expect(withoutFullStop(given)).toBe(expected);
  });
});

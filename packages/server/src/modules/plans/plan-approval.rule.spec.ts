import { requiresHeadOfServiceApproval } from './plan-approval.rule';

describe('requiresHeadOfServiceApproval (Bolton Appendix B: long-term fostering under five)', () => {
  it.each([
    ['LONG_TERM_FOSTERING', '2022-03-01', '2026-11-24', true], // four
    ['LONG_TERM_FOSTERING', '2021-11-25', '2026-11-24', true], // five tomorrow
    ['LONG_TERM_FOSTERING', '2021-11-24', '2026-11-24', false], // fifth birthday today
    ['LONG_TERM_FOSTERING', '2014-03-02', '2026-11-24', false],
    ['ADOPTION', '2024-01-01', '2026-11-24', false],
    ['SPECIAL_GUARDIANSHIP', '2024-01-01', '2026-11-24', false],
    [null, '2024-01-01', '2026-11-24', false],
  ] as const)('%s, born %s, on %s → %s', (option, dob, on, expected) => {
    expect(requiresHeadOfServiceApproval(option, dob, on)).toBe(expected);
  });
});

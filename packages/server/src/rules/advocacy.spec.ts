import { advocacyAges, isOfAdvocacyAge } from './advocacy';
import { defineProfile, NATIONAL_DEFAULT_PROFILE } from './policy-profile';

describe('advocacy ages under the council policy', () => {
  const later = defineProfile({ id: 'x', name: 'Local', council: null, effectiveFrom: '2027-01-01' }, { advocacyMinAge: 5, advocacyMaxAge: 21 });
  const policy = [NATIONAL_DEFAULT_PROFILE, later];

  it('uses the national 7 to 18 until the council changes them, then the council’s ages', () => {
    expect(advocacyAges(policy, '2026-06-01')).toEqual({ fromAge: 7, untilAge: 18 });
    expect(advocacyAges(policy, '2027-06-01')).toEqual({ fromAge: 5, untilAge: 21 });
  });

  it('counts a child from their birthday at the lower age until the day before the upper one', () => {
    expect(isOfAdvocacyAge('2019-06-02', '2026-06-01', policy)).toBe(false);
    expect(isOfAdvocacyAge('2019-06-01', '2026-06-01', policy)).toBe(true);
    expect(isOfAdvocacyAge('2008-06-01', '2026-06-01', policy)).toBe(false);
    expect(isOfAdvocacyAge('2022-06-02', '2027-06-01', policy)).toBe(false);
    expect(isOfAdvocacyAge('2022-06-01', '2027-06-01', policy)).toBe(true);
    expect(isOfAdvocacyAge('2007-06-02', '2027-06-01', policy)).toBe(true);
  });
});

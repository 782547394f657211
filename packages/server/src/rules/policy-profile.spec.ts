import { defineProfile, EXAMPLE_PROFILES, NATIONAL_DEFAULT_PROFILE, NATIONAL_DEFAULT_SETTINGS, NEWHAM_PROFILE, profileInForce, validateProfile } from './policy-profile';
import { RULE_SOURCES, SOURCE_COUNCILS, SOURCE_DOCUMENTS } from './sources';

describe('policy profiles', () => {
  it.each(EXAMPLE_PROFILES.map((p) => [p.id, p] as const))('%s validates with every field present', (_id, profile) => {
    expect(validateProfile(profile)).toEqual([]);
    for (const field of Object.keys(NATIONAL_DEFAULT_SETTINGS)) expect(profile).toHaveProperty(field);
  });

  it('ships the five source councils', () => {
    expect(EXAMPLE_PROFILES.map((p) => p.council).filter(Boolean).sort()).toEqual([...SOURCE_COUNCILS].sort());
  });

  it('carries the overrides the documents state', () => {
    expect(NEWHAM_PROFILE).toMatchObject({ permanencePanelDays: 10, permanencePlanningMeetingMonths: { firstMonths: 1, thenMonths: 1 } });
    expect(EXAMPLE_PROFILES.find((p) => p.id === 'dorset')?.reviewingOfficerTitle).toBe('QARO');
    expect(NATIONAL_DEFAULT_PROFILE.permanencePanelDays).toBeNull();
  });

  it('reports what is wrong with a bad profile', () => {
    const bad = defineProfile({ id: 'x', name: 'x', council: null, effectiveFrom: '2024-01-01' }, { firstReviewWorkingDays: 0, advocacyMinAge: 18, permanencePanelDays: -1 });
    expect(validateProfile(bad).map((p) => p.field).sort()).toEqual(['advocacyMaxAge', 'firstReviewWorkingDays', 'permanencePanelDays']);
  });

  it.each([
    ['2019-12-31', 'v1'],
    ['2020-01-01', 'v2'],
    ['2023-06-30', 'v2'],
    ['2023-07-01', 'v3'],
    ['2010-01-01', 'v1'], // before every version: the earliest applies
  ])('on %s the version in force is %s', (date, name) => {
    const v = (n: string, effectiveFrom: string) => defineProfile({ id: 'c', name: n, council: null, effectiveFrom });
    expect(profileInForce([v('v3', '2023-07-01'), v('v1', '2015-01-01'), v('v2', '2020-01-01')], date).name).toBe(name);
  });
});

describe('rule sources', () => {
  it.each(Object.entries(RULE_SOURCES))('%s cites a real council and section', (_rule, source) => {
    expect(SOURCE_COUNCILS).toContain(source.council);
    expect(SOURCE_DOCUMENTS[source.council].sections).toContain(source.section);
    expect(source.text.length).toBeGreaterThan(10);
  });
});

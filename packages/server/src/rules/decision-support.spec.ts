import { emptyChildFacts, type ChildFacts, type PlacementFact } from './child-facts';
import { meeting, plan, TODAY, wellRunChild } from './child-facts.fixture';
import {
  inOrderOfConsideration,
  mayApplyForChildArrangementsOrder,
  mayApplyForSpecialGuardianship,
  optionsForAge,
  oldEnoughForOwnAccess,
  requiresHeadOfServiceApproval,
  SUGGESTION_CODES,
  suggestionsForChild,
  type SuggestionCode,
} from './decision-support';
import { defineProfile, NATIONAL_DEFAULT_PROFILE } from './policy-profile';
import { RULE_SOURCES } from './sources';

const national = NATIONAL_DEFAULT_PROFILE;

describe('options by age (Bolton Appendix B)', () => {
  it.each([
    [4, true, ['SPECIAL_GUARDIANSHIP', 'CHILD_ARRANGEMENTS_ORDER', 'KINSHIP_CARE']],
    [4, false, ['ADOPTION', 'LONG_TERM_FOSTERING']],
    [9, false, ['ADOPTION', 'LONG_TERM_FOSTERING', 'SPECIAL_GUARDIANSHIP']],
    [13, false, ['LONG_TERM_FOSTERING', 'SPECIAL_GUARDIANSHIP']],
    [13, true, ['SPECIAL_GUARDIANSHIP', 'CHILD_ARRANGEMENTS_ORDER', 'KINSHIP_CARE']],
    [16, false, ['REUNIFICATION', 'KINSHIP_CARE', 'STAYING_PUT', 'SUPPORTED_LODGINGS']],
  ])('aged %i, kin available %s', (age, kin, options) => {
    expect(optionsForAge(age, kin).map((o) => o.option)).toEqual(options);
  });

  it('orders options as Bolton 4 does', () => {
    expect(inOrderOfConsideration(['RESIDENTIAL_CARE', 'LONG_TERM_FOSTERING', 'ADOPTION', 'KINSHIP_CARE', 'REUNIFICATION'])).toEqual([
      'REUNIFICATION', 'KINSHIP_CARE', 'ADOPTION', 'LONG_TERM_FOSTERING', 'RESIDENTIAL_CARE',
    ]);
  });
});

describe('oldEnoughForOwnAccess', () => {
  it.each([
    ['2019-11-25', '2026-11-24', false], // the day before the seventh birthday
    ['2019-11-24', '2026-11-24', true], // seventh birthday
    ['2022-06-01', '2026-11-24', false], // four years old
  ] as const)('born %s, on %s: %s under the national default (7)', (dob, on, expected) => {
    expect(oldEnoughForOwnAccess(dob, on)).toBe(expected);
  });

  it('follows the council’s own age', () => {
    const council = defineProfile({ id: 'x', name: 'x', council: null, effectiveFrom: '2020-01-01' }, { childOwnAccessFromAge: 10 });
    expect(oldEnoughForOwnAccess('2018-01-01', '2026-11-24', council)).toBe(false);
    expect(oldEnoughForOwnAccess('2016-11-24', '2026-11-24', council)).toBe(true);
  });
});

describe('requiresHeadOfServiceApproval', () => {
  it.each([
    ['LONG_TERM_FOSTERING', '2019-07-11', '2024-07-10', true], // the day before the fifth birthday
    ['LONG_TERM_FOSTERING', '2019-07-10', '2024-07-10', false], // fifth birthday
    ['LONG_TERM_FOSTERING', '2020-02-29', '2025-02-28', true], // leap-day birthday: five on 1 March
    ['LONG_TERM_FOSTERING', '2020-02-29', '2025-03-01', false],
    ['ADOPTION', '2023-01-01', '2024-07-10', false],
    [null, '2023-01-01', '2024-07-10', false],
  ] as const)('%s, born %s, on %s: %s', (option, dob, on, expected) => {
    expect(requiresHeadOfServiceApproval(option, dob, on)).toBe(expected);
  });
});

const lived = (carerName: string, startDate: string, endDate: string | null, type: PlacementFact['type'] = 'FOSTER_CARE'): PlacementFact => ({ type, startDate, endDate, carerName, inArea: true });
const childWith = (placements: PlacementFact[], careOrder = false): ChildFacts => ({
  ...emptyChildFacts('c', '2012-01-01', '2018-01-01'),
  placements,
  legalStatuses: careOrder ? [{ status: 'FULL_CARE_ORDER', startDate: '2018-06-01', endDate: null }] : [],
});

describe('who may apply (Dorset 7.5, 7.6)', () => {
  const on = '2024-07-10';
  it.each([
    ['a guardian', childWith([]), { relationship: 'GUARDIAN' as const }, true],
    ['a parent, even with everyone consenting', childWith([]), { relationship: 'PARENT' as const, hasConsentOfAllWithParentalResponsibility: true }, false],
    ['a foster carer of the whole year before', childWith([lived('Sam', '2023-07-10', null)]), { relationship: 'FOSTER_CARER' as const, carerName: 'Sam' }, true],
    ['a foster carer of one day less than a year', childWith([lived('Sam', '2023-07-11', null)]), { relationship: 'FOSTER_CARER' as const, carerName: 'Sam' }, false],
    ['a CAO holder with consent', childWith([]), { relationship: 'RELATIVE' as const, holdsChildArrangementsOrder: true, hasConsentOfOrderHolders: true }, true],
    ['a CAO holder without consent', childWith([]), { relationship: 'RELATIVE' as const, holdsChildArrangementsOrder: true }, false],
    ['someone the child lived with 3 of the last 5 years, in two spells', childWith([lived('Gran', '2019-08-01', '2021-01-01', 'CONNECTED_PERSON'), lived('Gran', '2022-01-01', '2024-03-01', 'CONNECTED_PERSON')]), { relationship: 'RELATIVE' as const, carerName: 'Gran' }, true],
    ['someone the child lived with under 3 of the last 5 years', childWith([lived('Gran', '2022-12-01', '2024-03-01', 'CONNECTED_PERSON')]), { relationship: 'RELATIVE' as const, carerName: 'Gran' }, false],
    ['anyone with council consent under a care order', childWith([], true), { relationship: 'OTHER' as const, hasCouncilConsent: true }, true],
    ['council consent without a care order', childWith([]), { relationship: 'OTHER' as const, hasCouncilConsent: true }, false],
    ['anyone with the consent of all with parental responsibility', childWith([]), { relationship: 'OTHER' as const, hasConsentOfAllWithParentalResponsibility: true }, true],
  ])('special guardianship: %s', (_who, child, applicant, eligible) => {
    const result = mayApplyForSpecialGuardianship(child, applicant, on);
    expect(result.eligible).toBe(eligible);
    expect(result.source).toBe(RULE_SOURCES.specialGuardianshipApplicants);
  });

  it.each([
    ['a parent', childWith([]), { relationship: 'PARENT' as const }, true],
    ['a foster carer of a year', childWith([lived('Sam', '2023-07-01', null)]), { relationship: 'FOSTER_CARER' as const, carerName: 'Sam' }, true],
    ['3 years with them, ended 2 months ago', childWith([lived('Gran', '2021-01-01', '2024-05-10', 'CONNECTED_PERSON')]), { relationship: 'RELATIVE' as const, carerName: 'Gran' }, true],
    ['3 years with them, ended 4 months ago', childWith([lived('Gran', '2020-01-01', '2024-03-10', 'CONNECTED_PERSON')]), { relationship: 'RELATIVE' as const, carerName: 'Gran' }, false],
    ['a step-parent married with the child of the family', childWith([]), { relationship: 'STEP_PARENT' as const, marriedWithChildOfFamily: true }, true],
  ])('child arrangements order: %s', (_who, child, applicant, eligible) => {
    expect(mayApplyForChildArrangementsOrder(child, applicant, on).eligible).toBe(eligible);
  });
});

type Case = [SuggestionCode, Partial<ChildFacts>, Partial<ChildFacts>];
const ltfHome = (start: string) => ({
  plans: [plan({ primaryOption: 'LONG_TERM_FOSTERING', contingencyOptions: ['SPECIAL_GUARDIANSHIP'] })],
  placements: [{ type: 'LONG_TERM_FOSTER' as const, startDate: start, endDate: null, carerName: 'Sam', inArea: true }],
});

const cases: Case[] = [
  ['CONSIDER_OPTIONS_FOR_AGE', {}, { dateOfBirth: '2008-01-01' }],
  ['OFFER_FAMILY_GROUP_CONFERENCE', { meetings: [] }, {}],
  ['PATHWAY_PLAN_IS_PERMANENCE_PLAN', { dateOfBirth: '2008-07-10' }, { dateOfBirth: '2008-07-11' }],
  ['FOLLOW_ADOPTION_ROUTE', { dateOfBirth: '2020-07-11', carerCannotConsiderSgo: true }, { dateOfBirth: '2020-07-10', carerCannotConsiderSgo: true }],
  ['HEAD_OF_SERVICE_APPROVAL_NEEDED', { dateOfBirth: '2020-01-01', plans: [plan({ primaryOption: 'LONG_TERM_FOSTERING' })] }, { dateOfBirth: '2020-01-01', plans: [plan({ primaryOption: 'LONG_TERM_FOSTERING', headOfServiceApprovedAt: '2024-04-01' })] }],
  ['REVIEW_REUNIFICATION_PLAN', { dateLookedAfter: '2024-01-05', plans: [plan({ primaryOption: 'REUNIFICATION' })] }, { dateLookedAfter: '2024-01-10', plans: [plan({ primaryOption: 'REUNIFICATION' })] }],
  ['CONSIDER_EARLIER_OPTION', { kinshipCarerAvailable: false, plans: [plan({ primaryOption: 'LONG_TERM_FOSTERING', contingencyOptions: ['SPECIAL_GUARDIANSHIP'] })] }, { kinshipCarerAvailable: false, plans: [plan({ primaryOption: 'LONG_TERM_FOSTERING', contingencyOptions: ['ADOPTION'] })] }],
  ['CONSIDER_SGO_WITH_FOSTER_CARER', { dateLookedAfter: '2023-01-05', ...ltfHome('2023-07-01') }, { dateLookedAfter: '2023-01-05', ...ltfHome('2023-07-11') }],
];

describe('suggestions', () => {
  it('has a row for every suggestion', () => {
    expect(cases.map(([code]) => code).sort()).toEqual([...SUGGESTION_CODES].sort());
  });

  it.each(cases)('%s: made for the trigger, not the near miss', (code, trigger, nearMiss) => {
    const made = suggestionsForChild(wellRunChild(trigger), national, TODAY).find((s) => s.code === code);
    expect(made?.reasons.length).toBeGreaterThan(0);
    expect(Object.values(RULE_SOURCES)).toContain(made?.source);
    expect(suggestionsForChild(wellRunChild(nearMiss), national, TODAY).map((s) => s.code)).not.toContain(code);
  });

  it('names options in words, never as codes', () => {
    const made = suggestionsForChild(wellRunChild({ dateOfBirth: '2021-01-01', kinshipCarerAvailable: false }), national, TODAY).find((s) => s.code === 'CONSIDER_OPTIONS_FOR_AGE');
    expect(made?.reasons).toContain('Long-term fostering: Needs head of service approval if the child is under five');
    expect(made?.reasons.filter((r) => /[A-Z]+_[A-Z_]+/.test(r))).toEqual([]);
  });

  it('makes none for a child no longer looked after', () => {
    expect(suggestionsForChild(wellRunChild({ dateCeasedLookedAfter: '2024-06-01', meetings: [meeting('FIRST_REVIEW', '2024-01-31')] }), national, TODAY)).toEqual([]);
  });
});

import type { ChildFacts, PlacementFact } from './child-facts';
import { emptyChildFacts } from './child-facts';
import { suggestionsForChild } from './decision-support';
import { NATIONAL_DEFAULT_PROFILE } from './policy-profile';
import { RULE_SOURCES } from './sources';
import { carerAssessment, mayApplyForAdoption, relationshipCategory, whoMayApply, type NetworkPerson } from './who-may-apply';

const on = '2024-07-10';
const lived = (carerName: string, startDate: string, endDate: string | null, type: PlacementFact['type'] = 'FOSTER_CARE'): PlacementFact => ({ type, startDate, endDate, carerName, inArea: true });
const childWith = (placements: PlacementFact[], careOrder = true): ChildFacts => ({
  ...emptyChildFacts('c', '2016-01-01', '2022-01-01'),
  placements,
  legalStatuses: careOrder ? [{ status: 'FULL_CARE_ORDER', startDate: '2022-06-01', endDate: null }] : [],
});
const person = (name: string, relationship: string, overrides: Partial<NetworkPerson> = {}): NetworkPerson => ({
  name, relationship, kind: 'RELATIVE', consideredAsCarer: false, assessmentOutcome: null, ...overrides,
});

describe('relationship words read as the law’s categories', () => {
  it.each([
    ['Mother', 'PARENT'],
    ['birth father', 'PARENT'],
    ['Maternal grandmother', 'RELATIVE'],
    ['Step-father', 'STEP_PARENT'],
    ['Foster mother', 'FOSTER_CARER'],
    ['Special guardian', 'GUARDIAN'],
    ['Maternal aunt', 'RELATIVE'],
  ] as const)('%s → %s', (words, category) => {
    expect(relationshipCategory(words, 'RELATIVE')).toBe(category);
  });
  it('a family friend (connected person) is "other"', () => {
    expect(relationshipCategory('Family friend', 'CONNECTED_PERSON')).toBe('OTHER');
  });
});

describe('a carer’s assessment: under way until an outcome is written', () => {
  it.each([
    [false, null, 'NOT_CONSIDERED'],
    [true, null, 'UNDER_WAY'],
    [true, 'Viability assessment under way.', 'UNDER_WAY'],
    [true, 'Assessment booked for March', 'UNDER_WAY'],
    [true, 'Viability assessment positive', 'FINISHED'],
    [true, 'Negative: cannot care full time', 'FINISHED'],
  ] as const)('considered %s, outcome %j: %s', (considered, outcome, expected) => {
    expect(carerAssessment({ consideredAsCarer: considered, assessmentOutcome: outcome })).toBe(expected);
  });
});

describe('who may apply for adoption (Adoption and Children Act 2002, s.42; Dorset 7.7)', () => {
  it.each([
    ['placed for adoption 10 weeks before', childWith([lived('Ann', '2024-05-01', null, 'FOSTERING_FOR_ADOPTION')]), { relationship: 'OTHER' as const, carerName: 'Ann' }, true],
    ['placed for adoption under 10 weeks', childWith([lived('Ann', '2024-05-02', null, 'FOSTERING_FOR_ADOPTION')]), { relationship: 'OTHER' as const, carerName: 'Ann' }, false],
    ['a council foster carer of the whole year before', childWith([lived('Sam', '2023-07-10', null)]), { relationship: 'FOSTER_CARER' as const, carerName: 'Sam' }, true],
    ['a foster carer of one day less than a year', childWith([lived('Sam', '2023-07-11', null)]), { relationship: 'FOSTER_CARER' as const, carerName: 'Sam' }, false],
    ['a partner of a parent, 6 months', childWith([lived('Lee', '2024-01-10', null, 'PARENTS')]), { relationship: 'STEP_PARENT' as const, carerName: 'Lee' }, true],
    ['a relative the child lived with 3 of the last 5 years', childWith([lived('Gran', '2020-01-01', '2023-06-01', 'CONNECTED_PERSON')]), { relationship: 'RELATIVE' as const, carerName: 'Gran' }, true],
    ['a relative the child never lived with', childWith([]), { relationship: 'RELATIVE' as const, carerName: 'Gran' }, false],
    ['a parent, even one the child lives with', childWith([lived('Mum', '2016-01-01', null, 'PARENTS')]), { relationship: 'PARENT' as const, carerName: 'Mum' }, false],
  ])('%s', (_who, child, applicant, eligible) => {
    const result = mayApplyForAdoption(child, applicant, on);
    expect(result.eligible).toBe(eligible);
    expect(result.source).toBe(RULE_SOURCES.adoptionApplicants);
  });
});

describe('who may apply, from the family network and the child’s carers', () => {
  const network = [
    person('Lisa Brown', 'Maternal aunt', { consideredAsCarer: true, assessmentOutcome: 'Viability assessment under way.' }),
    person('Kim Brown', 'Mother'),
    person('Coach Dee', 'Football coach', { kind: 'TRUSTED_ADULT' }),
  ];
  const child = childWith([lived('Sam Carer', '2023-06-01', null)]);
  const result = whoMayApply(child, network, on);
  const row = (order: string, name: string) => result.find((r) => r.order === order)!.people.find((p) => p.name === name);

  it('covers the three orders, each with its statute and the council document it comes from', () => {
    expect(result.map((r) => [r.order, r.law, r.source])).toEqual([
      ['SPECIAL_GUARDIANSHIP', 'Children Act 1989, section 14A', RULE_SOURCES.specialGuardianshipApplicants],
      ['CHILD_ARRANGEMENTS_ORDER', 'Children Act 1989, section 10', RULE_SOURCES.childArrangementsApplicants],
      ['ADOPTION', 'Adoption and Children Act 2002, section 42', RULE_SOURCES.adoptionApplicants],
    ]);
  });

  it('lists kin and the carers the child has lived with, not trusted adults who are not carers', () => {
    expect(result[0].people.map((p) => [p.name, p.from])).toEqual([['Lisa Brown', 'NETWORK'], ['Kim Brown', 'NETWORK'], ['Sam Carer', 'CARER']]);
    expect(row('SPECIAL_GUARDIANSHIP', 'Lisa Brown')!.assessment).toBe('UNDER_WAY');
  });

  it.each([
    ['SPECIAL_GUARDIANSHIP', 'Lisa Brown', false, ['With the council’s consent (the child is under a care order)', 'With the consent of everyone with parental responsibility']],
    ['SPECIAL_GUARDIANSHIP', 'Kim Brown', false, []],
    ['SPECIAL_GUARDIANSHIP', 'Sam Carer', true, []],
    ['CHILD_ARRANGEMENTS_ORDER', 'Kim Brown', true, []],
    ['CHILD_ARRANGEMENTS_ORDER', 'Sam Carer', true, []],
    ['CHILD_ARRANGEMENTS_ORDER', 'Lisa Brown', false, ['With the consent of everyone with parental responsibility, or with the court’s leave']],
    ['ADOPTION', 'Sam Carer', true, []],
    ['ADOPTION', 'Kim Brown', false, []],
  ])('%s: %s may apply now: %s', (order, name, eligible, otherwise) => {
    const p = row(order, name)!;
    expect(p.eligible).toBe(eligible);
    expect(p.otherwise).toEqual(otherwise);
    if (eligible) expect(p.reasons.length).toBeGreaterThan(0);
  });

  it('a parent is told why not', () => {
    expect(row('SPECIAL_GUARDIANSHIP', 'Kim Brown')!.reasons).toEqual(['A parent may not become a special guardian']);
  });

  it('without a care order the council’s consent is no route to special guardianship', () => {
    const noOrder = whoMayApply(childWith([], false), [network[0]], on);
    expect(noOrder[0].people[0].otherwise).toEqual(['With the consent of everyone with parental responsibility']);
  });
});

describe('decision support reads the assessments under way', () => {
  const base = { ...emptyChildFacts('d', '2020-03-01', '2024-01-05'), kinshipCarerAvailable: false };
  const reasons = (network: NetworkPerson[], facts: ChildFacts = base) => suggestionsForChild(facts, NATIONAL_DEFAULT_PROFILE, on, network).find((s) => s.code === 'CONSIDER_OPTIONS_FOR_AGE')!;

  it('an aunt being assessed: not "no kinship carer", and the kinship options stay open', () => {
    const s = reasons([person('Lisa Brown', 'Maternal aunt', { consideredAsCarer: true, assessmentOutcome: 'Viability assessment under way.' })]);
    expect(s.reasons).toContain('An assessment of Lisa Brown (maternal aunt) as a carer is under way: keep the kinship options open until it ends');
    expect(s.reasons).not.toContain('No kinship carer is available');
    expect(s.options).toContain('SPECIAL_GUARDIANSHIP');
  });

  it('an assessment finished and no kinship carer: says so', () => {
    const s = reasons([person('Lisa Brown', 'Maternal aunt', { consideredAsCarer: true, assessmentOutcome: 'Negative' })]);
    expect(s.reasons).toContain('No kinship carer is available');
    expect(s.options).not.toContain('SPECIAL_GUARDIANSHIP');
  });

  it('nothing recorded about kin: "not recorded yet", not "not available"', () => {
    const { kinshipCarerAvailable: _unset, ...unknown } = base;
    expect(reasons([], unknown as ChildFacts).reasons).toContain('No kinship carer is recorded yet');
  });
});

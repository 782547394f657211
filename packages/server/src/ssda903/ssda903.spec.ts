import { collectionYear } from './ssda903.record';
import { deriveEpisodes, episodesInYear } from './ssda903.episodes';
import { ethnicCode, isOfSchoolAge, isValidPostcode, isValidUpn, placeCodesFor, sexCode } from './ssda903.codes';
import { buildReturn, dfeDate, SSDA903_FILES, ssda903FileNamesFor } from './ssda903.return';
import { DOLO_RULES, doloProblems, type DoloRuleInput } from './ssda903.dolo';
import { missingCarriedOver, missingOutsideCare, SSDA903_RULES, validateChild } from './ssda903.validation';
import { goodChild, GOOD_UPN, placement } from './ssda903.fixture';
import type { Ssda903Child, Ssda903Placement } from './ssda903.record';
import { continuouslyLookedAfter, oc2Asks, type HealthOutcomesRecord } from './ssda903.oc2';

/** A complete OC2 record for 2024/25 for a child of 9 (SDQ asked, no convictions or development check). */
const HEALTH_2025: HealthOutcomesRecord = {
  year: 2025, sdqScore: 12, sdqReason: null, convicted: null, healthCheck: null, immunisations: true, teethCheck: false, healthAssessment: true,
  substanceMisuse: false, interventionReceived: null, interventionOffered: null,
};

const Y2025 = collectionYear(2025);

/** A child adopted on 1 February 2025 by new adopters (A6), matched in family finding; `fields` break it. */
const adopted = (fields: Partial<Ssda903Child> = {}): Ssda903Child =>
  goodChild({
    dateCeasedLookedAfter: '2025-02-01',
    adoptionDecisionOn: '2024-06-10',
    adoptionMatch: { matchedOn: '2024-11-20', adoptersSex: 'MF', adoptersLegalStatus: 'L3' },
    placements: [
      placement({ id: 'a', startDate: '2024-05-01', endDate: '2024-12-01', reasonForChange: 'CARPL' }),
      placement({ id: 'c', type: 'ADOPTIVE_PLACEMENT', carerName: 'The Hales', startDate: '2024-12-01', endDate: '2025-02-01', endReason: 'E11' }),
    ],
    legalStatuses: [
      { status: 'SECTION_20', startDate: '2024-05-01', endDate: '2024-07-01' },
      { status: 'PLACEMENT_ORDER', startDate: '2024-07-01', endDate: '2025-02-01' },
      { status: 'ADOPTION_ORDER', startDate: '2025-02-01', endDate: null },
    ],
    ...fields,
  });
const codes = (child: Ssda903Child, year = Y2025) => validateChild(child, year).map((i) => i.code);

describe('SSDA903 episodes', () => {
  it('starts a new episode whenever the placement or the legal status changes', () => {
    const episodes = deriveEpisodes(goodChild());
    expect(episodes.map((e) => [e.DECOM, e.RNE, e.LS, e.PLACE, e.DEC, e.REC, e.REASON_PLACE_CHANGE])).toEqual([
      ['2024-05-01', 'S', 'V2', 'U6', '2024-07-01', 'X1', null],
      ['2024-07-01', 'L', 'C1', 'U6', '2024-09-15', 'X1', 'CARPL'],
      ['2024-09-15', 'P', 'C1', 'U4', null, null, null],
    ]);
  });

  it('codes a change of placement and legal status on the same day B, and closes the period with the REC', () => {
    const child = goodChild({
      dateCeasedLookedAfter: '2025-02-01',
      adoptionDecisionOn: '2024-06-10',
      adoptionMatch: { matchedOn: '2024-11-20', adoptersSex: 'MF', adoptersLegalStatus: 'L11' },
      placements: [
        placement({ id: 'a', startDate: '2024-05-01', endDate: '2024-07-01', reasonForChange: 'LAREQ' }),
        placement({ id: 'b', type: 'FOSTERING_FOR_ADOPTION', carerName: 'The Okafors', startDate: '2024-07-01', endDate: '2024-12-01', reasonForChange: 'CARPL' }),
        placement({ id: 'c', type: 'ADOPTIVE_PLACEMENT', carerName: 'The Okafors', startDate: '2024-12-01', endDate: '2025-02-01', endReason: 'E11' }),
      ],
      legalStatuses: [
        { status: 'SECTION_20', startDate: '2024-05-01', endDate: '2024-07-01' },
        { status: 'PLACEMENT_ORDER', startDate: '2024-07-01', endDate: '2025-02-01' },
        { status: 'ADOPTION_ORDER', startDate: '2025-02-01', endDate: null },
      ],
    });
    const episodes = deriveEpisodes(child);
    expect(episodes.map((e) => [e.RNE, e.LS, e.PLACE, e.DEC, e.REC])).toEqual([
      ['S', 'V2', 'U6', '2024-07-01', 'X1'],
      ['B', 'E1', 'U5', '2024-12-01', 'X1'],
      // Placed for adoption with the foster carers: same carers, so T (rule 217).
      ['T', 'E1', 'A5', '2025-02-01', 'E11'],
    ]);
    expect(validateChild(child, Y2025)).toEqual([]);
    // AD1 from the decision and the match in family finding: adopted by the foster carers (A5), a couple.
    expect(buildReturn([child], Y2025).ad1).toEqual([
      { CHILD: 'RB104037', DOB: '10/06/2015', DATE_INT: '10/06/2024', DATE_MATCH: '20/11/2024', FOSTER_CARE: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11' },
    ]);
    // Not adopted in 2025/26: no AD1 row that year (rule 602).
    expect(buildReturn([child], collectionYear(2026)).ad1).toEqual([]);
  });

  it('reports only the year’s episodes and leaves one open at 31 March open', () => {
    const child = goodChild({ placements: [placement({ id: 'a', startDate: '2024-05-01', endDate: '2025-05-01', reasonForChange: 'CARPL' }), placement({ startDate: '2025-05-01' })], legalStatuses: [{ status: 'FULL_CARE_ORDER', startDate: '2024-05-01', endDate: null }] });
    expect(episodesInYear(deriveEpisodes(child), Y2025).map((e) => [e.DECOM, e.DEC, e.REC])).toEqual([['2024-05-01', null, null]]);
    expect(episodesInYear(deriveEpisodes(child), collectionYear(2024))).toEqual([]);
  });
});

describe('SSDA903 files', () => {
  it('writes the DfE columns and dates', () => {
    const files = buildReturn([goodChild()], Y2025);
    expect(files.header).toEqual([{ CHILD: 'RB104037', SEX: 'F', DOB: '10/06/2015', ETHNIC: 'WBRI', UPN: GOOD_UPN, MOTHER: '0', MC_DOB: '' }]);
    expect(files.episodes[1]).toEqual({
      CHILD: 'RB104037', DECOM: '01/07/2024', RNE: 'L', LS: 'C1', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR1', DEC: '15/09/2024', REC: 'X1',
      REASON_PLACE_CHANGE: 'CARPL', HOME_POST: 'TW11 8HE', PL_POST: 'TW1 3ES', URN: 'SC123456',
    });
    expect(files.reviews).toEqual([
      { CHILD: 'RB104037', DOB: '10/06/2015', REVIEW: '28/05/2024', REVIEW_CODE: 'PN1' },
      { CHILD: 'RB104037', DOB: '10/06/2015', REVIEW: '20/08/2024', REVIEW_CODE: 'PN3' },
    ]);
    expect(files.uasc).toEqual([]);
    expect(files.previous_permanence).toEqual([{ CHILD: 'RB104037', DOB: '10/06/2015', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' }]);
    expect(files.missing).toEqual([]);
    expect(buildReturn([goodChild()], collectionYear(2023)).header).toEqual([]);
    expect(dfeDate('2025-03-31')).toBe('31/03/2025');
  });

  it('writes SEX in the codes of the collection year: 1 and 2 before 2024/25, M, F and U from then (rule 101)', () => {
    expect(buildReturn([goodChild()], collectionYear(2024)).header).toEqual([]);
    const earlier = goodChild({ dateLookedAfter: '2023-05-01', placements: [placement({ startDate: '2023-05-01' })], legalStatuses: [{ status: 'FULL_CARE_ORDER', startDate: '2023-05-01', endDate: null }], reviews: [] });
    expect(buildReturn([earlier], collectionYear(2024)).header[0].SEX).toBe('2');
    expect(buildReturn([earlier], collectionYear(2026)).header[0].SEX).toBe('F');
    expect([sexCode('MALE', 2024), sexCode('NOT_KNOWN', 2024), sexCode('MALE', 2025), sexCode('OTHER', 2026)]).toEqual(['1', null, 'M', 'U']);
  });

  it('writes the decision that the child should be placed for adoption, and its end when it ceased in the year', () => {
    const decided = goodChild({ adoptionDecisionOn: '2024-06-01' });
    expect(buildReturn([decided], Y2025).placed_for_adoption).toEqual([{ CHILD: 'RB104037', DOB: '10/06/2015', DATE_PLACED: '01/06/2024', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' }]);
    const ceased = goodChild({ adoptionDecisionOn: '2024-06-01', adoptionDecisionCeasedOn: '2025-01-10', adoptionDecisionCeasedReason: 'RD1' });
    expect(buildReturn([ceased], Y2025).placed_for_adoption[0]).toMatchObject({ DATE_PLACED_CEASED: '10/01/2025', REASON_PLACED_CEASED: 'RD1' });
    expect(codes(goodChild({ adoptionDecisionOn: '2024-06-01', legalStatuses: [{ status: 'PLACEMENT_ORDER', startDate: '2024-05-01', endDate: null }] }))).toEqual([]);
  });

  it('asks MOTHER of girls only, with MC_DOB for a mother (165, 393)', () => {
    const header = (fields: Partial<Ssda903Child>) => buildReturn([goodChild(fields)], Y2025).header[0];
    expect(header({ mother: true, mothersChildDateOfBirth: '2024-02-03' })).toMatchObject({ MOTHER: '1', MC_DOB: '03/02/2024' });
    expect(header({ gender: 'MALE', mother: null })).toMatchObject({ MOTHER: '', MC_DOB: '' });
    expect(header({ mother: null })).toMatchObject({ MOTHER: '', MC_DOB: '' });
    expect(codes(goodChild({ gender: 'MALE', mother: null }))).toEqual([]);
  });

  it('gives a UASC child the 18th birthday as DUC, in uasc.csv with SEX, and no home postcode (205B, 406)', () => {
    const files = buildReturn([goodChild({ uasc: true, gender: 'MALE' })], Y2025);
    expect(files.uasc).toEqual([{ CHILD: 'RB104037', SEX: 'M', DOB: '10/06/2015', DUC: '10/06/2033' }]);
    expect(files.episodes.map((e) => e.HOME_POST)).toEqual(['', '', '']);
    expect(files.episodes.map((e) => e.PL_POST)).toEqual(['TW1 3ES', 'TW1 3ES', 'TW1 3ES']);
  });

  it('writes UN1 only for a child not yet of school age by the DfE cut-off (4 by 31 August two years before the year ends)', () => {
    expect([isOfSchoolAge('2019-08-31', 2025), isOfSchoolAge('2019-09-01', 2025), isOfSchoolAge('2019-09-01', 2026)]).toEqual([true, false, true]);
    const young = (dateOfBirth: string) => buildReturn([goodChild({ upn: null, dateOfBirth, reviews: [] })], Y2025).header[0].UPN;
    expect(young('2019-09-01')).toBe('UN1');
    // Under 6 at 31 March 2025, but of school age: not UN1 (rule 209); blank, which rule 442 reports.
    expect(young('2019-06-01')).toBe('');
    expect(buildReturn([goodChild({ upn: 'un4' })], Y2025).header[0].UPN).toBe('UN4');
  });

  it('codes lodgings and semi-independent living K3 once open after 28/10/2023, P2 and H5 before, and knows each year’s PLACE codes (146, 217t)', () => {
    const young = goodChild({
      dateOfBirth: '2006-01-01',
      dateLookedAfter: '2023-01-01',
      placements: [
        placement({ id: 'h', type: 'SEMI_INDEPENDENT', startDate: '2023-01-01', endDate: '2023-06-01', reasonForChange: 'CHILD' }),
        placement({ id: 'p', type: 'SUPPORTED_LODGINGS', startDate: '2023-06-01', endDate: '2023-10-28', reasonForChange: 'CHILD' }),
        placement({ id: 'k', type: 'SUPPORTED_LODGINGS', startDate: '2023-10-28', endDate: null }),
      ],
      legalStatuses: [{ status: 'SECTION_20', startDate: '2023-01-01', endDate: null }],
      reviews: [],
    });
    expect(deriveEpisodes(young).map((e) => e.PLACE)).toEqual(['H5', 'P2', 'K3']);
    expect(placeCodesFor(2025)).toEqual(expect.arrayContaining(['H5', 'P2', 'K3', 'Z1']));
    expect(placeCodesFor(2026)).not.toEqual(expect.arrayContaining(['H5']));
    expect(placeCodesFor(2026).filter((c) => ['H5', 'P2', 'Z1'].includes(c))).toEqual([]);
    expect(placeCodesFor(2026)).toEqual(expect.arrayContaining(['K3', 'Z11', 'Z14']));
  });

  it('maps free-text ethnicity and checks UPNs and postcodes', () => {
    expect(['White - Irish', 'Mixed - White and Black Caribbean', 'Asian - Pakistani', 'Black - African', 'Other - Arab', 'Asian - Chinese', 'WBRI'].map(ethnicCode)).toEqual(['WIRI', 'MWBC', 'APKN', 'BAFR', 'OOTH', 'CHNE', 'WBRI']);
    expect(ethnicCode('Martian')).toBeNull();
    expect(isValidUpn(GOOD_UPN)).toBe(true);
    expect(isValidUpn(`Z${GOOD_UPN.slice(1)}`)).toBe(GOOD_UPN[0] === 'Z');
    expect(isValidUpn('UN1')).toBe(true);
    expect(isValidPostcode('TW2 6LY')).toBe(true);
    expect(isValidPostcode('NOT A POSTCODE')).toBe(false);
  });
});

describe('SSDA903 validation', () => {
  it('passes a well-kept record', () => {
    expect(validateChild(goodChild(), Y2025)).toEqual([]);
    expect(validateChild(goodChild())).toEqual([]);
  });

  // Each rule: a record that breaks it, and the code it gives (in 2024/25 unless `breakingYear` says otherwise).
  const inCareSince2023 = { dateLookedAfter: '2023-05-01', placements: [placement({ startDate: '2023-05-01' })], legalStatuses: [{ status: 'FULL_CARE_ORDER' as const, startDate: '2023-05-01', endDate: null }], reviews: [] };
  const breakingYear: Record<string, number> = { '101': 2024 };
  const oc2Child = (health: Partial<HealthOutcomesRecord>, dateOfBirth = '2015-06-10') =>
    goodChild({ ...inCareSince2023, dateOfBirth, healthOutcomes: [{ ...HEALTH_2025, ...health }] });
  const breaking: Record<string, Ssda903Child> = {
    // Left care at 17 and a half; nothing recorded for the 18th birthday in 2024/25.
    '131': goodChild({
      dateOfBirth: '2006-07-01', dateLookedAfter: '2019-03-01', dateCeasedLookedAfter: '2024-01-10', reviews: [],
      placements: [placement({ type: 'LONG_TERM_FOSTER', startDate: '2019-03-01', endDate: '2024-01-10', endReason: 'E8' })],
      legalStatuses: [{ status: 'FULL_CARE_ORDER' as const, startDate: '2019-03-01', endDate: '2024-01-10' }],
    }),
    '101': goodChild({ gender: 'NOT_KNOWN', ...inCareSince2023 }),
    '442': goodChild({ upn: null }),
    '393': goodChild({ mother: null }),
    '553': goodChild({ legalStatuses: [{ status: 'PLACEMENT_ORDER', startDate: '2024-05-01', endDate: null }] }),
    '209': goodChild({ upn: 'UN1' }),
    // Previous permanence: the child's period of care began 01/05/2024, in 2024/25.
    '630': goodChild({ previousPermanence: 'P2', previousPermanenceLa: '313', previousPermanenceDate: null }),
    '631': goodChild({ previousPermanence: 'P9' }),
    '632': goodChild({ previousPermanence: 'P2', previousPermanenceLa: '313', previousPermanenceDate: '2024-ZZ-ZZ' }),
    '633': goodChild({ previousPermanence: 'P2', previousPermanenceLa: '777', previousPermanenceDate: '2019-06-ZZ' }),
    '635': goodChild({ previousPermanence: 'Z1', previousPermanenceLa: '313', previousPermanenceDate: null }),
    // UN1 in 2023/24 (not yet four by 31/08/2022), blank in 2024/25 (four by 31/08/2023).
    '208': goodChild({ upn: null, dateOfBirth: '2019-01-01', ...inCareSince2023 }),
    '218': goodChild({ placements: [placement({ startDate: '2024-05-01', urn: null })] }),
    '371': goodChild({ placements: [placement({ type: 'SUPPORTED_LODGINGS', startDate: '2024-05-01' })] }),
    '529': goodChild({ placements: [placement({ startDate: '2024-05-01', provider: 'PR3' })] }),
    '103': goodChild({ ethnicity: 'Martian' }),
    '168': goodChild({ upn: 'S12345678901A' }),
    'FP-UPN-CHECK': goodChild({ upn: `${GOOD_UPN[0] === 'A' ? 'B' : 'A'}${GOOD_UPN.slice(1)}` }),
    '392c': goodChild({ homePostcode: '12345' }),
    '302': goodChild({ dateOfBirth: '2024-06-01' }),
    '352': goodChild({ dateOfBirth: '2006-01-01', legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: null }] }),
    '145': goodChild({ categoryOfNeed: null }),
    'FP-PLACEMENT-BEFORE-CARE': goodChild({ placements: [placement({ startDate: '2024-04-20' })] }),
    'FP-PLACEMENT-AFTER-CARE': goodChild({ dateCeasedLookedAfter: '2024-12-01', placements: [placement({ startDate: '2024-05-01', endReason: 'E4A' })] }),
    '142': goodChild({ placements: [placement({ startDate: '2024-05-01', endDate: null }), placement({ startDate: '2024-08-01' })] }),
    '501': goodChild({ placements: [placement({ startDate: '2024-05-01', endDate: '2024-09-01', reasonForChange: 'CARPL' }), placement({ startDate: '2024-08-01' })] }),
    'FP-LEGAL-OVERLAP': goodChild({ legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: null }, { status: 'INTERIM_CARE_ORDER', startDate: '2024-07-01', endDate: null }] }),
    'FP-NOT-LOOKED-AFTER-ORDER': goodChild({ legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: '2024-10-01' }, { status: 'SPECIAL_GUARDIANSHIP_ORDER', startDate: '2024-10-01', endDate: null }] }),
    'FP-CARE-ORDER-AGE': goodChild({ dateOfBirth: '2007-03-01', legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: '2024-07-01' }, { status: 'INTERIM_CARE_ORDER', startDate: '2024-07-01', endDate: null }] }),
    '144': goodChild({ legalStatuses: [{ status: 'SECTION_20', startDate: '2024-06-01', endDate: null }] }),
    '146': goodChild({ placements: [placement({ startDate: '2024-06-01' })] }),
    '178': goodChild({ placements: [placement({ startDate: '2024-05-01', provider: 'PR9' })] }),
    '550': goodChild({ placements: [placement({ startDate: '2024-05-01', provider: 'PR0' })] }),
    // The council's own children's home, outside its area.
    '1015': goodChild({ placements: [placement({ type: 'RESIDENTIAL', startDate: '2024-05-01', provider: 'PR1', inArea: false })] }),
    '149': goodChild({ dateCeasedLookedAfter: '2024-12-01', placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E44' })] }),
    '225': goodChild({ placements: [placement({ id: 'x', startDate: '2024-05-01', endDate: '2024-09-15', reasonForChange: null }), placement({ startDate: '2024-09-15' })] }),
    '1009': goodChild({ placements: [placement({ id: 'x', startDate: '2024-05-01', endDate: '2024-09-15', reasonForChange: 'MOVED' }), placement({ startDate: '2024-09-15' })] }),
    '359': goodChild({ dateOfBirth: '2006-07-01', legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: '2024-07-01' }, { status: 'FULL_CARE_ORDER', startDate: '2024-07-01', endDate: null }] }),
    '378': goodChild({ placements: [placement({ type: 'PARENTS', provider: 'PR0', startDate: '2024-05-01' })], legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: null }] }),
    '386': goodChild({ dateOfBirth: '2006-06-01', dateCeasedLookedAfter: '2024-12-01', legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: null }], placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E11' })] }),
    '387': goodChild({ dateCeasedLookedAfter: '2024-12-01', placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E5' })] }),
    '407': goodChild({ dateOfBirth: '2006-06-01', dateCeasedLookedAfter: '2024-12-01', legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: null }], placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E45' })] }),
    '167': goodChild({ reviews: [{ heldOn: '2024-05-28', participation: null }] }),
    '440': goodChild({ reviews: [{ heldOn: '2024-05-28', participation: 'PN0' }] }),
    '441': goodChild({ dateOfBirth: '2022-01-01', reviews: [{ heldOn: '2024-05-28', participation: 'PN1' }] }),
    'FP-REVIEW-OUTSIDE': goodChild({ reviews: [{ heldOn: '2024-04-20', participation: 'PN1' }] }),
    // OC2, for a child looked after since May 2023 (12 months at 31 March 2025).
    '191': goodChild(inCareSince2023),
    '180': oc2Child({ sdqScore: 41 }),
    '197a': oc2Child({ sdqReason: 'SDQ2' }),
    '186': oc2Child({ sdqScore: null }),
    '157': oc2Child({ sdqScore: null, sdqReason: 'SDQ1' }),
    '188': oc2Child({ healthCheck: true }, '2021-06-01'),
    '545': oc2Child({ sdqScore: null }, '2021-06-01'),
    '546': oc2Child({ healthCheck: true }),
    '543': oc2Child({}, '2010-01-01'),
    '542': oc2Child({ convicted: false }),
    '192': oc2Child({ substanceMisuse: true }),
    '158': oc2Child({ substanceMisuse: true, interventionReceived: true, interventionOffered: false }),
    '159': oc2Child({ substanceMisuse: true, interventionReceived: false }),
    '193': oc2Child({ interventionReceived: true }),
    // Missing periods: open after the placement ended (575), after care ended (577), at the 18th birthday care ended on, not E8 (580).
    '575': goodChild({ missingEpisodes: [{ kind: 'M', startDate: '2024-08-01', endDate: null }] }),
    '577': goodChild({
      dateCeasedLookedAfter: '2024-12-01',
      placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E8' })],
      missingEpisodes: [{ kind: 'A', startDate: '2024-10-01', endDate: null }],
    }),
    '580': goodChild({
      dateOfBirth: '2006-12-01',
      dateCeasedLookedAfter: '2024-12-01',
      placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E4A' })],
      missingEpisodes: [{ kind: 'M', startDate: '2024-11-20', endDate: '2024-12-01' }],
    }),
    // Adopted in 2024/25 with no match recorded in family finding (601), matched before the decision (333), placed before the match (331).
    '601': adopted({ adoptionMatch: null }),
    '333': adopted({ adoptionDecisionOn: '2024-11-25' }),
    '331': adopted({ adoptionMatch: { matchedOn: '2024-12-10', adoptersSex: 'F1', adoptersLegalStatus: 'L0' } }),
  };

  it('compares last year’s open missing period with this year’s first (576)', () => {
    const open = { kind: 'M', startDate: '2025-03-20', endDate: null };
    expect(missingCarriedOver([open], [{ ...open, endDate: '2025-04-02' }])).toBeNull();
    expect(missingCarriedOver([open], [{ kind: 'M', startDate: '2025-03-21', endDate: '2025-04-02' }])).toEqual(open);
    expect(missingCarriedOver([{ ...open, endDate: '2025-03-25' }], [{ kind: 'M', startDate: '2025-05-01', endDate: null }])).toBeNull();
    // From the records, a period open at 31 March 2025 carries into 2025/26 with its start, so the return passes.
    const child = goodChild({ missingEpisodes: [{ kind: 'M', startDate: '2025-03-20', endDate: '2025-04-02' }] });
    expect(codes(child, collectionYear(2026))).not.toContain('576');
  });

  it('keeps a missing period inside the period of care (577) and closes it when the placement ends (575)', () => {
    expect(missingOutsideCare({ kind: 'M', startDate: '2024-06-01', endDate: '2024-06-03' }, '2024-05-01', null)).toBe(false);
    expect(missingOutsideCare({ kind: 'M', startDate: '2024-06-01', endDate: null }, '2024-05-01', null)).toBe(false);
    expect(missingOutsideCare({ kind: 'M', startDate: '2024-06-01', endDate: null }, '2024-05-01', '2024-12-01')).toBe(true);
    expect(missingOutsideCare({ kind: 'M', startDate: '2024-11-28', endDate: '2024-12-03' }, '2024-05-01', '2024-12-01')).toBe(true);
    expect(missingOutsideCare({ kind: 'M', startDate: '2024-04-01', endDate: '2024-04-20' }, '2024-05-01', null)).toBe(true);
    // Closed inside its placement: neither rule.
    expect(codes(goodChild({ missingEpisodes: [{ kind: 'M', startDate: '2024-08-01', endDate: '2024-08-03' }] }))).toEqual([]);
    // Still open at 31 March in a placement that carries on: returned without an end, and that is right.
    expect(codes(goodChild({ missingEpisodes: [{ kind: 'M', startDate: '2025-03-30', endDate: null }] }))).toEqual([]);
    expect(validateChild(breaking['575'], Y2025)).toEqual([
      { code: '575', field: 'MIS_END', message: 'The placement the child went missing from has ended, but the missing or away period has no end: record when the child came back.', date: '2024-08-01' },
    ]);
  });

  it('wants E8 when a young person missing at their 18th birthday leaves care on it (580), and nothing else', () => {
    const e8 = goodChild({ ...breaking['580'], placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason: 'E8' })] });
    expect(codes(e8)).not.toContain('580');
    expect(codes(breaking['580'])).toContain('580');
  });

  it('asks for every AD1 item of a child adopted in the year (601), naming what is missing', () => {
    expect(codes(adopted())).toEqual([]);
    expect(validateChild(adopted({ adoptionMatch: { matchedOn: '2024-11-20', adoptersSex: null, adoptersLegalStatus: null } }), Y2025)).toEqual([
      { code: '601', field: 'SEX_ADOPTR', message: 'The child was adopted in the year: record who the adopters are (family finding), the adopters’ legal status (family finding).', date: '2025-02-01' },
    ]);
    expect(buildReturn([adopted({ adoptionMatch: null })], Y2025).ad1[0]).toMatchObject({ DATE_INT: '10/06/2024', DATE_MATCH: '', SEX_ADOPTR: '', FOSTER_CARE: '0' });
  });

  it('previous permanence (630 to 633, 635): each rule passes the record kept right and fails the one that breaks it', () => {
    const order = { previousPermanence: 'P2', previousPermanenceLa: '313', previousPermanenceDate: '2019-06-ZZ' };
    const passing: Record<string, Ssda903Child> = {
      '630': goodChild(order),
      '631': goodChild({ previousPermanence: 'P4', previousPermanenceLa: 'SCO', previousPermanenceDate: '2020-03-14' }),
      // The latest day ZZ/04/2024 can be (30/04/2024) is before care began on 01/05/2024.
      '632': goodChild({ ...order, previousPermanenceDate: '2024-04-ZZ' }),
      '633': goodChild({ ...order, previousPermanenceLa: '835' }),
      '635': goodChild({ previousPermanence: 'Z1' }),
    };
    for (const [code, child] of Object.entries(passing)) {
      expect([code, codes(child)]).toEqual([code, []]);
      expect([code, validateChild(breaking[code], Y2025).map((i) => i.code)]).toEqual([code, [code]]);
    }
    expect(validateChild(breaking['632'], Y2025)[0]).toMatchObject({ field: 'DATE_PERM', date: '2024-05-01' });
    // The row is written as held, ZZ kept; not recorded is Z1; a child whose care began before the year has no row (634 cannot fail).
    expect(buildReturn([goodChild(order)], Y2025).previous_permanence).toEqual([{ CHILD: 'RB104037', DOB: '10/06/2015', PREV_PERM: 'P2', LA_PERM: '313', DATE_PERM: 'ZZ/06/2019' }]);
    expect(buildReturn([goodChild({ previousPermanence: null })], Y2025).previous_permanence[0]).toMatchObject({ PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' });
    expect(buildReturn([goodChild({ ...order, ...inCareSince2023 })], Y2025).previous_permanence).toEqual([]);
    expect(codes(goodChild({ ...order, ...inCareSince2023, previousPermanenceLa: '777' }))).not.toContain('633');
    // On the record (no year): checked once recorded.
    expect(validateChild(breaking['633']).map((i) => i.code)).toContain('633');
  });

  it('has a breaking record for every rule', () => {
    // 576 compares with last year's return, which the records rebuild the same way: tested on its own above.
    // The DoLo rules (700 to 710) read the table as returned (703, 704 and 706 cannot fail on a return built from the records): each has its own pass and fail case below.
    expect(Object.keys(breaking).sort()).toEqual(Object.keys(SSDA903_RULES).filter((r) => r !== '576' && !(DOLO_RULES as readonly string[]).includes(r)).sort());
  });

  it.each(Object.entries(breaking))('rule %s fails on its breaking record with a plain explanation', (code, child) => {
    const issues = validateChild(child, collectionYear(breakingYear[code] ?? 2025)).filter((i) => i.code === code);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].message.length).toBeGreaterThan(20);
  });

  it('1015: own provision out of the area only for foster care and adoption', () => {
    const home = (fields: Partial<Ssda903Placement>) => codes(goodChild({ placements: [placement({ type: 'RESIDENTIAL', startDate: '2024-05-01', ...fields })] }));
    // Passing: the council's own home in its area, a private home out of it, its own foster carers out of it.
    expect(home({ provider: 'PR1', inArea: true })).not.toContain('1015');
    expect(home({ provider: 'PR4', inArea: false })).not.toContain('1015');
    expect(codes(goodChild({ placements: [placement({ type: 'FOSTER_CARE', startDate: '2024-05-01', provider: 'PR1', inArea: false })] }))).not.toContain('1015');
    // Failing: its own home out of its area, with the DfE's wording, once per episode (the legal status changes on 01/07/2024) as the DfE flags episodes.
    const wording = expect.stringMatching(/^Placement provider is own provision but child not placed in own LA/);
    expect(validateChild(breaking['1015'], Y2025).filter((i) => i.code === '1015')).toEqual([
      expect.objectContaining({ field: 'PL_LA', date: '2024-05-01', message: wording }),
      expect.objectContaining({ field: 'PL_LA', date: '2024-07-01', message: wording }),
    ]);
  });

  it('explains a missing reason for a move (225) apart from a reason that is not a code (1009)', () => {
    expect(validateChild(breaking['225'], Y2025)).toEqual([
      { code: '225', field: 'REASON_PLACE_CHANGE', message: 'The child moved placement but the reason for the placement change is not recorded.', date: '2024-09-15' },
    ]);
    expect(validateChild(breaking['1009'], Y2025)).toEqual([
      { code: '1009', field: 'REASON_PLACE_CHANGE', message: 'The reason for the placement change "MOVED" is not a valid code.', date: '2024-09-15' },
    ]);
    expect(codes(breaking['142'])).toContain('142');
  });

  it('checks the placement postcode under 392c too', () => {
    const child = goodChild({ placements: [placement({ startDate: '2024-05-01', postcode: 'XYZ' })] });
    // One per episode row with that postcode: the placement spans the change from section 20 to an interim care order.
    expect(validateChild(child, Y2025).map((i) => [i.code, i.field, i.date])).toEqual([
      ['392c', 'PL_POST', '2024-05-01'],
      ['392c', 'PL_POST', '2024-07-01'],
    ]);
  });

  it('takes UN1 to UN5 for an unknown UPN, and nothing else in its place (168)', () => {
    expect(codes(goodChild({ upn: 'UN5' }))).toEqual([]);
    expect(codes(goodChild({ upn: 'UN6' }))).toEqual(['168']);
  });

  it('wants a young person looked after past 18 under section 20 in a community home (359: V2 and K2)', () => {
    const adult = (type: 'FOSTER_CARE' | 'RESIDENTIAL') =>
      goodChild({
        dateOfBirth: '2006-05-01',
        legalStatuses: [{ status: 'SECTION_20', startDate: '2024-05-01', endDate: null }],
        placements: [placement({ type, startDate: '2024-05-01' })],
      });
    // Eighteen on 1 May 2024, the day care began: an episode that starts then is after the 18th birthday.
    expect(codes(adult('FOSTER_CARE'))).toContain('359');
    expect(codes(adult('RESIDENTIAL'))).not.toContain('359');
  });

  it('ends care in independent living with E5 or E6 only from 14 (387), and knows no E56', () => {
    const ended = (endReason: string) =>
      goodChild({ dateCeasedLookedAfter: '2024-12-01', placements: [placement({ startDate: '2024-05-01', endDate: '2024-12-01', endReason })] });
    expect(codes(ended('E6'))).toContain('387');
    expect(codes(ended('E56'))).toContain('149');
  });
});

describe('SSDA903 OC2 (health outcomes)', () => {
  const since2023 = { dateLookedAfter: '2023-05-01', placements: [placement({ startDate: '2023-05-01' })], legalStatuses: [{ status: 'FULL_CARE_ORDER' as const, startDate: '2023-05-01', endDate: null }], reviews: [] };

  it('writes one row for a child looked after for 12 months at 31 March, with 0 and 1 and empty items not asked', () => {
    const child = goodChild({ ...since2023, healthOutcomes: [HEALTH_2025, { ...HEALTH_2025, year: 2024, sdqScore: 30 }] });
    expect(validateChild(child, Y2025)).toEqual([]);
    expect(buildReturn([child], Y2025).oc2).toEqual([
      {
        CHILD: 'RB104037', DOB: '10/06/2015', SDQ_SCORE: '12', SDQ_REASON: '', CONVICTED: '', HEALTH_CHECK: '', IMMUNISATIONS: '1', TEETH_CHECK: '0',
        HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '',
      },
    ]);
  });

  it('writes no row for a child who came into care in the year, even with a record (rule 190)', () => {
    const child = goodChild({ healthOutcomes: [HEALTH_2025] });
    expect(continuouslyLookedAfter(episodesInYear(deriveEpisodes(child), Y2025), Y2025)).toBe(false);
    expect(buildReturn([child], Y2025).oc2).toEqual([]);
    expect(codes(child)).toEqual([]);
  });

  it('asks by age as the DfE does: SDQ from the year a child turns 4 to the year they turn 17, convictions from 10, development checks under 5', () => {
    expect(oc2Asks('2021-03-31', Y2025)).toEqual({ sdq: true, sdq1Allowed: true, convicted: false, healthCheck: true });
    expect(oc2Asks('2021-04-01', Y2025)).toEqual({ sdq: false, sdq1Allowed: true, convicted: false, healthCheck: true });
    expect(oc2Asks('2015-03-31', Y2025)).toEqual({ sdq: true, sdq1Allowed: false, convicted: true, healthCheck: false });
    expect(oc2Asks('2007-04-01', Y2025)).toEqual({ sdq: true, sdq1Allowed: true, convicted: true, healthCheck: false });
    expect(oc2Asks('2007-03-31', Y2025)).toEqual({ sdq: false, sdq1Allowed: true, convicted: true, healthCheck: false });
  });

  it('counts a child who left care on 31 March as looked after for 12 months, and one who left the day before as not', () => {
    const left = (on: string) =>
      goodChild({ ...since2023, dateCeasedLookedAfter: on, placements: [placement({ startDate: '2023-05-01', endDate: on, endReason: 'E8' })], legalStatuses: [{ status: 'FULL_CARE_ORDER', startDate: '2023-05-01', endDate: on }] });
    expect(codes(left('2025-03-31'))).toContain('191');
    expect(codes(left('2025-03-30'))).not.toContain('191');
  });
});

describe('SSDA903 missing and away from placement', () => {
  it('writes each period open in the year, without an end that falls after 31 March', () => {
    const child = goodChild({
      missingEpisodes: [
        { kind: 'M', startDate: '2024-05-10', endDate: '2024-05-11' },
        { kind: 'A', startDate: '2025-03-30', endDate: '2025-04-02' },
        { kind: 'M', startDate: '2025-06-01', endDate: null },
      ],
    });
    expect(buildReturn([child], Y2025).missing).toEqual([
      { CHILD: 'RB104037', DOB: '10/06/2015', MISSING: 'M', MIS_START: '10/05/2024', MIS_END: '11/05/2024' },
      { CHILD: 'RB104037', DOB: '10/06/2015', MISSING: 'A', MIS_START: '30/03/2025', MIS_END: '' },
    ]);
    expect(buildReturn([child], collectionYear(2026)).missing.map((m) => [m.MISSING, m.MIS_START, m.MIS_END])).toEqual([
      ['A', '30/03/2025', '02/04/2025'],
      ['M', '01/06/2025', ''],
    ]);
  });
});

describe('SSDA903 OC3 (care leavers)', () => {
  // Born 1 July 2006, looked after from 2019, left care on the 18th birthday (1 July 2024, E17).
  const leaver = (fields: Partial<Ssda903Child> = {}): Ssda903Child =>
    goodChild({
      gender: 'MALE',
      dateOfBirth: '2006-07-01',
      dateLookedAfter: '2019-03-01',
      dateCeasedLookedAfter: '2024-07-01',
      mother: null,
      placements: [placement({ id: 'leaver', type: 'LONG_TERM_FOSTER', startDate: '2019-03-01', endDate: '2024-07-01', endReason: 'E17' })],
      legalStatuses: [{ status: 'FULL_CARE_ORDER' as const, startDate: '2019-03-01', endDate: '2024-07-01' }],
      reviews: [],
      ...fields,
    });
  const y2025 = collectionYear(2025);
  const y2026 = collectionYear(2026);

  it('asks nothing at the 18th birthday when care ended on it (rules 1007, 1016), then the 19th the next year', () => {
    expect(buildReturn([leaver()], y2025).oc3).toEqual([]);
    const files = buildReturn([leaver({ careLeaverBirthdays: [{ age: 19, inTouch: 'YES', activity: 'F2', accommodation: 'Z1' }] })], y2026);
    expect(files.oc3).toEqual([{ CHILD: 'RB104037', DOB: '01/07/2006', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'Z1' }]);
    // Not looked after in the year: the header without motherhood (628), and no other table (1012).
    expect(files.header).toHaveLength(1);
    expect(files.header[0]).toMatchObject({ CHILD: 'RB104037', MOTHER: '', MC_DOB: '' });
    expect(files.episodes).toEqual([]);
    expect(files.reviews).toEqual([]);
  });

  it('writes 0 for activity and accommodation when the council is not in touch (344, 345)', () => {
    const files = buildReturn([leaver({ careLeaverBirthdays: [{ age: 19, inTouch: 'REFU', activity: null, accommodation: null }] })], y2026);
    expect(files.oc3[0]).toMatchObject({ IN_TOUCH: 'REFU', ACTIV: '0', ACCOM: '0' });
  });

  it('reports a birthday not recorded (131), and leaves the row blank', () => {
    expect(buildReturn([leaver()], y2026).oc3[0]).toMatchObject({ IN_TOUCH: '', ACTIV: '', ACCOM: '' });
    expect(validateChild(leaver(), y2026).map((i) => i.code)).toEqual(['131']);
    expect(validateChild(leaver({ careLeaverBirthdays: [{ age: 19, inTouch: 'NO', activity: null, accommodation: null }] }), y2026)).toEqual([]);
  });

  it('has a row for the 18th birthday of a young person who left care at 17 (a relevant child)', () => {
    const relevant = leaver({
      dateCeasedLookedAfter: '2024-01-10',
      placements: [placement({ id: 'leaver', type: 'LONG_TERM_FOSTER', startDate: '2019-03-01', endDate: '2024-01-10', endReason: 'E8' })],
      legalStatuses: [{ status: 'FULL_CARE_ORDER' as const, startDate: '2019-03-01', endDate: '2024-01-10' }],
    });
    expect(buildReturn([relevant], y2025).oc3).toHaveLength(1);
  });

  it('has no row for an adopted child, nor for care that ended before the 16th birthday (1001)', () => {
    const adopted = leaver({ placements: [placement({ id: 'a', type: 'LONG_TERM_FOSTER', startDate: '2019-03-01', endDate: '2024-07-01', endReason: 'E11' })] });
    expect(buildReturn([adopted], y2026).oc3).toEqual([]);
    const young = leaver({
      dateCeasedLookedAfter: '2022-01-01',
      placements: [placement({ id: 'y', type: 'FOSTER_CARE', startDate: '2019-03-01', endDate: '2022-01-01', endReason: 'E4A' })],
      legalStatuses: [{ status: 'FULL_CARE_ORDER' as const, startDate: '2019-03-01', endDate: '2022-01-01' }],
    });
    expect(buildReturn([young], y2026).oc3).toEqual([]);
    expect(buildReturn([young], y2026).header).toEqual([]);
  });
});

describe('SSDA903 deprivation of liberty orders (DoLo, from 2026/27)', () => {
  const Y2027 = collectionYear(2027);
  /** A child in a children's home (K2) from September 2024 with a DoLO from May to November 2026. */
  const dolo = (fields: Partial<Ssda903Child> = {}): Ssda903Child =>
    goodChild({
      placements: [
        placement({ id: 'first', startDate: '2024-05-01', endDate: '2024-09-15', reasonForChange: 'CARPL' }),
        placement({ id: 'home', type: 'RESIDENTIAL', carerName: 'Oak House', startDate: '2024-09-15', endDate: null }),
      ],
      deprivationOfLibertyOrders: [{ startDate: '2026-05-01', endDate: '2026-11-01' }],
      ...fields,
    });
  const doloCodes = (child: Ssda903Child, year = Y2027) => validateChild(child, year).map((i) => i.code).filter((c) => (DOLO_RULES as readonly string[]).includes(c));
  const episodes = (child: Ssda903Child, year = Y2027) => episodesInYear(deriveEpisodes(child), year);
  const base = (fields: Partial<DoloRuleInput> = {}): DoloRuleInput => ({
    dateOfBirth: '2015-06-10',
    orders: [{ startDate: '2026-05-01', endDate: '2026-11-01' }],
    episodes: episodes(dolo()),
    year: Y2027,
    previous: null,
    ...fields,
  });
  const rules = (input: DoloRuleInput) => doloProblems(input).map((p) => p.rule);

  it('writes DoLo.csv with the DfE’s columns in 2026/27 only, an order in force at 31 March without its end', () => {
    expect(SSDA903_FILES.DoLo).toEqual(['CHILD', 'DOB', 'DOLO_START', 'DOLO_END']);
    expect(ssda903FileNamesFor(2026)).not.toContain('DoLo');
    expect(ssda903FileNamesFor(2027)).toContain('DoLo');
    const child = dolo({ deprivationOfLibertyOrders: [{ startDate: '2026-05-01', endDate: '2026-11-01' }, { startDate: '2027-02-01', endDate: '2027-05-01' }] });
    expect(buildReturn([child], Y2027).DoLo).toEqual([
      { CHILD: 'RB104037', DOB: '10/06/2015', DOLO_START: '01/05/2026', DOLO_END: '01/11/2026' },
      { CHILD: 'RB104037', DOB: '10/06/2015', DOLO_START: '01/02/2027', DOLO_END: '' },
    ]);
    expect(buildReturn([child], collectionYear(2026)).DoLo).toEqual([]);
    expect(doloCodes(child)).toEqual([]);
    expect(doloCodes(child, collectionYear(2028))).toEqual([]);
  });

  // Each of the DfE's rules 700 to 710: the good order passes, and the change named fails that rule.
  const failing: Record<(typeof DOLO_RULES)[number], Partial<DoloRuleInput>> = {
    '700': { orders: [{ startDate: '2026-02-30', endDate: null }] },
    '701': { orders: [{ startDate: '2026-05-01', endDate: '2026-13-01' }] },
    '702': { orders: [{ startDate: '2026-05-01', endDate: '2026-05-01' }] },
    '703': { orders: [{ startDate: '2027-04-02', endDate: null }] },
    '704': { orders: [{ startDate: '2026-05-01', endDate: '2027-04-10' }] },
    '705': { orders: [{ startDate: '2026-05-01', endDate: '2026-11-01' }, { startDate: '2026-10-01', endDate: '2026-12-01' }] },
    '706': { previous: [{ startDate: '2026-03-01', endDate: null }] },
    '707': { episodes: episodes(dolo({ dateCeasedLookedAfter: '2026-08-01', placements: [placement({ type: 'RESIDENTIAL', startDate: '2024-05-01', endDate: '2026-08-01', endReason: 'E8' })] })) },
    '708': { dateOfBirth: '2026-05-01' },
    '709': { episodes: episodes(dolo({ placements: [placement({ startDate: '2024-05-01', endDate: null })] })) },
    '710': { episodes: episodes(dolo({ placements: [placement({ type: 'PARENTS', provider: 'PR0', startDate: '2024-05-01', endDate: null })] })) },
  };
  it.each(DOLO_RULES.map((rule) => [rule]))('rule %s: passes the good order and fails the broken one', (rule) => {
    expect(rules(base())).toEqual([]);
    expect(rules(base(failing[rule]))).toContain(rule);
  });

  it('carries an order in force at 31 March into next year’s return with its start (706), and checks the record as a whole', () => {
    const open = dolo({ deprivationOfLibertyOrders: [{ startDate: '2027-02-01', endDate: null }] });
    expect(doloCodes(open, collectionYear(2028))).toEqual([]);
    expect(rules(base({ previous: [{ startDate: '2026-05-01', endDate: null }] }))).toEqual([]);
    // On the record (no year): an order still in force after care ended (707), in a foster placement (709).
    const ended = dolo({ dateCeasedLookedAfter: '2026-08-01', placements: [placement({ startDate: '2024-05-01', endDate: '2026-08-01', endReason: 'E8' })], deprivationOfLibertyOrders: [{ startDate: '2026-05-01', endDate: null }] });
    expect(validateChild(ended).map((i) => i.code).filter((c) => c.startsWith('70'))).toEqual(['707']);
    expect(validateChild(dolo({ placements: [placement({ startDate: '2024-05-01', endDate: null })] })).filter((i) => i.code === '709')).toEqual([
      expect.objectContaining({ code: '709', field: 'PLACE', date: '2024-07-01' }),
    ]);
  });
});

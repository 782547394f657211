import { annexAList8, isOnList8, type AnnexAChild } from './annex-a-list-8';
import type { Ssda903Child } from '../ssda903/ssda903.record';

const record = (fields: Partial<Ssda903Child> = {}): Ssda903Child => ({
  id: 'id-1', localId: 'C1', gender: 'FEMALE', dateOfBirth: '2015-05-20', ethnicity: 'White British', upn: null, homePostcode: null,
  dateLookedAfter: '2025-02-01', dateCeasedLookedAfter: null, categoryOfNeed: 'N1', uasc: false, mother: null, mothersChildDateOfBirth: null,
  adoptionDecisionOn: null, adoptionDecisionCeasedOn: null, adoptionDecisionCeasedReason: null, adoptionMatch: null, socialWorkerEpisodes: [],
  previousPermanence: null, previousPermanenceLa: null, previousPermanenceDate: null,
  placements: [
    { id: 'p1', type: 'FOSTER_CARE', carerName: 'The Smiths', startDate: '2025-02-01', endDate: '2025-06-01', postcode: 'BL1 1AA', inArea: true, provider: 'PR1', urn: null, reasonNewEpisode: 'S', reasonForChange: null, endReason: null },
    { id: 'p2', type: 'CONNECTED_PERSON', carerName: 'Aunt Lisa', startDate: '2025-06-01', endDate: null, postcode: 'M1 1AA', inArea: true, provider: 'PR1', urn: null, reasonNewEpisode: 'P', reasonForChange: 'CARPL', endReason: null },
  ],
  legalStatuses: [{ status: 'FULL_CARE_ORDER', startDate: '2025-02-01', endDate: null }],
  reviews: [{ heldOn: '2025-03-01', participation: 'PN1' }, { heldOn: '2025-08-20', participation: 'PN1' }],
  healthOutcomes: [], careLeaverBirthdays: [], deprivationOfLibertyOrders: [],
  missingEpisodes: [{ kind: 'M', startDate: '2025-09-01', endDate: '2025-09-02' }, { kind: 'A', startDate: '2024-01-01', endDate: '2024-01-02' }],
  ...fields,
});
const child = (fields: Partial<Ssda903Child> = {}, extra: Partial<AnnexAChild> = {}): AnnexAChild => ({
  record: record(fields), teamName: 'North', workerName: 'Sam Okoro', disability: null, inArea: new Map([['p2', false]]), planOption: 'KINSHIP_CARE', ...extra,
});

describe("Ofsted's Annex A List 8 (children in care)", () => {
  const reference = '2025-11-24';

  it('lists children in care on the reference date and those who left in the six months before it', () => {
    expect(isOnList8({ dateLookedAfter: '2025-02-01', dateCeasedLookedAfter: null }, reference)).toBe(true);
    expect(isOnList8({ dateLookedAfter: '2025-02-01', dateCeasedLookedAfter: '2025-05-24' }, reference)).toBe(true);
    expect(isOnList8({ dateLookedAfter: '2025-02-01', dateCeasedLookedAfter: '2025-05-23' }, reference)).toBe(false);
    expect(isOnList8({ dateLookedAfter: '2025-11-25', dateCeasedLookedAfter: null }, reference)).toBe(false);
    expect(isOnList8({ dateLookedAfter: null, dateCeasedLookedAfter: null }, reference)).toBe(false);
  });

  it('writes one line a child with the return’s codes and Annex A’s dates', () => {
    const [row] = annexAList8([child()], reference);
    expect(row).toMatchObject({
      'Child Unique ID': 'C1',
      Gender: 'b) Female',
      Ethnicity: 'WBRI',
      'Date of Birth': '20/05/2015',
      'Age of Child (Years)': 10,
      'Does the Child have a Disability': 'b) No',
      "Child's Legal Status": 'C2',
      'Start date of current legal status': '01/02/2025',
      'Date of Latest Statutory Review': '20/08/2025',
      'Number of Placements in the Last 12 months': 2,
      'Start Date of Most Recent Placement': '01/06/2025',
      'Placement postcode': 'M1 1AA',
      'Placement Location': 'b) Outside LA boundary',
      'Number of Missing Episodes in the Last 12 Months': 1,
      'Number of Absences in the Last 12 Months': 0,
      'Date Ceased to be Looked After': '',
      'Allocated Team': 'North',
      'Allocated Worker': 'Sam Okoro',
      // Not held by the product: left for the case system, never guessed.
      'Date of Last Social Work Visit': '',
      'Date of Last Health Assessment': '',
    });
  });

  it('puts children still in care before those who left, and gives the leaver’s date and reason', () => {
    const left = child(
      { id: 'id-2', localId: 'A0', dateCeasedLookedAfter: '2025-10-01', placements: [{ ...record().placements[1], endDate: '2025-10-01', endReason: 'E41' }] },
      { inArea: new Map() },
    );
    const rows = annexAList8([left, child()], reference);
    expect(rows.map((r) => r['Child Unique ID'])).toEqual(['C1', 'A0']);
    expect(rows[1]).toMatchObject({ 'Date Ceased to be Looked After': '01/10/2025', 'Reason Ceased to be Looked After': 'E41', 'Placement Location': '' });
  });
});

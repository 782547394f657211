import { upnCheckLetter } from './ssda903.codes';
import type { Ssda903Child, Ssda903Placement } from './ssda903.record';

/** A well-formed UPN: check letter, LA 318, school 1234, year 56, serial 789. */
export const GOOD_UPN = `${upnCheckLetter('318123456789')}318123456789`;

let n = 0;
export function placement(fields: Partial<Ssda903Placement> = {}): Ssda903Placement {
  n += 1;
  return {
    id: `p${n}`,
    type: 'FOSTER_CARE',
    carerName: `Carer ${n}`,
    startDate: '2024-05-01',
    endDate: null,
    postcode: 'TW1 3ES',
    inArea: true,
    provider: 'PR1',
    urn: 'SC123456',
    reasonNewEpisode: null,
    reasonForChange: null,
    endReason: null,
    ...fields,
  };
}

/**
 * A child whose record passes every rule: looked after from 1 May 2024 under
 * section 20, then an interim care order, one foster placement then a move.
 */
export function goodChild(fields: Partial<Ssda903Child> = {}): Ssda903Child {
  return {
    id: 'c1',
    localId: 'RB104037',
    gender: 'FEMALE',
    dateOfBirth: '2015-06-10',
    ethnicity: 'White British',
    upn: GOOD_UPN,
    homePostcode: 'TW11 8HE',
    dateLookedAfter: '2024-05-01',
    dateCeasedLookedAfter: null,
    categoryOfNeed: 'N1',
    uasc: false,
    mother: false,
    mothersChildDateOfBirth: null,
    previousPermanence: 'Z1',
    previousPermanenceLa: null,
    previousPermanenceDate: null,
    adoptionDecisionOn: null,
    adoptionDecisionCeasedOn: null,
    adoptionDecisionCeasedReason: null,
    adoptionMatch: null,
    placements: [
      placement({ id: 'first', startDate: '2024-05-01', endDate: '2024-09-15', reasonForChange: 'CARPL' }),
      placement({ id: 'second', type: 'LONG_TERM_FOSTER', startDate: '2024-09-15', endDate: null }),
    ],
    legalStatuses: [
      { status: 'SECTION_20', startDate: '2024-05-01', endDate: '2024-07-01' },
      { status: 'INTERIM_CARE_ORDER', startDate: '2024-07-01', endDate: null },
    ],
    reviews: [
      { heldOn: '2024-05-28', participation: 'PN1' },
      { heldOn: '2024-08-20', participation: 'PN3' },
    ],
    healthOutcomes: [],
    missingEpisodes: [],
    deprivationOfLibertyOrders: [],
    careLeaverBirthdays: [],
    socialWorkerEpisodes: [{ swId: 'SW123456', startDate: '2024-05-01', endDate: null, reason: 'FCONTA' }],
    ...fields,
  };
}

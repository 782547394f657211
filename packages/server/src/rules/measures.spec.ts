import { plan, wellRunChild } from './child-facts.fixture';
import { measuresForChild, movedInWithAdopters } from './measures';

describe('measures', () => {
  it('counts days in care and to permanence across a leap year', () => {
    const child = wellRunChild({ dateLookedAfter: '2023-12-31', plans: [plan({ status: 'ACHIEVED', achievedAt: '2024-12-31' })] });
    expect(measuresForChild(child, '2025-01-10')).toMatchObject({ daysInCare: 376, daysToPermanence: 366 });
    expect(measuresForChild(wellRunChild({ dateCeasedLookedAfter: '2024-02-04' }), '2024-07-10').daysInCare).toBe(30);
    expect(measuresForChild(wellRunChild(), '2024-07-10').daysToPermanence).toBeNull();
  });

  it('times adoption as the scorecard does, from fostering for adoption with the same carers', () => {
    const child = wellRunChild({
      legalStatuses: [{ status: 'PLACEMENT_ORDER', startDate: '2024-03-01', endDate: null }],
      placements: [
        { type: 'FOSTER_CARE', startDate: '2024-01-05', endDate: '2024-02-01', carerName: 'Sam', inArea: true },
        { type: 'FOSTERING_FOR_ADOPTION', startDate: '2024-02-01', endDate: '2024-06-01', carerName: 'The Okafors', inArea: true },
        { type: 'ADOPTIVE_PLACEMENT', startDate: '2024-06-01', endDate: null, carerName: 'The Okafors', inArea: true },
      ],
      adoptionMatchedOn: '2024-05-15',
    });
    expect(movedInWithAdopters(child)).toBe('2024-02-01');
    expect(measuresForChild(child, '2024-07-10')).toMatchObject({ daysEnteringCareToAdoptiveFamily: 27, daysPlacementOrderToMatch: 75 });
  });

  it('costs placements to date', () => {
    // 350 a week from 5 January to 10 July 2024: 187 days.
    expect(measuresForChild(wellRunChild(), '2024-07-10').placementCostToDate).toBe(9350);
  });
});

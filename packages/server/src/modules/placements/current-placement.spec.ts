import { currentOf } from '../case-records/case-record.periods';

describe('currentOf', () => {
  it('is the started placement with no end, or ending after today', () => {
    const a = { id: 'a', startDate: '2025-01-01', endDate: '2026-02-01' };
    const b = { id: 'b', startDate: '2026-02-01', endDate: null };
    expect(currentOf([a, b], '2026-11-24')).toBe(b);
    expect(currentOf([a], '2026-11-24')).toBeNull();
  });
});

import { currentOf } from '../case-records/case-record.periods';
import { movesInLast12Months } from './placement-moves';

describe('movesInLast12Months', () => {
  const p = (startDate: string, endDate: string | null = null) => ({ startDate, endDate });

  it('does not count the first placement', () => {
    expect(movesInLast12Months([p('2026-05-01')], '2026-11-24')).toBe(0);
  });

  it('counts every later start within the last 12 months', () => {
    const list = [p('2025-01-01'), p('2026-01-10'), p('2026-03-01'), p('2026-06-01'), p('2026-11-24')];
    expect(movesInLast12Months(list, '2026-11-24')).toBe(4);
  });

  it('leaves out moves on or before the same day a year ago', () => {
    expect(movesInLast12Months([p('2024-01-01'), p('2025-11-24'), p('2025-11-25')], '2026-11-24')).toBe(1);
  });
});

describe('currentOf', () => {
  it('is the started placement with no end, or ending after today', () => {
    const a = { id: 'a', startDate: '2025-01-01', endDate: '2026-02-01' };
    const b = { id: 'b', startDate: '2026-02-01', endDate: null };
    expect(currentOf([a, b], '2026-11-24')).toBe(b);
    expect(currentOf([a], '2026-11-24')).toBeNull();
  });
});

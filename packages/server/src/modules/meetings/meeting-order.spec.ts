import { newestFirst, nextReview } from './meeting-order';

const m = (id: string, type: 'FIRST_REVIEW' | 'SECOND_REVIEW' | 'PERMANENCE_PLANNING_MEETING', dates: { dueDate?: string; scheduledFor?: string; heldOn?: string }) => ({
  id, type, dueDate: dates.dueDate ?? null, scheduledFor: dates.scheduledFor ?? null, heldOn: dates.heldOn ?? null,
});

describe('meeting order', () => {
  const meetings = [
    m('first', 'FIRST_REVIEW', { dueDate: '2026-02-12', heldOn: '2026-02-10' }),
    m('ppm', 'PERMANENCE_PLANNING_MEETING', { scheduledFor: '2026-12-01' }),
    m('second', 'SECOND_REVIEW', { dueDate: '2026-05-10', scheduledFor: '2026-05-08' }),
    m('third', 'SECOND_REVIEW', { dueDate: '2026-11-08' }),
  ];

  it('lists the newest first by held, booked or due date', () => {
    expect(newestFirst(meetings).map((x) => x.id)).toEqual(['ppm', 'third', 'second', 'first']);
  });

  it('finds the earliest review not yet held', () => {
    expect(nextReview(meetings)?.id).toBe('second');
    expect(nextReview(meetings.slice(0, 2))).toBeNull();
  });
});

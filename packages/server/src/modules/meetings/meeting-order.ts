import { REVIEW_MEETING_TYPES, type MeetingType } from '@forever-planning/shared';

interface Dated {
  type: MeetingType;
  dueDate: string | null;
  scheduledFor: string | null;
  heldOn: string | null;
}

/** The day a meeting is about: when it was held, else when it is booked, else when it is due. */
export const meetingDay = (m: Dated): string => m.heldOn ?? m.scheduledFor ?? m.dueDate ?? '';

/** Newest first (a meeting with no date at all last). Stable for equal days. */
export function newestFirst<T extends Dated>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => meetingDay(b).localeCompare(meetingDay(a)));
}

/** The earliest review not yet held, by booked date, else due date. */
export function nextReview<T extends Dated>(meetings: readonly T[]): T | null {
  const pending = meetings.filter((m) => REVIEW_MEETING_TYPES.includes(m.type) && !m.heldOn);
  return [...pending].sort((a, b) => meetingDay(a).localeCompare(meetingDay(b)))[0] ?? null;
}

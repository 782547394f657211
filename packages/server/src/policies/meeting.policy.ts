import { REVIEW_MEETING_TYPES, type MeetingType } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { can } from './child.policy';
import type { ChildFactsForPolicy } from './predicates';

export type MeetingAction = 'schedule' | 'record' | 'signOff' | 'share';

export const isReview = (type: MeetingType) => REVIEW_MEETING_TYPES.includes(type);

/**
 *   may schedule a meeting         = editCase on its child, OR (review on its child AND it is a review)
 *   may record a review            = review on its child (the child's IRO)
 *   may record any other meeting   = editCase on its child
 *   may sign off a review record   = review on its child (the child's IRO, who chaired it) AND it is a review
 *   may share a review with the child = editCase OR review on its child, AND it is a review
 */
export function mayOnMeeting(actor: Actor, action: MeetingAction, child: ChildFactsForPolicy, type: MeetingType): boolean {
  switch (action) {
    case 'schedule':
      return can(actor, 'editCase', child) || (isReview(type) && can(actor, 'review', child));
    case 'record':
      return isReview(type) ? can(actor, 'review', child) : can(actor, 'editCase', child);
    case 'signOff':
      return isReview(type) && can(actor, 'review', child);
    case 'share':
      return isReview(type) && (can(actor, 'editCase', child) || can(actor, 'review', child));
  }
}

/** What a meeting is at now, for what may be done with it next. */
export interface MeetingFacts {
  type: MeetingType;
  heldOn: string | null;
  signedOffAt: Date | null;
  sharedWithChildAt: Date | null;
}

/**
 * What this person may do with this meeting now: the rule above AND the
 * meeting's state, as meetings.service.ts checks them (a signed-off record no
 * longer changes; only a held review is signed off, once; only a signed-off
 * review is shared, and the portal offers that once). The portal reads these
 * and decides nothing itself.
 */
export function meetingAbilities(actor: Actor, child: ChildFactsForPolicy, m: MeetingFacts): { canRecord: boolean; canSignOff: boolean; canShareWithChild: boolean } {
  return {
    canRecord: mayOnMeeting(actor, 'record', child, m.type) && !m.signedOffAt,
    canSignOff: mayOnMeeting(actor, 'signOff', child, m.type) && m.heldOn !== null && !m.signedOffAt,
    canShareWithChild: mayOnMeeting(actor, 'share', child, m.type) && m.signedOffAt !== null && !m.sharedWithChildAt,
  };
}

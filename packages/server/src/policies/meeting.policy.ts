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

import DataLoader from 'dataloader';
import { childScopedLoader, registerLoader, rowsByIdWithinReach } from '../../loaders';
import { REVIEW_MEETING_TYPES } from '@forever-planning/shared';
import { childRowPickPart, childRowsPart, registerScreenPart } from '../../common/screen-query';
import { MeetingEntity } from './meeting.entity';

const ORDER = { created_at: 'DESC', id: 'DESC' } as const;

/** Every meeting of each child. */
export const meetingsByChildLoader = registerLoader('meetingsByChild', (services, actor) =>
  childScopedLoader(services, actor, MeetingEntity, { orderBy: ORDER }),
);

/** The same rows inside a screen's one statement. */
registerScreenPart(childRowsPart({ name: 'meetingsByChild', entity: MeetingEntity, fields: ['meetings'], orderBy: ORDER }));

/**
 * Just the next review when the list is not asked for: meeting-order's nextReview (reviews not held,
 * by booked date else due date, one with neither first, ties in ORDER).
 */
registerScreenPart(
  childRowPickPart({
    name: 'nextReview',
    entity: MeetingEntity,
    field: 'nextReview',
    exceptWith: ['meetings'],
    where: 'x.type = ANY(:screenReviewTypes::text[]) AND x.held_on IS NULL',
    params: { screenReviewTypes: [...REVIEW_MEETING_TYPES] },
    orderBy: 'coalesce(x.scheduled_for, x.due_date) ASC NULLS FIRST, x.created_at DESC, x.id DESC',
  }),
);

/** Meetings by id (the review a plan was endorsed at), within the actor's reach. */
export const meetingByIdLoader = registerLoader('meetingById', (services, actor) =>
  new DataLoader<string, MeetingEntity | null>((ids) => rowsByIdWithinReach(services, actor, MeetingEntity, ids)),
);

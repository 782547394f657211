import DataLoader from 'dataloader';
import { childScopedLoader, registerLoader, rowsByIdWithinReach } from '../../loaders';
import { childRowsPart, registerScreenPart } from '../../common/screen-query';
import { MeetingEntity } from './meeting.entity';

const ORDER = { created_at: 'DESC', id: 'DESC' } as const;

/** Every meeting of each child. */
export const meetingsByChildLoader = registerLoader('meetingsByChild', (services, actor) =>
  childScopedLoader(services, actor, MeetingEntity, { orderBy: ORDER }),
);

/** The same rows inside a screen's one statement. */
registerScreenPart(childRowsPart({ name: 'meetingsByChild', entity: MeetingEntity, fields: ['meetings', 'nextReview'], orderBy: ORDER }));

/** Meetings by id (the review a plan was endorsed at), within the actor's reach. */
export const meetingByIdLoader = registerLoader('meetingById', (services, actor) =>
  new DataLoader<string, MeetingEntity | null>((ids) => rowsByIdWithinReach(services, actor, MeetingEntity, ids)),
);

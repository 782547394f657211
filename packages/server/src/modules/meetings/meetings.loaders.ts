import DataLoader from 'dataloader';
import { childScopedLoader, registerLoader, rowsByIdWithinReach } from '../../loaders';
import { MeetingEntity } from './meeting.entity';

/** Every meeting of each child. */
export const meetingsByChildLoader = registerLoader('meetingsByChild', (services, actor) =>
  childScopedLoader(services, actor, MeetingEntity, { orderBy: { created_at: 'DESC' } }),
);

/** Meetings by id (the review a plan was endorsed at), within the actor's reach. */
export const meetingByIdLoader = registerLoader('meetingById', (services, actor) =>
  new DataLoader<string, MeetingEntity | null>((ids) => rowsByIdWithinReach(services, actor, MeetingEntity, ids)),
);

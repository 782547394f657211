import DataLoader from 'dataloader';
import { childScopedLoader, registerLoader } from '../../loaders';
import { childReach } from '../../policies/child-reach';
import { ChildEntity } from '../children/child.entity';
import { MeetingEntity } from './meeting.entity';

/** Every meeting of each child. */
export const meetingsByChildLoader = registerLoader('meetingsByChild', (services, actor) =>
  childScopedLoader(services, actor, MeetingEntity, { orderBy: { created_at: 'DESC' } }),
);

/** Meetings by id (the review a plan was endorsed at), within the actor's reach. */
export const meetingByIdLoader = registerLoader('meetingById', (services, actor) =>
  new DataLoader<string, MeetingEntity | null>(async (ids) => {
    if (!actor) return ids.map(() => null);
    const reach = childReach(actor, 'reach_child');
    const rows = await services.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin(ChildEntity, 'reach_child', 'reach_child.id = m.child_id')
      .where('m.id IN (:...ids)', { ids: [...ids] })
      .andWhere(reach.sql, reach.params)
      .getMany();
    const byId = new Map(rows.map((m) => [m.id, m]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
);

import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { registerLoader } from '../../loaders';
import { TeamEntity } from '../councils/team.entity';
import { UserEntity } from '../users/user.entity';
import type { PersonRef, TeamRef } from './child.type';

/** Names of people on a record, only within the actor's own council. */
export const personLoader = registerLoader('person', (services, actor) =>
  new DataLoader<string, PersonRef | null>(async (ids) => {
    if (!actor) return ids.map(() => null);
    const users = await services.dataSource
      .getRepository(UserEntity)
      .find({ where: { id: In([...ids]), councilId: actor.councilId }, select: { id: true, firstName: true, lastName: true } });
    const byId = new Map(users.map((u) => [u.id, { id: u.id, displayName: `${u.firstName} ${u.lastName}` }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
);

export const teamLoader = registerLoader('team', (services, actor) =>
  new DataLoader<string, TeamRef | null>(async (ids) => {
    if (!actor) return ids.map(() => null);
    const teams = await services.dataSource
      .getRepository(TeamEntity)
      .find({ where: { id: In([...ids]), councilId: actor.councilId }, select: { id: true, name: true } });
    const byId = new Map(teams.map((t) => [t.id, { id: t.id, name: t.name }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
);

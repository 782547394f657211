import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { registerLoader } from '../../loaders';
import { registerScreenPart } from '../../common/screen-query';
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

/** The child's team inside a screen's one statement (same council condition as teamLoader). */
registerScreenPart({
  name: 'team',
  fields: ['team'],
  sql: () => `(SELECT json_build_object('id', t.id, 'name', t.name) FROM teams t WHERE t.id = sc.team_id AND t.council_id = :reachCouncilId)`,
  prime(loaders, child, value) {
    const team = value as { id: string; name: string } | null;
    loaders.get('team').prime(String(child.teamId), team ? { id: team.id, name: team.name } : null);
  },
});

/** The child's social worker and IRO inside a screen's one statement (same council condition as personLoader). */
registerScreenPart({
  name: 'people',
  fields: ['socialWorker', 'iro'],
  sql: () => `(SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name)), '[]'::json)
    FROM users u WHERE u.id IN (sc.social_worker_id, sc.iro_id) AND u.council_id = :reachCouncilId)`,
  prime(loaders, child, value) {
    const found = new Map((value as { id: string; firstName: string; lastName: string }[]).map((u) => [u.id, { id: u.id, displayName: `${u.firstName} ${u.lastName}` }]));
    for (const id of [child.socialWorkerId, child.iroId]) {
      if (typeof id === 'string') loaders.get('person').prime(id, found.get(id) ?? null);
    }
  },
});

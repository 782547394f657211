import type { Actor } from '../common/actor';

/**
 * Which children an actor reaches, as a SQL condition on a children row.
 * Every list query and loader puts this in its WHERE clause, so a record
 * outside the actor's reach is never fetched at all.
 *
 *   social worker   children allocated to them
 *   team manager    children allocated within their team
 *   IRO             children they review
 *   head of service every child in their council
 *   advocate        children with an ACTIVE advocacy referral to them
 *   young person    themselves
 *   administrator   none
 *
 * Always also within the actor's own council.
 */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

export function childReach(actor: Actor, alias = 'c'): SqlCondition {
  const council = `${alias}.council_id = :reachCouncilId`;
  const params: Record<string, unknown> = { reachCouncilId: actor.councilId, reachUserId: actor.userId };
  switch (actor.role) {
    case 'SOCIAL_WORKER':
      return { sql: `(${council} AND ${alias}.social_worker_id = :reachUserId)`, params };
    case 'TEAM_MANAGER':
      return { sql: `(${council} AND ${alias}.team_id = :reachTeamId)`, params: { ...params, reachTeamId: actor.teamId } };
    case 'IRO':
      return { sql: `(${council} AND ${alias}.iro_id = :reachUserId)`, params };
    case 'HEAD_OF_SERVICE':
      return { sql: `(${council})`, params };
    case 'ADVOCATE':
      return {
        sql: `(${council} AND EXISTS (SELECT 1 FROM advocacy_referrals reach_ar WHERE reach_ar.child_id = ${alias}.id AND reach_ar.advocate_id = :reachUserId AND reach_ar.status = 'ACTIVE'))`,
        params,
      };
    case 'YOUNG_PERSON':
      return { sql: `(${council} AND ${alias}.id = :reachChildId)`, params: { ...params, reachChildId: actor.childId } };
    case 'ADMINISTRATOR':
      return { sql: 'FALSE', params };
  }
}

/** The same condition with positional parameters, for raw SQL ($n numbering starts after `offset`). */
export function childReachPositional(actor: Actor, alias: string, offset: number): { sql: string; values: unknown[] } {
  const { sql, params } = childReach(actor, alias);
  const values: unknown[] = [];
  const names: string[] = [];
  const text = sql.replace(/:(reach[A-Za-z]+)/g, (_m, name: string) => {
    let index = names.indexOf(name);
    if (index === -1) {
      names.push(name);
      values.push(params[name]);
      index = names.length - 1;
    }
    return `$${offset + index + 1}`;
  });
  return { sql: text, values };
}

import DataLoader from 'dataloader';
import { PLAN_IN_FORCE_STATUSES } from '@forever-planning/shared';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../../common/actor';
import { childScopedLoader, registerLoader } from '../../loaders';
import { childRowPickPart, childRowsPart, columnsSql, hydrate, registerScreenPart } from '../../common/screen-query';
import { childReach } from '../../policies/child-reach';
import type { Services } from '../../services';
import { ChildEntity } from '../children/child.entity';
import { PlanContingencyEntity } from './plan-contingency.entity';
import { PlanDecisionEntity } from './plan-decision.entity';
import { PlanOutcomeEntity } from './plan-outcome.entity';
import { PlanOutcomeActionEntity } from './plan-outcome-action.entity';
import { PlanEntity } from './plan.entity';

/**
 * Rows of a table that belongs to plans, for a batch of plan ids, joined
 * plans → children with the actor's reach in the same statement.
 */
function planScopedLoader<T extends ObjectLiteral & { planId: string }>(
  services: Services,
  actor: Actor | null,
  entity: EntityTarget<T>,
  orderBy: Record<string, 'ASC' | 'DESC'>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (planIds) => {
    if (!actor) return planIds.map(() => []);
    const reach = childReach(actor, 'reach_child');
    const qb = services.dataSource
      .getRepository(entity)
      .createQueryBuilder('x')
      .innerJoin(PlanEntity, 'reach_plan', 'reach_plan.id = x.plan_id')
      .innerJoin(ChildEntity, 'reach_child', 'reach_child.id = reach_plan.child_id')
      .where('x.plan_id IN (:...planIds)', { planIds: [...planIds] })
      .andWhere(reach.sql, reach.params);
    for (const [column, direction] of Object.entries(orderBy)) qb.addOrderBy(`x.${column}`, direction);
    const byPlan = new Map<string, T[]>();
    for (const row of await qb.getMany()) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
    return planIds.map((id) => byPlan.get(id) ?? []);
  });
}

/** Every version of each child's plan, newest first. */
export const plansByChildLoader = registerLoader('plansByChild', (services, actor) =>
  childScopedLoader(services, actor, PlanEntity, { orderBy: { plan_number: 'DESC' } }),
);
/** The fields whose resolvers read every version of the child's plan (plansByChildLoader). */
const PLAN_LIST_FIELDS = ['draftPlan', 'latestPlan', 'planHistory', 'abilities', 'currentPlan.changesFromPrevious', 'currentPlan.changesSinceApproved'];
registerScreenPart(childRowsPart({ name: 'plansByChild', entity: PlanEntity, fields: PLAN_LIST_FIELDS, orderBy: { plan_number: 'DESC' } }));

/** Just the current plan when no field needs every version: currentPlanOf's pick (the newest in force, else the newest). */
registerScreenPart(
  childRowPickPart({
    name: 'currentPlan',
    entity: PlanEntity,
    field: 'currentPlan',
    exceptWith: PLAN_LIST_FIELDS,
    params: { screenPlanInForce: [...PLAN_IN_FORCE_STATUSES] },
    orderBy: 'x.status = ANY(:screenPlanInForce::text[]) DESC, x.plan_number DESC',
  }),
);

export const contingenciesByPlanLoader = registerLoader('contingenciesByPlan', (services, actor) =>
  planScopedLoader(services, actor, PlanContingencyEntity, { position: 'ASC' }),
);

export const outcomesByPlanLoader = registerLoader('outcomesByPlan', (services, actor) =>
  planScopedLoader(services, actor, PlanOutcomeEntity, { position: 'ASC', created_at: 'ASC' }),
);

/** Plans by id (a meeting's endorsed plan) with their child's date of birth, within the actor's reach. */
export const planByIdLoader = registerLoader('planById', (services, actor) =>
  new DataLoader<string, { plan: PlanEntity; dateOfBirth: string } | null>(async (ids) => {
    if (!actor) return ids.map(() => null);
    const reach = childReach(actor, 'reach_child');
    const { entities, raw } = await services.dataSource
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .innerJoin(ChildEntity, 'reach_child', 'reach_child.id = p.child_id')
      .addSelect('reach_child.date_of_birth::text', 'child_dob')
      .where('p.id IN (:...ids)', { ids: [...ids] })
      .andWhere(reach.sql, reach.params)
      .getRawAndEntities<{ p_id: string; child_dob: string }>();
    const dob = new Map(raw.map((r) => [r.p_id, r.child_dob]));
    const byId = new Map(entities.map((p) => [p.id, { plan: p, dateOfBirth: dob.get(p.id)! }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
);

/** Management oversight of each plan version, oldest first. */
export const decisionsByPlanLoader = registerLoader('decisionsByPlan', (services, actor) =>
  planScopedLoader(services, actor, PlanDecisionEntity, { decided_at: 'ASC', created_at: 'ASC' }),
);

/** The actions of each outcome, in order, within the actor's reach (actions → outcomes → plans → children). */
export const actionsByOutcomeLoader = registerLoader('actionsByOutcome', (services, actor) =>
  new DataLoader<string, PlanOutcomeActionEntity[]>(async (outcomeIds) => {
    if (!actor) return outcomeIds.map(() => []);
    const reach = childReach(actor, 'reach_child');
    const rows = await services.dataSource
      .getRepository(PlanOutcomeActionEntity)
      .createQueryBuilder('a')
      .innerJoin(PlanOutcomeEntity, 'reach_outcome', 'reach_outcome.id = a.outcome_id')
      .innerJoin(PlanEntity, 'reach_plan', 'reach_plan.id = reach_outcome.plan_id')
      .innerJoin(ChildEntity, 'reach_child', 'reach_child.id = reach_plan.child_id')
      .where('a.outcome_id IN (:...outcomeIds)', { outcomeIds: [...outcomeIds] })
      .andWhere(reach.sql, reach.params)
      .orderBy('a.position', 'ASC')
      .addOrderBy('a.created_at', 'ASC')
      .getMany();
    const byOutcome = new Map<string, PlanOutcomeActionEntity[]>();
    for (const row of rows) byOutcome.set(row.outcomeId, [...(byOutcome.get(row.outcomeId) ?? []), row]);
    return outcomeIds.map((id) => byOutcome.get(id) ?? []);
  }),
);

/**
 * Each plan version's contingencies, outcomes and the outcomes' actions inside a screen's one
 * statement (the same rows and order as the three loaders above), primed for every plan of the child.
 */
const PLAN_PARTS = ['currentPlan', 'draftPlan', 'latestPlan', 'planHistory'].flatMap((f) => [`${f}.contingencies`, `${f}.outcomes`]);
registerScreenPart({
  name: 'planDetails',
  fields: PLAN_PARTS,
  sql(_actor, _params, dataSource) {
    const c = dataSource.getMetadata(PlanContingencyEntity);
    const o = dataSource.getMetadata(PlanOutcomeEntity);
    const a = dataSource.getMetadata(PlanOutcomeActionEntity);
    return `(SELECT json_build_object(
      'planIds', coalesce((SELECT json_agg(p.id) FROM plans p WHERE p.child_id = sc.id AND p.deleted_at IS NULL), '[]'::json),
      'contingencies', coalesce((SELECT json_agg(r ORDER BY r.position) FROM (SELECT ${columnsSql(c, 'x')} FROM plan_contingencies x JOIN plans p ON p.id = x.plan_id WHERE p.child_id = sc.id) r), '[]'::json),
      'outcomes', coalesce((SELECT json_agg(r ORDER BY r.position, r.created_at) FROM (SELECT ${columnsSql(o, 'x')} FROM plan_outcomes x JOIN plans p ON p.id = x.plan_id WHERE p.child_id = sc.id) r), '[]'::json),
      'actions', coalesce((SELECT json_agg(r ORDER BY r.position, r.created_at) FROM (SELECT ${columnsSql(a, 'x')} FROM plan_outcome_actions x
          JOIN plan_outcomes po ON po.id = x.outcome_id JOIN plans p ON p.id = po.plan_id WHERE p.child_id = sc.id) r), '[]'::json)))`;
  },
  prime(loaders, _child, value, { dataSource }) {
    const doc = value as { planIds: string[]; contingencies: Record<string, unknown>[]; outcomes: Record<string, unknown>[]; actions: Record<string, unknown>[] };
    const group = <T extends ObjectLiteral>(entity: EntityTarget<T>, rows: Record<string, unknown>[], key: keyof T) => {
      const metadata = dataSource.getMetadata(entity);
      const out = new Map<string, T[]>();
      for (const row of rows) {
        const item = hydrate<T>(dataSource, metadata, row);
        const id = String(item[key]);
        out.set(id, [...(out.get(id) ?? []), item]);
      }
      return out;
    };
    const contingencies = group(PlanContingencyEntity, doc.contingencies, 'planId');
    const outcomes = group(PlanOutcomeEntity, doc.outcomes, 'planId');
    const actions = group(PlanOutcomeActionEntity, doc.actions, 'outcomeId');
    for (const planId of doc.planIds) {
      loaders.get('contingenciesByPlan').prime(planId, contingencies.get(planId) ?? []);
      const planOutcomes = outcomes.get(planId) ?? [];
      loaders.get('outcomesByPlan').prime(planId, planOutcomes);
      for (const outcome of planOutcomes) loaders.get('actionsByOutcome').prime(outcome.id, actions.get(outcome.id) ?? []);
    }
  },
});

import type { DataSource, EntityManager } from 'typeorm';
import { columnsSql, hydrate } from '../../common/screen-query';
import { ChildEntity } from '../children/child.entity';
import { CURRENT_PLAN_SQL } from '../children/children.sql';
import { PlanContingencyEntity } from './plan-contingency.entity';
import { PlanOutcomeEntity } from './plan-outcome.entity';
import { PlanOutcomeActionEntity } from './plan-outcome-action.entity';
import { PlanEntity } from './plan.entity';

// Other modules read the plans tables only through these (the boundary rule in eslint.config.mjs).

/** The child's current plan, once a professional has shared it with the child. */
export function currentPlanSharedWithChild(manager: EntityManager, childId: string): Promise<PlanEntity | null> {
  return manager
    .getRepository(PlanEntity)
    .createQueryBuilder('p')
    .innerJoin(ChildEntity, 'c', 'c.id = p.child_id')
    .where('c.id = :childId', { childId })
    .andWhere(CURRENT_PLAN_SQL('c', 'p'))
    .andWhere('p.shared_with_child_at IS NOT NULL')
    .getOne();
}

export function contingenciesOfPlan(manager: EntityManager, planId: string): Promise<PlanContingencyEntity[]> {
  return manager.getRepository(PlanContingencyEntity).find({ where: { planId }, order: { position: 'ASC' } });
}

/** A plan's outcomes in order, each with the day it is due: when its last action is. */
export function outcomesOfPlan(manager: EntityManager, planId: string): Promise<(PlanOutcomeEntity & { dueDate: string | null })[]> {
  return manager
    .getRepository(PlanOutcomeEntity)
    .createQueryBuilder('o')
    .addSelect((q) => q.select('max(a.due_date)::text').from(PlanOutcomeActionEntity, 'a').where('a.outcome_id = o.id'), 'due_date')
    .where('o.plan_id = :planId', { planId })
    .orderBy('o.position', 'ASC')
    .getRawAndEntities<{ o_id: string; due_date: string | null }>()
    .then(({ entities, raw }) => entities.map((o) => Object.assign(o, { dueDate: raw.find((r) => r.o_id === o.id)?.due_date ?? null })));
}

/** One plan version of the child (not deleted), e.g. the one filed with the court; null when it is not the child's. */
export function planVersionOfChild(manager: EntityManager, childId: string, planId: string): Promise<PlanEntity | null> {
  return manager.getRepository(PlanEntity).createQueryBuilder('p').where('p.id = :planId AND p.child_id = :childId AND p.deleted_at IS NULL', { planId, childId }).getOne();
}

/** Each plan version's number and status, by id, for the court record's link to the final care plan. */
export async function planVersionsByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, { id: string; planNumber: number; status: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.getRepository(PlanEntity).createQueryBuilder('p').where('p.id IN (:...ids) AND p.deleted_at IS NULL', { ids: [...ids] }).getMany();
  return new Map(rows.map((p) => [p.id, { id: p.id, planNumber: p.planNumber, status: p.status }]));
}

/** An outcome of one of the child's plan versions (not deleted); null when it is not the child's. */
export function outcomeOfChild(manager: EntityManager, outcomeId: string, childId: string): Promise<PlanOutcomeEntity | null> {
  return manager
    .getRepository(PlanOutcomeEntity)
    .createQueryBuilder('o')
    .innerJoin(PlanEntity, 'p', 'p.id = o.plan_id')
    .where('o.id = :outcomeId AND p.child_id = :childId AND p.deleted_at IS NULL', { outcomeId, childId })
    .getOne();
}

/** Outcomes' words by id, for a child's "you said, we did" (only outcomes of that child's plans). */
export async function outcomeWordsByIds(manager: EntityManager, childId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await manager
    .getRepository(PlanOutcomeEntity)
    .createQueryBuilder('o')
    .innerJoin(PlanEntity, 'p', 'p.id = o.plan_id')
    .where('o.id IN (:...ids) AND p.child_id = :childId AND p.deleted_at IS NULL', { ids: [...ids], childId })
    .getMany();
  return new Map(rows.map((o) => [o.id, o.outcome]));
}

export interface SharedPlanRead {
  plan: PlanEntity;
  contingencies: PlanContingencyEntity[];
  outcomes: (PlanOutcomeEntity & { dueDate: string | null })[];
}

/**
 * currentPlanSharedWithChild with contingenciesOfPlan and outcomesOfPlan, as JSON inside a
 * screen statement (the young person's home), for the child row `childAlias`.
 */
export function sharedPlanJsonSql(dataSource: DataSource, childAlias: string): string {
  const cols = (entity: Parameters<DataSource['getMetadata']>[0], alias = 'x') => columnsSql(dataSource.getMetadata(entity), alias);
  return `(SELECT json_build_object('plan', row_to_json(sp),
      'contingencies', (SELECT coalesce(json_agg(r ORDER BY r.position), '[]'::json) FROM (SELECT ${cols(PlanContingencyEntity)} FROM plan_contingencies x WHERE x.plan_id = sp.id) r),
      'outcomes', (SELECT coalesce(json_agg(r ORDER BY r.position), '[]'::json) FROM (SELECT ${cols(PlanOutcomeEntity)},
          (SELECT max(a.due_date)::text FROM plan_outcome_actions a WHERE a.outcome_id = x.id) AS fp_due_date FROM plan_outcomes x WHERE x.plan_id = sp.id) r))
    FROM (SELECT ${cols(PlanEntity, 'p')} FROM plans p WHERE ${CURRENT_PLAN_SQL(childAlias, 'p')} AND p.shared_with_child_at IS NOT NULL LIMIT 1) sp)`;
}

export function sharedPlanFromJson(dataSource: DataSource, value: unknown): SharedPlanRead | null {
  if (!value) return null;
  const json = value as { plan: Record<string, unknown>; contingencies: Record<string, unknown>[]; outcomes: Record<string, unknown>[] };
  return {
    plan: hydrate<PlanEntity>(dataSource, dataSource.getMetadata(PlanEntity), json.plan),
    contingencies: json.contingencies.map((r) => hydrate<PlanContingencyEntity>(dataSource, dataSource.getMetadata(PlanContingencyEntity), r)),
    outcomes: json.outcomes.map((r) =>
      Object.assign(hydrate<PlanOutcomeEntity>(dataSource, dataSource.getMetadata(PlanOutcomeEntity), r), { dueDate: (r.fp_due_date as string | null) ?? null }),
    ),
  };
}

/** outcomeWordsByIds as JSON inside a screen statement, for the ids the expression `ids` (uuid[]) gives. */
export function outcomeWordsJsonSql(childAlias: string, ids: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', o.id, 'outcome', o.outcome)), '[]'::json)
    FROM plan_outcomes o JOIN plans p ON p.id = o.plan_id WHERE o.id = ANY(${ids}) AND p.child_id = ${childAlias}.id AND p.deleted_at IS NULL)`;
}

export function outcomeWordsFromJson(value: unknown): Map<string, string> {
  return new Map((value as { id: string; outcome: string }[]).map((o) => [o.id, o.outcome]));
}

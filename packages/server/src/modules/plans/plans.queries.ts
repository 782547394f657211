import type { EntityManager } from 'typeorm';
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

import type { EntityManager } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { CURRENT_PLAN_SQL } from '../children/children.sql';
import { PlanContingencyEntity } from './plan-contingency.entity';
import { PlanOutcomeEntity } from './plan-outcome.entity';
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

export function outcomesOfPlan(manager: EntityManager, planId: string): Promise<PlanOutcomeEntity[]> {
  return manager.getRepository(PlanOutcomeEntity).find({ where: { planId }, order: { position: 'ASC' } });
}

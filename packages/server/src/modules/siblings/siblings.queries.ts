import { In, type EntityManager } from 'typeorm';
import { KeepingInTouchPlanEntity } from './keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from './sibling-link.entity';

// Other modules read the siblings tables only through these (the boundary rule in eslint.config.mjs).

export function siblingLinksOf(manager: EntityManager, childId: string): Promise<SiblingLinkEntity[]> {
  return manager.getRepository(SiblingLinkEntity).find({ where: [{ childAId: childId }, { childBId: childId }] });
}

/** The keeping-in-touch plans of these links that staff marked as shareable with the child. */
export function keepingInTouchPlansForChild(manager: EntityManager, siblingLinkIds: string[]): Promise<KeepingInTouchPlanEntity[]> {
  if (siblingLinkIds.length === 0) return Promise.resolve([]);
  return manager.getRepository(KeepingInTouchPlanEntity).find({ where: { siblingLinkId: In(siblingLinkIds), shareableWithChild: true } });
}

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

/**
 * The child's whole group of brothers and sisters: every child joined to them
 * by links, directly or through each other (A–B and B–C put A, B and C in one
 * group), the child included, oldest first. Not scoped by anyone's reach:
 * callers decide what of each member they may show.
 */
export async function siblingGroupOf(manager: EntityManager, childId: string): Promise<{ id: string; firstName: string; dateOfBirth: string }[]> {
  const rows: { id: string; first_name: string; dob: string }[] = await manager.query(
    `WITH RECURSIVE grp(id) AS (
       SELECT $1::uuid
       UNION
       SELECT CASE WHEN l.child_a_id = g.id THEN l.child_b_id ELSE l.child_a_id END
         FROM sibling_links l JOIN grp g ON g.id IN (l.child_a_id, l.child_b_id)
     )
     SELECT c.id, coalesce(c.preferred_name, c.legal_first_name) AS first_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS dob
       FROM grp JOIN children c ON c.id = grp.id
      ORDER BY c.date_of_birth, c.id`,
    [childId],
  );
  return rows.map((r) => ({ id: r.id, firstName: r.first_name, dateOfBirth: r.dob }));
}

/** Every link between two children of the group, with the plans marked shareable with the children. */
export async function groupLinksAndShareablePlans(manager: EntityManager, memberIds: string[]): Promise<{ links: SiblingLinkEntity[]; plans: KeepingInTouchPlanEntity[] }> {
  if (memberIds.length < 2) return { links: [], plans: [] };
  const links = await manager.getRepository(SiblingLinkEntity).find({ where: { childAId: In(memberIds), childBId: In(memberIds) } });
  const plans = await keepingInTouchPlansForChild(manager, links.map((l) => l.id));
  return { links, plans };
}

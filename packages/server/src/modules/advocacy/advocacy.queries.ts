import type { EntityManager } from 'typeorm';
import { AdvocacyReferralEntity } from './advocacy-referral.entity';

// Other modules read and write advocacy referrals only through these (the boundary rule in eslint.config.mjs).

/** The advocate of the child's most recently accepted ACTIVE referral. */
export async function activeAdvocateIdOf(manager: EntityManager, childId: string): Promise<string | null> {
  const referral = await manager.getRepository(AdvocacyReferralEntity).findOne({ where: { childId, status: 'ACTIVE' }, order: { acceptedAt: 'DESC' } });
  return referral?.advocateId ?? null;
}

/** A referral still REQUESTED or ACTIVE for the child, if any. */
export function openReferralOf(manager: EntityManager, childId: string): Promise<AdvocacyReferralEntity | null> {
  return manager.findOne(AdvocacyReferralEntity, { where: [{ childId, status: 'REQUESTED' }, { childId, status: 'ACTIVE' }] });
}

/** A referral the young person asked for themselves. */
export function saveReferralAskedByChild(manager: EntityManager, childId: string, requestedById: string, reason: string | null): Promise<AdvocacyReferralEntity> {
  return manager.save(manager.create(AdvocacyReferralEntity, { childId, status: 'REQUESTED', requestedById, requestedByChild: true, reason, advocateId: null }));
}

/** activeAdvocateIdOf as a SQL expression inside a screen statement, for the child row `childAlias`. */
export function activeAdvocateIdSql(childAlias: string): string {
  return `(SELECT ar.advocate_id FROM advocacy_referrals ar WHERE ar.child_id = ${childAlias}.id AND ar.status = 'ACTIVE' ORDER BY ar.accepted_at DESC LIMIT 1)`;
}

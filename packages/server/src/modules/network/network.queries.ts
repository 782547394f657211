import type { EntityManager } from 'typeorm';
import type { NetworkPerson } from '../../rules';
import { NetworkMemberEntity } from './network-member.entity';

// Other modules read the family network only through these (the boundary rule in eslint.config.mjs).

/** The child's family network as the decision-support rules read it (no contact details). */
export async function networkPeopleOf(manager: EntityManager, childId: string): Promise<NetworkPerson[]> {
  const rows = await manager.find(NetworkMemberEntity, { where: { childId }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.map((m) => ({ name: m.name, kind: m.kind, relationship: m.relationship, consideredAsCarer: m.consideredAsCarer, assessmentOutcome: m.carerAssessmentOutcome }));
}

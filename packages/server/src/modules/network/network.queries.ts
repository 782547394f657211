import type { EntityManager } from 'typeorm';
import type { GenogramLine, GenogramPerson } from '@forever-planning/shared';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworkRelationshipEntity } from './network-relationship.entity';

// Other modules read the family network only through these (the boundary rule in eslint.config.mjs).

/** The child's family tree: the people of the network and the lines between them, for the genogram. */
export async function familyTreeOf(manager: EntityManager, childId: string): Promise<{ people: GenogramPerson[]; lines: GenogramLine[] }> {
  const [members, relationships] = await Promise.all([
    manager.find(NetworkMemberEntity, { where: { childId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    manager.find(NetworkRelationshipEntity, { where: { childId }, order: { createdAt: 'ASC', id: 'ASC' } }),
  ]);
  return {
    people: members.map((m) => ({ id: m.id, name: m.name, relationship: m.relationship, sex: m.sex, deceased: m.deceased, livesWithChild: m.livesWithChild })),
    lines: relationships.map((r) => ({ kind: r.kind, fromId: r.fromMemberId, toId: r.toMemberId })),
  };
}

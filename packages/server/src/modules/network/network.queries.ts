import type { EntityManager } from 'typeorm';
import type { GenogramLine, GenogramPerson, TrustedAdultRole } from '@forever-planning/shared';
import type { NetworkPerson } from '../../rules';
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

/** The child's family network as the decision-support rules read it (no contact details). */
export async function networkPeopleOf(manager: EntityManager, childId: string): Promise<NetworkPerson[]> {
  const rows = await manager.find(NetworkMemberEntity, { where: { childId }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.map((m) => ({ name: m.name, kind: m.kind, relationship: m.relationship, consideredAsCarer: m.consideredAsCarer, assessmentOutcome: m.carerAssessmentOutcome }));
}

/** Someone in the child's family network was considered as a carer (the plan's "family first" answer rests on it). */
export function anyoneConsideredAsCarer(manager: EntityManager, childId: string): Promise<boolean> {
  return manager.existsBy(NetworkMemberEntity, { childId, consideredAsCarer: true });
}

/** The trusted adults the worker shares on the child's "People who help me": first name and role only, no contact details. */
export async function trustedAdultsShownToChild(manager: EntityManager, childId: string): Promise<{ name: string; role: TrustedAdultRole | null }[]> {
  const rows = await manager.find(NetworkMemberEntity, { where: { childId, kind: 'TRUSTED_ADULT', shownToChild: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.map((m) => ({ name: m.name, role: m.trustedAdultRole }));
}

/** trustedAdultsShownToChild as JSON inside a screen statement, for the child row `childAlias`. */
export function trustedAdultsJsonSql(childAlias: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('name', n.name, 'role', n.trusted_adult_role) ORDER BY n.created_at, n.id), '[]'::json)
    FROM network_members n WHERE n.child_id = ${childAlias}.id AND n.kind = 'TRUSTED_ADULT' AND n.shown_to_child)`;
}

import { In, type DataSource } from 'typeorm';
import type { NetworkMemberKind, TrustedAdultRole } from '@forever-planning/shared';
import { badInput, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { ChildEntity } from '../children/child.entity';
import { NetworkRelationshipEntity } from './network-relationship.entity';
import type { Actor } from '../../common/actor';
import { diff, writeAudit } from '../audit/audit.service';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import { NetworkMemberEntity } from './network-member.entity';
import type { AddNetworkMemberInput, AddNetworkRelationshipInput, RemoveNetworkRelationshipInput, UpdateNetworkMemberInput } from './network-member.inputs';
import { presentNetworkMember, presentNetworkRelationship, type NetworkMemberType, type NetworkRelationshipType } from './network-member.type';

const RECORD = 'NetworkMember';

export class NetworkService {
  constructor(private readonly dataSource: DataSource) {}

  async add(actor: Actor, input: AddNetworkMemberInput, ip: string | null): Promise<NetworkMemberType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const fields = changesFrom(input, 'childId');
      checkTrustedAdult(input.kind, fields);
      const created = await manager.save(
        manager.create(NetworkMemberEntity, { phone: null, email: null, address: null, carerAssessmentOutcome: null, ...fields, childId: child.id }),
      );
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: created.id, before: {}, after: fields });
      return presentNetworkMember(created);
    });
  }

  async update(actor: Actor, input: UpdateNetworkMemberInput, ip: string | null): Promise<NetworkMemberType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, NetworkMemberEntity, input.id, 'Network member');
      assertVersion(record, input.expectedVersion);
      const changes: Partial<NetworkMemberEntity> = changesFrom(input, 'id', 'expectedVersion');
      const kind = changes.kind ?? record.kind;
      checkTrustedAdult(kind, changes);
      // No longer a trusted adult: not on the child's "People who help me" either.
      if (kind !== 'TRUSTED_ADULT' && (record.trustedAdultRole !== null || record.shownToChild)) Object.assign(changes, { trustedAdultRole: null, shownToChild: false });
      const before = { ...record };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after: changes });
      return presentNetworkMember(saved);
    });
  }

  /**
   * A line on the genogram between two people in one child's network (or a
   * parent of the child). The first person must be in the network of a child
   * whose case the actor may change; the second, in the same network.
   */
  async addRelationship(actor: Actor, input: AddNetworkRelationshipInput, ip: string | null): Promise<NetworkRelationshipType> {
    return this.dataSource.transaction(async (manager) => {
      const fromId = assertId(input.fromMemberId, 'Network member');
      const reach = childReach(actor, 'c');
      const from = await manager
        .createQueryBuilder(NetworkMemberEntity, 'm')
        .innerJoin(ChildEntity, 'c', 'c.id = m.child_id')
        .where('m.id = :fromId', { fromId })
        .andWhere(reach.sql, reach.params)
        .getOne();
      if (!from) throw notFound('Network member');
      const child = await lockChildForEdit(manager, actor, from.childId);
      const toId = input.toMemberId ? assertId(input.toMemberId, 'Network member') : null;
      if (toId === fromId) throw badInput('Choose two different people.', 'toMemberId');
      if (toId === null && input.kind !== 'PARENT') throw badInput('A couple needs two people from the network.', 'toMemberId');
      if (toId && !(await manager.existsBy(NetworkMemberEntity, { id: toId, childId: child.id }))) throw notFound('Network member');
      const existing = await manager.find(NetworkRelationshipEntity, { where: { childId: child.id, fromMemberId: In([fromId, ...(toId ? [toId] : [])]) } });
      const same = existing.some((r) =>
        (r.fromMemberId === fromId && r.toMemberId === toId) || (input.kind !== 'PARENT' && r.kind !== 'PARENT' && r.fromMemberId === toId && r.toMemberId === fromId),
      );
      if (same) throw badInput('These two people are already joined on the family tree.', 'toMemberId');
      const fields = { fromMemberId: fromId, toMemberId: toId, kind: input.kind };
      const created = await manager.save(manager.create(NetworkRelationshipEntity, { ...fields, childId: child.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: 'NetworkRelationship', recordId: created.id, before: {}, after: fields });
      return presentNetworkRelationship(created);
    });
  }

  /** Takes a line off the genogram (recorded by mistake); the audit keeps what it was. */
  async removeRelationship(actor: Actor, input: RemoveNetworkRelationshipInput, ip: string | null): Promise<NetworkRelationshipType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, NetworkRelationshipEntity, input.id, 'Relationship');
      assertVersion(record, input.expectedVersion);
      const before = { fromMemberId: record.fromMemberId, toMemberId: record.toMemberId, kind: record.kind };
      const shown = presentNetworkRelationship(record);
      await manager.delete(NetworkRelationshipEntity, { id: record.id });
      await writeAudit(manager, actor, ip, [{ action: 'DELETE', childId: child.id, recordType: 'NetworkRelationship', recordId: record.id, changes: diff(before, { fromMemberId: null, toMemberId: null, kind: null }) }]);
      return shown;
    });
  }
}

/** A trusted adult's role, and being shown to the child, belong to trusted adults only. */
function checkTrustedAdult(kind: NetworkMemberKind, fields: { trustedAdultRole?: TrustedAdultRole | null; shownToChild?: boolean }): void {
  if (kind === 'TRUSTED_ADULT') return;
  if (fields.trustedAdultRole) throw badInput('trustedAdultRole is only for a trusted adult.', 'trustedAdultRole');
  if (fields.shownToChild) throw badInput('Only a trusted adult can be shown on the child’s “People who help me”.', 'shownToChild');
}

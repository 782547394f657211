import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import { NetworkMemberEntity } from './network-member.entity';
import type { AddNetworkMemberInput, UpdateNetworkMemberInput } from './network-member.inputs';
import { presentNetworkMember, type NetworkMemberType } from './network-member.type';

const RECORD = 'NetworkMember';

export class NetworkService {
  constructor(private readonly dataSource: DataSource) {}

  async add(actor: Actor, input: AddNetworkMemberInput, ip: string | null): Promise<NetworkMemberType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const fields = changesFrom(input, 'childId');
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
      const changes = changesFrom(input, 'id', 'expectedVersion');
      const before = { ...record };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after: changes });
      return presentNetworkMember(saved);
    });
  }
}

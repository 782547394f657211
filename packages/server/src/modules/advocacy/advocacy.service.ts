import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { ageOn } from '../../common/dates';
import { conflict, forbidden, notFound } from '../../common/errors';
import { childReach } from '../../policies/child-reach';
import { canOnReferral, isAssignedActiveAdvocate } from '../../policies/advocacy-referral.policy';
import { writeAudit } from '../audit/audit.service';
import { auditChange, lockChildForEdit } from '../case-records/case-record.guard';
import { ChildEntity } from '../children/child.entity';
import { AdvocacyReferralEntity } from './advocacy-referral.entity';
import { presentReferral, type AdvocacyQueueItemType, type AdvocacyReferralType, type RequestAdvocacyInput } from './advocacy.types';
import { lockChildRecord } from '../../policies/child-record';

const RECORD = 'AdvocacyReferral';

export class AdvocacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** A worker asks for an advocate; the child's record notes the day advocacy was first offered. */
  async request(actor: Actor, input: RequestAdvocacyInput, ip: string | null): Promise<AdvocacyReferralType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const created = await manager.save(
        manager.create(AdvocacyReferralEntity, {
          childId: child.id, advocateId: null, status: 'REQUESTED', requestedById: actor.userId, requestedByChild: false,
          reason: input.reason, acceptedAt: null, closedAt: null,
        }),
      );
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: created.id, before: {}, after: { status: 'REQUESTED', reason: input.reason } });
      if (child.advocacyOfferedOn === null) {
        child.advocacyOfferedOn = this.today();
        await manager.save(child);
        await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: 'Child', recordId: child.id, before: { advocacyOfferedOn: null }, after: { advocacyOfferedOn: child.advocacyOfferedOn } });
      }
      return presentReferral(created);
    });
  }

  /** Referrals waiting for an advocate in the advocate's council: first name and age, nothing else. The read is audited. */
  async queue(actor: Actor, ip: string | null): Promise<AdvocacyQueueItemType[]> {
    const rows: { id: string; child_id: string; created_at: Date; first_name: string; dob: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('r.id', 'id')
      .addSelect('r.child_id', 'child_id')
      .addSelect('r.created_at', 'created_at')
      .addSelect('coalesce(c.preferred_name, c.legal_first_name)', 'first_name')
      .addSelect(`to_char(c.date_of_birth, 'YYYY-MM-DD')`, 'dob')
      .from(AdvocacyReferralEntity, 'r')
      .innerJoin(ChildEntity, 'c', 'c.id = r.child_id')
      .where(`r.status = 'REQUESTED' AND c.council_id = :councilId`, { councilId: actor.councilId })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getRawMany();
    await writeAudit(this.dataSource.manager, actor, ip, rows.map((r) => ({ action: 'READ', childId: r.child_id, recordType: RECORD, recordId: r.id, parts: ['firstName', 'age'] })));
    const today = this.today();
    return rows.map((r) => ({ referralId: r.id, firstName: r.first_name, age: ageOn(r.dob, today), requestedAt: new Date(r.created_at) }));
  }

  /** A referral with its child's facts, locked; `scope` is the SQL of which referrals the actor may even find. */
  private async lockReferral(manager: EntityManager, actor: Actor, referralId: string, scope: { sql: string; params: Record<string, unknown> }) {
    const { record: referral, child } = await lockChildRecord(manager, actor, AdvocacyReferralEntity, referralId, 'Advocacy referral', { scope });
    return { referral, facts: { status: referral.status, advocateId: referral.advocateId, child } };
  }

  async accept(actor: Actor, referralId: string, ip: string | null): Promise<AdvocacyReferralType> {
    return this.dataSource.transaction(async (manager) => {
      const { referral, facts } = await this.lockReferral(manager, actor, referralId, {
        // A closed referral gives its advocate nothing, not even its status: NOT_FOUND, as for a random id.
        sql: `c.council_id = :councilId AND (x.status = 'REQUESTED' OR (x.advocate_id = :userId AND x.status = 'ACTIVE'))`,
        params: { councilId: actor.councilId, userId: actor.userId },
      });
      if (!canOnReferral(actor, 'accept', facts)) {
        if (isAssignedActiveAdvocate(actor, facts)) throw conflict('You have already accepted this referral.');
        throw notFound('Advocacy referral');
      }
      const before = { status: referral.status, advocateId: referral.advocateId };
      Object.assign(referral, { status: 'ACTIVE', advocateId: actor.userId, acceptedAt: this.clock.now() });
      const saved = await manager.save(referral);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: saved.childId, recordType: RECORD, recordId: saved.id, before, after: { status: saved.status, advocateId: saved.advocateId } });
      return presentReferral(saved);
    });
  }

  async close(actor: Actor, referralId: string, ip: string | null): Promise<AdvocacyReferralType> {
    return this.dataSource.transaction(async (manager) => {
      const reach = childReach(actor, 'c');
      const { referral, facts } = await this.lockReferral(manager, actor, referralId, {
        sql: `((x.advocate_id = :userId AND x.status = 'ACTIVE' AND c.council_id = :councilId) OR ${reach.sql})`,
        params: { ...reach.params, userId: actor.userId, councilId: actor.councilId },
      });
      if (!canOnReferral(actor, 'read', facts)) throw notFound('Advocacy referral');
      if (referral.status === 'CLOSED') throw conflict('This referral is already closed.');
      if (!canOnReferral(actor, 'close', facts)) throw forbidden('Your role can read this referral but not close it.');
      const before = { status: referral.status };
      Object.assign(referral, { status: 'CLOSED', closedAt: this.clock.now() });
      const saved = await manager.save(referral);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: saved.childId, recordType: RECORD, recordId: saved.id, before, after: { status: saved.status } });
      return presentReferral(saved);
    });
  }
}

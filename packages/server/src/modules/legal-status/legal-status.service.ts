import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput } from '../../common/errors';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import { checkEnd, checkNewStart, nextOf } from '../case-records/case-record.periods';
import { LegalStatusEntity } from './legal-status.entity';
import type { RecordLegalStatusInput, UpdateLegalStatusInput } from './legal-status.inputs';
import { presentLegalStatus, type LegalStatusType } from './legal-status.type';

const RECORD = 'LegalStatus';

export class LegalStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  private history(manager: EntityManager, childId: string): Promise<LegalStatusEntity[]> {
    return manager.find(LegalStatusEntity, { where: { childId }, order: { startDate: 'ASC', createdAt: 'ASC' } });
  }

  /**
   * A new legal status: the open one ends on the new start date (as SSDA903
   * episodes do: one ceases the day the next begins), in the same transaction.
   */
  async record(actor: Actor, input: RecordLegalStatusInput, ip: string | null): Promise<LegalStatusType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const history = await this.history(manager, child.id);
      checkNewStart(history, input.startDate, { today: this.today(), dateOfBirth: child.dateOfBirth, what: 'legal status' });
      for (const open of history.filter((s) => s.endDate === null)) {
        open.endDate = input.startDate;
        await manager.save(open);
        await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: open.id, before: { endDate: null }, after: { endDate: open.endDate } });
      }
      const created = await manager.save(manager.create(LegalStatusEntity, { childId: child.id, status: input.status, startDate: input.startDate, endDate: null }));
      await auditChange(manager, actor, ip, {
        action: 'CREATE', childId: child.id, recordType: RECORD, recordId: created.id, before: {}, after: { status: input.status, startDate: input.startDate },
      });
      return presentLegalStatus(created);
    });
  }

  async update(actor: Actor, input: UpdateLegalStatusInput, ip: string | null): Promise<LegalStatusType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, LegalStatusEntity, input.id, RECORD);
      assertVersion(record, input.expectedVersion);
      const changes = changesFrom(input, 'id', 'expectedVersion');
      if (changes.endDate !== undefined) {
        const history = await this.history(manager, child.id);
        if (changes.endDate === null && nextOf(history, record)) throw badInput('endDate is required: a later legal status follows this one.', 'endDate');
        if (changes.endDate !== null) checkEnd(history, record, changes.endDate, { today: this.today(), what: 'legal status' });
      }
      const before = { ...record };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after: changes });
      return presentLegalStatus(saved);
    });
  }
}

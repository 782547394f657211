import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput } from '../../common/errors';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import { checkEnd, checkNewStart } from '../case-records/case-record.periods';
import { PlacementEntity } from './placement.entity';
import type { EndPlacementInput, StartPlacementInput, UpdatePlacementInput } from './placement.inputs';
import { presentPlacement, type PlacementType } from './placement.type';

const RECORD = 'Placement';

export class PlacementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  private history(manager: EntityManager, childId: string): Promise<PlacementEntity[]> {
    return manager.find(PlacementEntity, { where: { childId }, order: { startDate: 'ASC', createdAt: 'ASC' } });
  }

  /**
   * A move: the open placement ends on the new start date (a same-day move)
   * with the reason for the change, and the new one starts, in one transaction.
   */
  async start(actor: Actor, input: StartPlacementInput, ip: string | null): Promise<PlacementType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const history = await this.history(manager, child.id);
      checkNewStart(history, input.startDate, { today: this.today(), dateOfBirth: child.dateOfBirth, what: 'placement' });
      const open = history.filter((p) => p.endDate === null);
      if (open.length > 0 && !input.reasonForChange) {
        throw badInput('reasonForChange is required: the current placement ends when the new one starts.', 'reasonForChange');
      }
      for (const current of open) {
        const before = { endDate: current.endDate, reasonForChange: current.reasonForChange };
        current.endDate = input.startDate;
        current.reasonForChange = input.reasonForChange ?? null;
        await manager.save(current);
        await auditChange(manager, actor, ip, {
          action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: current.id, before,
          after: { endDate: current.endDate, reasonForChange: current.reasonForChange },
        });
      }
      const fields = changesFrom(input, 'childId', 'reasonForChange');
      const created = await manager.save(
        manager.create(PlacementEntity, {
          ...fields,
          childId: child.id,
          weeklyCost: String(input.weeklyCost ?? 0),
          endDate: null,
          reasonForChange: null,
          endReason: null,
          changeNotes: null,
        }),
      );
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: created.id, before: {}, after: fields });
      return presentPlacement(created);
    });
  }

  /** Records (or corrects) the day a placement ended; it may not run into the next placement. */
  async end(actor: Actor, input: EndPlacementInput, ip: string | null): Promise<PlacementType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, PlacementEntity, input.id, RECORD);
      assertVersion(record, input.expectedVersion);
      checkEnd(await this.history(manager, child.id), record, input.endDate, { today: this.today(), what: 'placement' });
      const before = { endDate: record.endDate, endReason: record.endReason };
      Object.assign(record, { endDate: input.endDate, endReason: input.endReason });
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after: { endDate: input.endDate, endReason: input.endReason } });
      return presentPlacement(saved);
    });
  }

  async update(actor: Actor, input: UpdatePlacementInput, ip: string | null): Promise<PlacementType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, PlacementEntity, input.id, RECORD);
      assertVersion(record, input.expectedVersion);
      const { weeklyCost, ...changes } = changesFrom(input, 'id', 'expectedVersion');
      const after = { ...changes, ...(weeklyCost !== undefined ? { weeklyCost: weeklyCost.toFixed(2) } : {}) };
      const before = { ...record };
      Object.assign(record, after);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after });
      return presentPlacement(saved);
    });
  }
}

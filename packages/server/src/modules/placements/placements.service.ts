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
      const after: Partial<PlacementEntity> = { ...changes, ...(weeklyCost !== undefined ? { weeklyCost: weeklyCost.toFixed(2) } : {}) };
      // No move planned any more: what the child was told about it goes with it.
      if (after.movePlannedFor === null && record.movePlannedFor !== null) {
        Object.assign(after, { moveToCarerName: null, childToldOfMoveOn: null, childMetNewCarerOn: null, newCarerAlreadyKnown: false });
      }
      checkChildrensAsks({ ...record, ...after }, after, this.today());
      const before = { ...record };
      Object.assign(record, after);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after });
      return presentPlacement(saved);
    });
  }
}

type Asks = Pick<
  PlacementEntity,
  'startDate' | 'endDate' | 'intendedDuration' | 'intendedUntil' | 'durationInChildWords' | 'movePlannedFor' | 'moveToCarerName' | 'childToldOfMoveOn' | 'childMetNewCarerOn' | 'newCarerAlreadyKnown'
>;

/**
 * Bolton's children asked (1.3) to know how long they will live somewhere, to
 * be told about a move before it happens and to meet a new carer first. The
 * placement as it will be (`next`) must hold together; `changed` says which
 * fields this change sets, so an old record is not blocked by a rule it predates.
 */
export function checkChildrensAsks(next: Asks, changed: Partial<Asks>, today: string): void {
  const durationTouched = ['intendedDuration', 'intendedUntil', 'durationInChildWords'].some((k) => k in changed);
  if (durationTouched) {
    if (next.intendedDuration === 'FIXED_PERIOD' && !next.intendedUntil) throw badInput('intendedUntil is needed for a fixed period: the day it is meant to end.', 'intendedUntil');
    if (next.intendedDuration !== 'FIXED_PERIOD' && next.intendedUntil) throw badInput('intendedUntil is only for a fixed period.', 'intendedUntil');
    if (next.intendedUntil && next.intendedUntil <= next.startDate) throw badInput('intendedUntil must be after the placement started.', 'intendedUntil');
    if (next.intendedDuration === 'NOT_YET_KNOWN' && !next.durationInChildWords?.trim()) {
      throw badInput('durationInChildWords is needed when it is not yet known: tell the child, in their words, why and when they will know.', 'durationInChildWords');
    }
    if (!next.intendedDuration && next.durationInChildWords?.trim()) throw badInput('intendedDuration is needed with the words for the child.', 'intendedDuration');
  }
  const moveTouched = ['movePlannedFor', 'moveToCarerName', 'childToldOfMoveOn', 'childMetNewCarerOn', 'newCarerAlreadyKnown'].some((k) => k in changed);
  if (!moveTouched) return;
  if (!next.movePlannedFor) {
    if (next.moveToCarerName || next.childToldOfMoveOn || next.childMetNewCarerOn || next.newCarerAlreadyKnown) {
      throw badInput('movePlannedFor is needed: record the day the move is planned for first.', 'movePlannedFor');
    }
    return;
  }
  if ('movePlannedFor' in changed && next.endDate !== null) throw badInput('A move can only be planned from the placement the child lives in now.', 'movePlannedFor');
  if (next.movePlannedFor <= next.startDate) throw badInput('movePlannedFor must be after the placement started.', 'movePlannedFor');
  if (next.childToldOfMoveOn) {
    if (next.childToldOfMoveOn > today) throw badInput('childToldOfMoveOn cannot be in the future.', 'childToldOfMoveOn');
    if (next.childToldOfMoveOn > next.movePlannedFor) throw badInput('childToldOfMoveOn must be on or before the day of the move: children asked to be told first.', 'childToldOfMoveOn');
  }
  if (next.childMetNewCarerOn) {
    if (next.newCarerAlreadyKnown) throw badInput('The child already knows the new carers: leave the day they met empty.', 'childMetNewCarerOn');
    if (next.childMetNewCarerOn > today) throw badInput('childMetNewCarerOn cannot be in the future.', 'childMetNewCarerOn');
    if (next.childMetNewCarerOn > next.movePlannedFor) throw badInput('childMetNewCarerOn must be on or before the day of the move.', 'childMetNewCarerOn');
  }
}

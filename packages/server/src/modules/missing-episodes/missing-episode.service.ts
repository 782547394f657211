import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput } from '../../common/errors';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import type { ChildEntity } from '../children/child.entity';
import { MissingEpisodeEntity } from './missing-episode.entity';
import type { RecordMissingEpisodeInput, UpdateMissingEpisodeInput } from './missing-episode.inputs';
import { presentMissingEpisode, type MissingEpisodeType } from './missing-episode.type';

const RECORD = 'MissingEpisode';

export class MissingEpisodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The DfE's rules on a period's dates: not in the future, not before the
   * child was born (586) or became looked after (581), not after care ended
   * (578), not ending before it starts (567), not overlapping another (574).
   */
  private async check(
    manager: EntityManager,
    child: ChildEntity,
    period: { id?: string; startDate: string; endDate: string | null; returnInterviewOffered: boolean | null; returnInterviewAccepted: boolean | null },
  ): Promise<void> {
    const today = isoDateInLondon(this.clock.now());
    if (period.startDate > today) throw badInput('startDate cannot be in the future.', 'startDate');
    if (period.endDate && period.endDate > today) throw badInput('endDate cannot be in the future.', 'endDate');
    if (period.startDate < child.dateOfBirth) throw badInput('startDate cannot be before the date of birth.', 'startDate');
    if (!child.dateLookedAfter || period.startDate < child.dateLookedAfter) throw badInput('The child was not looked after on startDate.', 'startDate');
    if (child.dateCeasedLookedAfter && period.startDate > child.dateCeasedLookedAfter) throw badInput('startDate is after the child ceased to be looked after.', 'startDate');
    if (period.endDate && period.endDate < period.startDate) throw badInput('endDate cannot be before startDate.', 'endDate');
    // A return interview is offered when the child comes back, and can only be accepted when offered.
    if (period.returnInterviewOffered !== null && !period.endDate) throw badInput('A return interview is offered when the child comes back: give endDate first.', 'returnInterviewOffered');
    if (period.returnInterviewAccepted !== null && period.returnInterviewOffered !== true) throw badInput('returnInterviewAccepted is only for a return interview that was offered.', 'returnInterviewAccepted');
    const others = (await manager.find(MissingEpisodeEntity, { where: { childId: child.id } })).filter((o) => o.id !== period.id);
    const end = period.endDate ?? '9999-12-31';
    const overlap = others.find((o) => o.startDate <= end && (o.endDate ?? '9999-12-31') >= period.startDate);
    if (overlap) throw badInput(`It overlaps the period from ${overlap.startDate}${overlap.endDate ? ` to ${overlap.endDate}` : ' that has not ended'}.`, 'startDate');
  }

  async record(actor: Actor, input: RecordMissingEpisodeInput, ip: string | null): Promise<MissingEpisodeType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const values = {
        kind: input.kind, startDate: input.startDate, endDate: input.endDate ?? null,
        returnInterviewOffered: input.returnInterviewOffered ?? null, returnInterviewAccepted: input.returnInterviewAccepted ?? null,
      };
      await this.check(manager, child, values);
      const created = await manager.save(manager.create(MissingEpisodeEntity, { ...values, childId: child.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: created.id, before: {}, after: values });
      return presentMissingEpisode(created);
    });
  }

  async update(actor: Actor, input: UpdateMissingEpisodeInput, ip: string | null): Promise<MissingEpisodeType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, MissingEpisodeEntity, input.id, RECORD);
      assertVersion(record, input.expectedVersion);
      const changes = changesFrom(input, 'id', 'expectedVersion');
      const kept = <K extends 'endDate' | 'returnInterviewOffered' | 'returnInterviewAccepted'>(key: K) => (changes[key] !== undefined ? changes[key] : record[key]) ?? null;
      const next = {
        id: record.id, startDate: changes.startDate ?? record.startDate, endDate: kept('endDate'),
        returnInterviewOffered: kept('returnInterviewOffered'), returnInterviewAccepted: kept('returnInterviewAccepted'),
      };
      await this.check(manager, child, next);
      const before = { ...record };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: record.id, before, after: changes });
      return presentMissingEpisode(saved);
    });
  }
}

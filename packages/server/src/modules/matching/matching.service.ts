import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { lockUnder } from '../../policies/child-record';
import { conflict } from '../../common/errors';
import { assertVersion, auditChange, changesFrom, lockChildForEdit } from '../case-records/case-record.guard';
import { MatchingRecordEntity } from './matching-record.entity';
import type { SaveMatchingAreaInput } from './matching.inputs';
import { presentMatchingRecord, type MatchingAreaRecordType } from './matching.type';

const RECORD = 'MatchingRecord';

export class MatchingService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Saves one area. The first save sends no version; every later one sends
   * the version it read. The child's row lock makes two first saves queue, so
   * the second sees the first and gets CONFLICT.
   */
  async save(actor: Actor, input: SaveMatchingAreaInput, ip: string | null): Promise<MatchingAreaRecordType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const existing = await lockUnder(manager, child, MatchingRecordEntity, 'm', 'm.child_id = :childId AND m.area = :area', { childId: child.id, area: input.area });
      const changes = changesFrom(input, 'childId', 'area', 'expectedVersion');
      let saved: MatchingRecordEntity;
      if (!existing) {
        if (input.expectedVersion != null) throw conflict('This area has not been saved before: send no expectedVersion.', { currentVersion: null });
        saved = await manager.save(
          manager.create(MatchingRecordEntity, { childViews: null, needs: null, currentSupport: null, carerPotential: null, ...changes, childId: child.id, area: input.area }),
        );
        await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: saved.id, before: {}, after: { area: input.area, ...changes } });
      } else {
        if (input.expectedVersion == null) throw conflict('Someone else saved this area first. Reload it and make your change again.', { currentVersion: existing.version });
        assertVersion(existing, input.expectedVersion);
        const before = { ...existing };
        Object.assign(existing, changes);
        saved = await manager.save(existing);
        await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: saved.id, before, after: changes });
      }
      return presentMatchingRecord([saved]).find((a) => a.area === input.area)!;
    });
  }
}

import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { lockUnder } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict } from '../../common/errors';
import { oc2Problems, type HealthOutcomesRecord } from '../../ssda903/ssda903.oc2';
import { collectionYear, collectionYearOf } from '../../ssda903/ssda903.record';
import { assertVersion, auditChange, lockChildForEdit } from '../case-records/case-record.guard';
import { HealthOutcomesEntity } from './health-outcomes.entity';
import type { SaveHealthOutcomesInput } from './health-outcomes.inputs';
import { presentHealthOutcomes, type HealthOutcomesType } from './health-outcomes.type';

const RECORD = 'HealthOutcomes';

export class HealthOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Saves one year's record whole. The first save for a year sends no version,
   * every later one the version it read; the child's row lock makes two first
   * saves queue, so the second gets CONFLICT.
   */
  async save(actor: Actor, input: SaveHealthOutcomesInput, ip: string | null): Promise<HealthOutcomesType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const year = collectionYear(input.year);
      const today = isoDateInLondon(this.clock.now());
      if (input.year > collectionYearOf(today)) throw badInput('The year cannot be after the one in progress.', 'year');
      if (year.end < child.dateOfBirth) throw badInput('The year ended before the child was born.', 'year');
      const values: HealthOutcomesRecord = {
        year: input.year,
        sdqScore: input.sdqScore ?? null,
        sdqReason: input.sdqReason ?? null,
        convicted: input.convicted ?? null,
        healthCheck: input.healthCheck ?? null,
        immunisations: input.immunisations,
        teethCheck: input.teethCheck,
        healthAssessment: input.healthAssessment,
        substanceMisuse: input.substanceMisuse,
        interventionReceived: input.interventionReceived ?? null,
        interventionOffered: input.interventionOffered ?? null,
      };
      const [problem] = oc2Problems(values, child.dateOfBirth, year);
      if (problem) throw badInput(problem.message, problem.field);
      const existing = await lockUnder(manager, child, HealthOutcomesEntity, 'h', 'h.child_id = :childId AND h.year = :year', { childId: child.id, year: input.year });
      if (!existing) {
        if (input.expectedVersion != null) throw conflict('This year has not been saved before: send no expectedVersion.', { currentVersion: null });
        const saved = await manager.save(manager.create(HealthOutcomesEntity, { ...values, childId: child.id }));
        await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: RECORD, recordId: saved.id, before: {}, after: values });
        return presentHealthOutcomes(saved);
      }
      if (input.expectedVersion == null) throw conflict('Someone else saved this year first. Reload it and make your change again.', { currentVersion: existing.version });
      assertVersion(existing, input.expectedVersion);
      const before = { ...existing };
      Object.assign(existing, values);
      const saved = await manager.save(existing);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: RECORD, recordId: saved.id, before, after: values });
      return presentHealthOutcomes(saved);
    });
  }
}

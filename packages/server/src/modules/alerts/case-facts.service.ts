import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { can } from '../../policies/child.policy';
import { lockReachableChild } from '../../policies/child-record';
import { diff, writeAudit } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import { stripUndefined } from '../children/children.service';
import { CaseFactsEntity } from './case-facts.entity';
import { IroEscalationEntity } from './iro-escalation.entity';
import type { CaseFactsType, IroEscalationType, UpdateCaseFactsInput } from './case-facts.type';
import { actAs } from '../../database/acting-user';

const EMPTY: Omit<CaseFactsType, 'version'> = {
  courtProceedingsStartedOn: null,
  courtProceedingsEndedOn: null,
  dischargePlanAgreedOn: null,
  adoptionMatchedOn: null,
  kinshipCarerAvailable: null,
  carerCannotConsiderSgo: false,
  jointFunding: false,
  returningForReview: false,
  difficultySecuringPlan: false,
  edgeOfCare: false,
  planToBecomeLookedAfter: false,
  lookedAfterInEmergency: false,
};

export function presentCaseFacts(row: CaseFactsEntity | null | undefined): CaseFactsType {
  if (!row) return { version: null, ...EMPTY };
  const { childId: _c, child: _ch, updatedAt: _u, ...rest } = row;
  return rest;
}

export function presentEscalation(e: IroEscalationEntity): IroEscalationType {
  return { id: e.id, version: e.version, raisedOn: e.raisedOn, raisedBy: null, raisedById: e.raisedById, concern: e.concern, resolvedOn: e.resolvedOn, resolution: e.resolution };
}

export class CaseFactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async update(actor: Actor, input: UpdateCaseFactsInput, ip: string | null): Promise<CaseFactsType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockReachableChild(manager, actor, input.childId, 'editCase');
      const existing = await manager.findOne(CaseFactsEntity, { where: { childId: child.id } });
      const expected = input.expectedVersion ?? null;
      if ((existing?.version ?? null) !== expected) {
        throw conflict('Someone else changed these case facts since you opened them. Reload and make your change again.', {
          currentVersion: existing?.version ?? null,
        });
      }
      const { childId: _c, expectedVersion: _v, ...changes } = stripUndefined(input);
      const merged = { ...presentCaseFacts(existing), ...changes };
      if (merged.courtProceedingsStartedOn && merged.courtProceedingsEndedOn && merged.courtProceedingsEndedOn < merged.courtProceedingsStartedOn) {
        throw badInput('courtProceedingsEndedOn cannot be before courtProceedingsStartedOn.', 'courtProceedingsEndedOn');
      }
      const today = isoDateInLondon(this.clock.now());
      for (const field of ['courtProceedingsStartedOn', 'courtProceedingsEndedOn', 'dischargePlanAgreedOn', 'adoptionMatchedOn'] as const) {
        const value = changes[field];
        if (value && value > today) throw badInput(`${field} cannot be in the future.`, field);
      }
      const audit = diff(presentCaseFacts(existing), changes);
      const entity = existing ?? manager.create(CaseFactsEntity, { childId: child.id });
      Object.assign(entity, changes);
      const saved = await manager.save(entity);
      await writeAudit(manager, actor, ip, [{ action: existing ? 'UPDATE' : 'CREATE', childId: child.id, recordType: 'CaseFacts', recordId: child.id, changes: audit }]);
      return presentCaseFacts(saved);
    });
  }

  async raiseEscalation(actor: Actor, childId: string, concern: string, ip: string | null): Promise<IroEscalationType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockReachableChild(manager, actor, childId, 'review');
      const row = await manager.save(
        manager.create(IroEscalationEntity, { childId: child.id, raisedById: actor.userId, raisedOn: isoDateInLondon(this.clock.now()), concern, resolvedOn: null, resolution: null }),
      );
      await writeAudit(manager, actor, ip, [{ action: 'CREATE', childId: child.id, recordType: 'IroEscalation', recordId: row.id }]);
      return presentEscalation(row);
    });
  }

  /** Resolved by the team manager or the IRO who reviews the child. */
  async resolveEscalation(actor: Actor, id: string, expectedVersion: number, resolution: string, ip: string | null): Promise<IroEscalationType> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      const escalation = await manager.findOne(IroEscalationEntity, { where: { id: assertId(id, 'Escalation') } });
      if (!escalation) throw notFound('Escalation');
      const reach = childReach(actor, 'c');
      const child = await manager.createQueryBuilder(ChildEntity, 'c').where('c.id = :id', { id: escalation.childId }).andWhere(reach.sql, reach.params).getOne();
      if (!child || !can(actor, 'readRecord', child)) throw notFound('Escalation');
      if (!can(actor, 'manage', child) && !can(actor, 'review', child)) throw forbidden();
      if (escalation.version !== expectedVersion) throw conflict('This escalation changed since you opened it.', { currentVersion: escalation.version });
      if (escalation.resolvedOn) throw conflict('This escalation is already resolved.');
      const before = { resolvedOn: escalation.resolvedOn, resolution: escalation.resolution };
      escalation.resolvedOn = isoDateInLondon(this.clock.now());
      escalation.resolution = resolution;
      const saved = await manager.save(escalation);
      await writeAudit(manager, actor, ip, [
        { action: 'UPDATE', childId: child.id, recordType: 'IroEscalation', recordId: saved.id, changes: diff(before, { resolvedOn: saved.resolvedOn, resolution }) },
      ]);
      return presentEscalation(saved);
    });
  }
}

import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict } from '../../common/errors';
import { can } from '../../policies/child.policy';
import { lockChild, lockChildRecord } from '../../policies/child-record';
import { diff, writeAudit } from '../audit/audit.service';
import { stripUndefined } from '../children/children.service';
import { CaseFactsEntity } from './case-facts.entity';
import { IroEscalationEntity, type IroEscalationStageRecord } from './iro-escalation.entity';
import { nextDisputeStage } from '../../rules';
import type { CaseFactsType, IroEscalationType, RecordIroEscalationStageInput, UpdateCaseFactsInput } from './case-facts.type';

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

/** The stages as stored; an escalation stored before stages existed reads as the informal stage. */
export function stagesOf(e: IroEscalationEntity): IroEscalationStageRecord[] {
  if (e.stages && e.stages.length > 0) return e.stages;
  return [{ stage: 'INFORMAL', startedOn: e.raisedOn, closedOn: e.resolvedOn, outcome: e.resolvedOn ? 'RESOLVED' : null, outcomeText: e.resolution, closedById: null }];
}

export function presentEscalation(e: IroEscalationEntity): IroEscalationType {
  const stageRecords = stagesOf(e);
  const last = stageRecords.at(-1)!;
  return {
    id: e.id, version: e.version, raisedOn: e.raisedOn, raisedBy: null, raisedById: e.raisedById, concern: e.concern, resolvedOn: e.resolvedOn, resolution: e.resolution,
    currentStage: e.resolvedOn ? null : last.stage,
    stageRecords,
  };
}

export class CaseFactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async update(actor: Actor, input: UpdateCaseFactsInput, ip: string | null): Promise<CaseFactsType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChild(manager, actor, input.childId, 'editCase');
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
      const child = await lockChild(manager, actor, childId, 'review');
      if (!concern.trim()) throw badInput('Enter the concern you are escalating.', 'concern');
      const today = isoDateInLondon(this.clock.now());
      const row = await manager.save(
        manager.create(IroEscalationEntity, {
          childId: child.id, raisedById: actor.userId, raisedOn: today, concern, resolvedOn: null, resolution: null,
          // Every dispute starts with informal resolution with the social worker.
          stages: [{ stage: 'INFORMAL', startedOn: today, closedOn: null, outcome: null, outcomeText: null, closedById: null }],
        }),
      );
      await writeAudit(manager, actor, ip, [{ action: 'CREATE', childId: child.id, recordType: 'IroEscalation', recordId: row.id }]);
      return presentEscalation(row);
    });
  }

  /** Resolves the dispute at its current stage (kept for callers from before the stages). */
  resolveEscalation(actor: Actor, id: string, expectedVersion: number, resolution: string, ip: string | null): Promise<IroEscalationType> {
    return this.recordStage(actor, { id, expectedVersion, outcome: 'RESOLVED', outcomeText: resolution }, ip);
  }

  /**
   * Ends the current stage of the protocol, recorded by the IRO who reviews the
   * child or the child's team manager: resolved (the dispute is resolved), or
   * escalated (the next stage starts today). The director's stage is the last.
   */
  async recordStage(actor: Actor, input: RecordIroEscalationStageInput, ip: string | null): Promise<IroEscalationType> {
    const outcomeText = input.outcomeText.trim();
    if (!outcomeText) throw badInput('Enter what was agreed, or why the dispute goes to the next stage.', 'outcomeText');
    return this.dataSource.transaction(async (manager) => {
      // Found only within the actor's reach (in SQL), never fetched by id and checked afterwards.
      const { record: escalation, child } = await lockChildRecord(manager, actor, IroEscalationEntity, input.id, 'Escalation', {
        what: 'Escalation',
        ability: (c) => can(actor, 'manage', c) || can(actor, 'review', c),
        forbidden: 'Your role cannot do this.',
      });
      if (escalation.version !== input.expectedVersion) throw conflict('This escalation changed since you opened it.', { currentVersion: escalation.version });
      if (escalation.resolvedOn) throw conflict('This escalation is already resolved.');
      const stages = stagesOf(escalation).map((s) => ({ ...s }));
      const current = stages.at(-1)!;
      const next = nextDisputeStage(current.stage);
      if (input.outcome === 'ESCALATED' && !next) {
        throw badInput('The director’s stage is the last in the council’s dispute resolution protocol: record how it was resolved, or refer the case to Cafcass outside this service.', 'outcome');
      }
      const today = isoDateInLondon(this.clock.now());
      const before = { stage: current.stage, resolvedOn: escalation.resolvedOn, resolution: escalation.resolution };
      Object.assign(current, { closedOn: today, outcome: input.outcome, outcomeText, closedById: actor.userId });
      if (input.outcome === 'ESCALATED') {
        stages.push({ stage: next!, startedOn: today, closedOn: null, outcome: null, outcomeText: null, closedById: null });
      } else {
        escalation.resolvedOn = today;
        escalation.resolution = outcomeText;
      }
      escalation.stages = stages;
      const saved = await manager.save(escalation);
      await writeAudit(manager, actor, ip, [
        {
          action: input.outcome === 'ESCALATED' ? 'ESCALATE' : 'RESOLVE',
          childId: child.id,
          recordType: 'IroEscalation',
          recordId: saved.id,
          changes: diff(before, { stage: stages.at(-1)!.stage, resolvedOn: saved.resolvedOn, resolution: saved.resolution }),
        },
      ]);
      return presentEscalation(saved);
    });
  }
}

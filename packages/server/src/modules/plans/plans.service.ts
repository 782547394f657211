import { In, type DataSource, type EntityManager } from 'typeorm';
import { PANEL_MEETING_TYPES, PLAN_STATUS_LABELS, REVIEW_MEETING_TYPES, type PlanStatus } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound, versionConflict } from '../../common/errors';
import { assertId, isUuid } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { can } from '../../policies/child.policy';
import { lockChild, lockChildRecord, lockUnder, type HeldChild } from '../../policies/child-record';
import { permits, stateAllows, type PlanAction } from '../../policies/plan.policy';
import type { AuditAction } from '@forever-planning/shared';
import { diff, writeAudit, type AuditEntry } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import { stripUndefined } from '../children/children.service';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { findReachableMeeting, lockMeetingOf } from '../meetings/meetings.queries';
import { anyoneConsideredAsCarer } from '../network/network.queries';
import { actionDueDate, oldEnoughForOwnAccess, requiresHeadOfServiceApproval, type PolicyInput } from '../../rules';
import type { PolicyService } from '../policy/policy.service';
import { PlanContingencyEntity } from './plan-contingency.entity';
import { PlanDecisionEntity } from './plan-decision.entity';
import { PlanOutcomeEntity } from './plan-outcome.entity';
import { PlanOutcomeActionEntity } from './plan-outcome-action.entity';
import { PlanEntity } from './plan.entity';
import type { PlanType } from './plan.type';
import type {
  AddPlanOutcomeInput,
  PlanActionInput,
  RecordPanelDecisionInput,
  UpdatePlanActionProgressInput,
  ApprovePlanInput,
  CreatePlanInput,
  EndorsePlanInput,
  EndPlanInput,
  PlanTransitionInput,
  RecordPanelRecommendationInput,
  RemovePlanOutcomeInput,
  ReorderPlanOutcomesInput,
  ReturnPlanInput,
  SetContingencyOptionsInput,
  UpdatePlanInput,
  UpdatePlanOutcomeInput,
} from './plans.inputs';

/** The plan row's own columns, for before/after audit rows. */
const PLAN_AUDITED = [
  'status', 'primaryOption', 'childWishes', 'bottomLines', 'consequenceOfNoChange', 'childFriendlySummary', 'childFriendlySummaryLanguage', 'sharedWithChildAt',
  'submittedAt', 'approvedById', 'approvedAt', 'headOfServiceApprovedById', 'headOfServiceApprovedAt', 'panelRecommendation',
  'panelRecommendedAt', 'endorsedById', 'endorsedAt', 'endorsedAtMeetingId', 'achievedAt', 'endedAt', 'endReason',
  'safetyPeople', 'monitoringPeople', 'peopleToAvoid', 'safetyPlanLasts', 'wordsAndPicturesAge', 'familyAgreement', 'familyComments',
  'familyConsidered', 'familyConsideredInChildWords', 'permanenceTargetDate', 'panelType', 'panelDate', 'panelDecision', 'panelDecisionDate', 'panelDecisionMaker', 'panelDecisionNotes',
] as const;
/** Carried into a new version of the plan: the bottom lines and the target date (the family agree to each version afresh). */
const PLAN_CARRIED = [
  'primaryOption', 'childWishes', 'bottomLines', 'consequenceOfNoChange', 'childFriendlySummary', 'childFriendlySummaryLanguage',
  'safetyPeople', 'monitoringPeople', 'peopleToAvoid', 'safetyPlanLasts', 'wordsAndPicturesAge', 'permanenceTargetDate',
  'familyConsidered', 'familyConsideredInChildWords',
] as const;
const OUTCOME_AUDITED = ['position', 'outcome', 'measure', 'optionTrack', 'progress', 'completed'] as const;
const ACTION_AUDITED = ['outcomeId', 'position', 'action', 'byWhom', 'withinWeeks', 'dueDate', 'progress', 'completed'] as const;
const PROGRESS_FIELDS = ['progress', 'completed'];

const pick = <T extends object>(row: T, keys: readonly (keyof T)[]): Partial<T> =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Partial<T>;

interface Locked {
  plan: PlanEntity;
  child: HeldChild;
}

export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** `policy`: the child's council's policy versions (the head of service rule's age is a local setting). */
  present(plan: PlanEntity, childDateOfBirth: string, policy: PolicyInput): PlanType {
    return {
      id: plan.id,
      childId: plan.childId,
      version: plan.version,
      planNumber: plan.planNumber,
      status: plan.status,
      primaryOption: plan.primaryOption,
      childWishes: plan.childWishes,
      bottomLines: plan.bottomLines,
      consequenceOfNoChange: plan.consequenceOfNoChange,
      childFriendlySummary: plan.childFriendlySummary,
      childFriendlySummaryLanguage: plan.childFriendlySummaryLanguage,
      safetyPeople: plan.safetyPeople,
      monitoringPeople: plan.monitoringPeople,
      peopleToAvoid: plan.peopleToAvoid,
      safetyPlanLasts: plan.safetyPlanLasts,
      wordsAndPicturesAge: plan.wordsAndPicturesAge,
      familyAgreement: plan.familyAgreement,
      familyComments: plan.familyComments,
      familyConsidered: plan.familyConsidered,
      familyConsideredInChildWords: plan.familyConsideredInChildWords,
      permanenceTargetDate: plan.permanenceTargetDate,
      panelType: plan.panelType,
      panelDate: plan.panelDate,
      panelDecision: plan.panelDecision,
      panelDecisionDate: plan.panelDecisionDate,
      panelDecisionMaker: plan.panelDecisionMaker,
      panelDecisionNotes: plan.panelDecisionNotes,
      sharedWithChildAt: plan.sharedWithChildAt,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
      updatedById: plan.updatedById,
      submittedAt: plan.submittedAt,
      approvedAt: plan.approvedAt,
      headOfServiceApprovedAt: plan.headOfServiceApprovedAt,
      panelRecommendation: plan.panelRecommendation,
      panelRecommendedAt: plan.panelRecommendedAt,
      endorsedAt: plan.endorsedAt,
      achievedAt: plan.achievedAt,
      endedAt: plan.endedAt,
      endReason: plan.endReason,
      needsHeadOfServiceApproval: this.awaitsHeadOfService(plan, childDateOfBirth, policy),
      createdById: plan.createdById,
      approvedById: plan.approvedById,
      headOfServiceApprovedById: plan.headOfServiceApprovedById,
      endorsedById: plan.endorsedById,
      endorsedAtMeetingId: plan.endorsedAtMeetingId,
    };
  }

  /** The rule applies today and the head of service has not yet approved. */
  private awaitsHeadOfService(plan: PlanEntity, dateOfBirth: string, policy: PolicyInput): boolean {
    return requiresHeadOfServiceApproval(plan.primaryOption, dateOfBirth, this.today(), policy) && !plan.headOfServiceApprovedAt;
  }

  /** A reachable child, locked so plan numbers are given out one at a time. */
  private lockChild(manager: EntityManager, actor: Actor, childId: string): Promise<HeldChild> {
    return lockChild(manager, actor, childId, null);
  }

  /** A plan the actor reaches, its row locked for the rest of the transaction, with its child. */
  private async lockPlan(manager: EntityManager, actor: Actor, planId: string): Promise<Locked> {
    const { record: plan, child } = await lockChildRecord(manager, actor, PlanEntity, planId, 'Plan');
    if (!can(actor, 'readRecord', child)) throw notFound('Plan');
    return { plan, child };
  }

  /** FORBIDDEN for a role that sees the plan but may not do this; CONFLICT for the wrong status or a stale version. */
  private check(actor: Actor, action: PlanAction, { plan, child }: Locked, expectedVersion: number | null): void {
    if (!permits(actor, action, child)) throw forbidden('Your role can read this plan but not make this change.');
    if (!stateAllows(action, plan.status)) {
      throw conflict(`This plan is ${PLAN_STATUS_LABELS[plan.status].toLowerCase()} (${plan.status}): it cannot be changed this way now.`, {
        currentStatus: plan.status,
      });
    }
    if (expectedVersion !== null && plan.version !== expectedVersion) throw versionConflict(plan, 'plan');
  }

  /** A change to a plan's outcomes or contingencies is a change to the plan: its version moves on. */
  private async touch(manager: EntityManager, plan: PlanEntity): Promise<PlanEntity> {
    await manager.query('UPDATE plans SET version = version + 1, updated_at = $2 WHERE id = $1', [plan.id, this.clock.now()]);
    return manager.findOneByOrFail(PlanEntity, { id: plan.id });
  }

  /**
   * The shape of every change to one plan: lock and load, authorize, check
   * status and version, act, audit — all in one transaction.
   */
  private run(
    actor: Actor,
    ip: string | null,
    planId: string,
    expectedVersion: number | null,
    action: PlanAction,
    act: (manager: EntityManager, locked: Locked) => Promise<AuditEntry[]>,
  ): Promise<PlanType> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockPlan(manager, actor, planId);
      this.check(actor, action, locked, expectedVersion);
      const entries = await act(manager, locked);
      await writeAudit(manager, actor, ip, entries.map((e) => ({ childId: locked.child.id, ...e })));
      const plan = await manager.findOneByOrFail(PlanEntity, { id: locked.plan.id });
      return this.present(plan, locked.child.dateOfBirth, await this.policy.versions(locked.child.councilId));
    });
  }

  /** Applies changes to the plan row and returns its audit entry. */
  private async savePlan(manager: EntityManager, plan: PlanEntity, changes: Partial<PlanEntity>, action: AuditAction = 'UPDATE'): Promise<AuditEntry> {
    const before = pick(plan, PLAN_AUDITED);
    Object.assign(plan, changes);
    await manager.save(plan);
    return { action, recordType: 'Plan', recordId: plan.id, changes: diff(before, pick(plan, PLAN_AUDITED)) };
  }

  /** A new DRAFT version copying the previous version's options, outcomes (with progress), wishes and bottom lines. */
  async create(actor: Actor, input: CreatePlanInput, ip: string | null): Promise<PlanType> {
    const childId = assertId(input.childId, 'Child');
    return this.dataSource.transaction(async (manager) => {
      const child = await this.lockChild(manager, actor, childId);
      if (!permits(actor, 'create', child)) throw forbidden('Your role can read this record but not change it.');
      const previous = await manager.findOne(PlanEntity, { where: { childId }, order: { planNumber: 'DESC' } });
      if (previous && !stateAllows('create', previous.status)) {
        throw conflict(`Plan ${previous.planNumber} is still a draft: finish or end it before starting a new version.`, {
          currentStatus: previous.status,
        });
      }
      const maxNumber: { n: number | null }[] = await manager.query('SELECT max(plan_number) AS n FROM plans WHERE child_id = $1', [childId]);
      const plan = await manager.save(
        manager.create(PlanEntity, {
          childId,
          planNumber: (maxNumber[0].n ?? 0) + 1,
          status: 'DRAFT',
          ...Object.fromEntries(PLAN_CARRIED.map((k) => [k, previous?.[k] ?? null])),
          createdById: actor.userId,
        }),
      );
      const entries: AuditEntry[] = [
        {
          action: 'CREATE', childId, recordType: 'Plan', recordId: plan.id,
          changes: diff({}, { planNumber: plan.planNumber, copiedFromPlanId: previous?.id ?? null, ...pick(plan, PLAN_AUDITED) }),
        },
      ];
      if (previous) {
        const contingencies = await manager.find(PlanContingencyEntity, { where: { planId: previous.id }, order: { position: 'ASC' } });
        await manager.save(contingencies.map((c) => manager.create(PlanContingencyEntity, { planId: plan.id, option: c.option, position: c.position, notes: c.notes })));
        const outcomes = await manager.find(PlanOutcomeEntity, { where: { planId: previous.id }, order: { position: 'ASC' } });
        const copies = await manager.save(
          outcomes.map((o) => manager.create(PlanOutcomeEntity, { ...pick(o, OUTCOME_AUDITED), planId: plan.id })),
        );
        for (const o of copies) entries.push({ action: 'CREATE', childId, recordType: 'PlanOutcome', recordId: o.id, changes: diff({}, pick(o, OUTCOME_AUDITED)) });
        const actions = outcomes.length
          ? await manager.find(PlanOutcomeActionEntity, { where: { outcomeId: In(outcomes.map((o) => o.id)) }, order: { position: 'ASC' } })
          : [];
        // A carried action keeps the date it fell on: a new version of the plan never moves a deadline already running.
        const actionCopies = await manager.save(
          actions.map((a) =>
            manager.create(PlanOutcomeActionEntity, {
              ...pick(a, ACTION_AUDITED), withinWeeks: null, outcomeId: copies[outcomes.findIndex((o) => o.id === a.outcomeId)].id,
            }),
          ),
        );
        for (const a of actionCopies) entries.push({ action: 'CREATE', childId, recordType: 'PlanOutcomeAction', recordId: a.id, changes: diff({}, pick(a, ACTION_AUDITED)) });
      }
      await writeAudit(manager, actor, ip, entries);
      return this.present(plan, child.dateOfBirth, await this.policy.versions(child.councilId));
    });
  }

  /**
   * One save of the plan form: its words, its primary option and (when given)
   * its contingencies together, checked against each other as they will be
   * after the change.
   */
  async update(actor: Actor, input: UpdatePlanInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'edit', async (manager, { plan }) => {
      const { planId: _p, expectedVersion: _v, contingencies, ...changes } = stripUndefined(input);
      const existing = await manager.find(PlanContingencyEntity, { where: { planId: plan.id }, order: { position: 'ASC' } });
      const primary = changes.primaryOption !== undefined ? changes.primaryOption : plan.primaryOption;
      const after = contingencies ?? existing.map((c) => c.option);
      if (primary && after.includes(primary)) {
        throw contingencies
          ? badInput('contingencies must not include the primary option.', 'contingencies')
          : badInput('primaryOption is already a contingency option of this plan.', 'primaryOption');
      }
      await this.checkFamilyConsidered(manager, plan, changes);
      const entries: AuditEntry[] = [];
      if (contingencies) {
        await manager.delete(PlanContingencyEntity, { planId: plan.id });
        await manager.save(contingencies.map((option, position) => manager.create(PlanContingencyEntity, { planId: plan.id, option, position, notes: null })));
        entries.push({ action: 'UPDATE', recordType: 'Plan', recordId: plan.id, changes: { contingencies: { before: existing.map((c) => c.option), after: contingencies } } });
      }
      if (Object.keys(changes).length > 0) entries.push(await this.savePlan(manager, plan, changes as Partial<PlanEntity>));
      else if (contingencies) await this.touch(manager, plan);
      return entries;
    });
  }

  /**
   * Bolton's children asked to know whether their family was thought about
   * first: a yes needs the people considered on the family network, and a yes
   * or a no needs the words the child will read.
   */
  private async checkFamilyConsidered(manager: EntityManager, plan: PlanEntity, changes: Partial<PlanEntity>): Promise<void> {
    if (changes.familyConsidered === undefined && changes.familyConsideredInChildWords === undefined) return;
    const considered = changes.familyConsidered !== undefined ? changes.familyConsidered : plan.familyConsidered;
    const words = changes.familyConsideredInChildWords !== undefined ? changes.familyConsideredInChildWords : plan.familyConsideredInChildWords;
    if (!considered && words?.trim()) throw badInput('familyConsidered is needed with the words for the child about their family.', 'familyConsidered');
    if ((considered === 'CONSIDERED' || considered === 'NOT_CONSIDERED') && !words?.trim()) {
      throw badInput('familyConsideredInChildWords is needed: tell the child, in their words, whether their family was thought about first and why.', 'familyConsideredInChildWords');
    }
    if (considered === 'CONSIDERED' && changes.familyConsidered === 'CONSIDERED' && !(await anyoneConsideredAsCarer(manager, plan.childId))) {
      throw badInput('Record on the family network who was considered as a carer before saying family were considered first.', 'familyConsidered');
    }
  }

  async setContingencies(actor: Actor, input: SetContingencyOptionsInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'edit', async (manager, { plan }) => {
      if (plan.primaryOption && input.options.includes(plan.primaryOption)) {
        throw badInput('options must not include the primary option.', 'options');
      }
      const existing = await manager.find(PlanContingencyEntity, { where: { planId: plan.id }, order: { position: 'ASC' } });
      await manager.delete(PlanContingencyEntity, { planId: plan.id });
      await manager.save(input.options.map((option, position) => manager.create(PlanContingencyEntity, { planId: plan.id, option, position, notes: null })));
      await this.touch(manager, plan);
      return [
        {
          action: 'UPDATE', recordType: 'Plan', recordId: plan.id,
          changes: { contingencies: { before: existing.map((c) => c.option), after: input.options } },
        },
      ];
    });
  }

  /** Each action's timescale is a date or "within N weeks", exactly one of them. */
  private checkActions(actions: PlanActionInput[]): void {
    actions.forEach((a, i) => {
      const hasDate = a.dueDate !== undefined && a.dueDate !== null;
      const hasWeeks = a.withinWeeks !== undefined && a.withinWeeks !== null;
      if (hasDate === hasWeeks) {
        throw badInput(`Action ${i + 1} needs a timescale: a date or a number of weeks, not both.`, `actions.${i}.${hasDate ? 'withinWeeks' : 'dueDate'}`);
      }
      if (!a.action.trim()) throw badInput(`Action ${i + 1} must say what will be done.`, `actions.${i}.action`);
      if (!a.byWhom.trim()) throw badInput(`Action ${i + 1} must say who will do it.`, `actions.${i}.byWhom`);
    });
  }

  /** Writes an outcome's actions in order, their "within N weeks" counted from the plan's approval (or today). */
  private async saveActions(manager: EntityManager, plan: PlanEntity, outcomeId: string, actions: PlanActionInput[]): Promise<AuditEntry[]> {
    const approvedOn = plan.approvedAt ? isoDateInLondon(plan.approvedAt) : null;
    const rows = await manager.save(
      actions.map((a, position) =>
        manager.create(PlanOutcomeActionEntity, {
          outcomeId,
          position,
          action: a.action.trim(),
          byWhom: a.byWhom.trim(),
          withinWeeks: a.withinWeeks ?? null,
          dueDate: actionDueDate({ withinWeeks: a.withinWeeks ?? null, dueDate: a.dueDate ?? null }, approvedOn, this.today()),
          progress: a.progress?.trim() || null,
          completed: a.completed ?? false,
        }),
      ),
    );
    return rows.map((r) => ({ action: 'CREATE', recordType: 'PlanOutcomeAction', recordId: r.id, changes: diff({}, pick(r, ACTION_AUDITED)) }));
  }

  async addOutcome(actor: Actor, input: AddPlanOutcomeInput, ip: string | null): Promise<PlanType> {
    this.checkActions(input.actions);
    return this.run(actor, ip, input.planId, input.expectedVersion, 'edit', async (manager, { plan }) => {
      const [{ n }]: { n: number | null }[] = await manager.query('SELECT max(position) AS n FROM plan_outcomes WHERE plan_id = $1', [plan.id]);
      const saved = await manager.save(
        manager.create(PlanOutcomeEntity, {
          outcome: input.outcome,
          measure: input.measure,
          optionTrack: input.optionTrack ?? null,
          progress: input.progress ?? null,
          completed: false,
          planId: plan.id,
          position: (n ?? -1) + 1,
        }),
      );
      const actions = await this.saveActions(manager, plan, saved.id, input.actions);
      await this.touch(manager, plan);
      return [{ action: 'CREATE', recordType: 'PlanOutcome', recordId: saved.id, changes: diff({}, pick(saved, OUTCOME_AUDITED)) }, ...actions];
    });
  }

  /** An outcome the actor reaches, its plan and the outcome locked (plan first, as everywhere). */
  private async lockOutcome(manager: EntityManager, actor: Actor, outcomeId: string): Promise<Locked & { outcome: PlanOutcomeEntity }> {
    const id = assertId(outcomeId, 'Plan outcome');
    const reach = childReach(actor, 'c');
    const found = await manager
      .createQueryBuilder(PlanOutcomeEntity, 'o')
      .innerJoin(PlanEntity, 'p', 'p.id = o.plan_id')
      .innerJoin(ChildEntity, 'c', 'c.id = p.child_id')
      .where('o.id = :id', { id })
      .andWhere(reach.sql, reach.params)
      .getOne();
    if (!found) throw notFound('Plan outcome');
    const locked = await this.lockPlan(manager, actor, found.planId);
    const outcome = await lockUnder(manager, locked.child, PlanOutcomeEntity, 'o', 'o.id = :id AND o.plan_id = :planId', { id, planId: locked.plan.id });
    if (!outcome) throw notFound('Plan outcome');
    return { ...locked, outcome };
  }

  private outcomeTransaction(
    actor: Actor,
    ip: string | null,
    outcomeId: string,
    expectedVersion: number,
    action: (outcomeFieldsChanged: string[]) => PlanAction,
    fieldsChanged: string[],
    act: (manager: EntityManager, locked: Locked & { outcome: PlanOutcomeEntity }) => Promise<AuditEntry[]>,
  ): Promise<PlanType> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockOutcome(manager, actor, outcomeId);
      this.check(actor, action(fieldsChanged), locked, null);
      if (locked.outcome.version !== expectedVersion) throw versionConflict(locked.outcome, 'outcome');
      const entries = await act(manager, locked);
      await this.touch(manager, locked.plan);
      await writeAudit(manager, actor, ip, entries.map((e) => ({ childId: locked.child.id, ...e })));
      const plan = await manager.findOneByOrFail(PlanEntity, { id: locked.plan.id });
      return this.present(plan, locked.child.dateOfBirth, await this.policy.versions(locked.child.councilId));
    });
  }

  /** Progress and completion may change while the plan is worked; the other columns only in a draft. */
  async updateOutcome(actor: Actor, input: UpdatePlanOutcomeInput, ip: string | null): Promise<PlanType> {
    const { outcomeId, expectedVersion, actions, ...changes } = stripUndefined(input);
    if (actions) this.checkActions(actions);
    const fields = [...Object.keys(changes), ...(actions ? ['actions'] : [])];
    const action = (f: string[]): PlanAction => (f.every((k) => PROGRESS_FIELDS.includes(k)) ? 'updateProgress' : 'edit');
    return this.outcomeTransaction(actor, ip, outcomeId!, expectedVersion!, action, fields, async (manager, { outcome, plan }) => {
      const before = pick(outcome, OUTCOME_AUDITED);
      Object.assign(outcome, changes);
      await manager.save(outcome);
      const entries: AuditEntry[] = [{ action: 'UPDATE', recordType: 'PlanOutcome', recordId: outcome.id, changes: diff(before, pick(outcome, OUTCOME_AUDITED)) }];
      if (actions) {
        const old = await manager.find(PlanOutcomeActionEntity, { where: { outcomeId: outcome.id } });
        await manager.delete(PlanOutcomeActionEntity, { outcomeId: outcome.id });
        for (const a of old) {
          entries.push({ action: 'DELETE', recordType: 'PlanOutcomeAction', recordId: a.id, changes: diff(pick(a, ACTION_AUDITED), Object.fromEntries(ACTION_AUDITED.map((k) => [k, null]))) });
        }
        entries.push(...(await this.saveActions(manager, plan, outcome.id, actions)));
      }
      return entries;
    });
  }

  async removeOutcome(actor: Actor, input: RemovePlanOutcomeInput, ip: string | null): Promise<PlanType> {
    return this.outcomeTransaction(actor, ip, input.outcomeId, input.expectedVersion, () => 'edit', [], async (manager, { outcome }) => {
      await manager.delete(PlanOutcomeEntity, { id: outcome.id });
      return [{ action: 'DELETE', recordType: 'PlanOutcome', recordId: outcome.id, changes: diff(pick(outcome, OUTCOME_AUDITED), Object.fromEntries(OUTCOME_AUDITED.map((k) => [k, null]))) }];
    });
  }

  /** Progress on one action while the plan is worked: its plan, then the action, locked. */
  async updateActionProgress(actor: Actor, input: UpdatePlanActionProgressInput, ip: string | null): Promise<PlanType> {
    const id = assertId(input.actionId, 'Plan action');
    return this.dataSource.transaction(async (manager) => {
      const reach = childReach(actor, 'c');
      const found = await manager
        .createQueryBuilder(PlanOutcomeActionEntity, 'a')
        .innerJoin(PlanOutcomeEntity, 'o', 'o.id = a.outcome_id')
        .innerJoin(PlanEntity, 'p', 'p.id = o.plan_id')
        .innerJoin(ChildEntity, 'c', 'c.id = p.child_id')
        .addSelect('o.plan_id', 'plan_id')
        .where('a.id = :id', { id })
        .andWhere(reach.sql, reach.params)
        .getRawAndEntities<{ plan_id: string }>();
      if (!found.entities[0]) throw notFound('Plan action');
      const locked = await this.lockPlan(manager, actor, found.raw[0].plan_id);
      this.check(actor, 'updateProgress', locked, null);
      const row = await lockUnder(manager, locked.child, PlanOutcomeActionEntity, 'a', 'a.id = :id AND a.outcome_id IN (SELECT o.id FROM plan_outcomes o WHERE o.plan_id = :planId)', { id, planId: locked.plan.id });
      if (!row) throw notFound('Plan action');
      if (row.version !== input.expectedVersion) throw versionConflict(row, 'action');
      const before = pick(row, ACTION_AUDITED);
      if (input.progress !== undefined) row.progress = input.progress?.trim() || null;
      if (input.completed !== undefined && input.completed !== null) row.completed = input.completed;
      await manager.save(row);
      await this.touch(manager, locked.plan);
      await writeAudit(manager, actor, ip, [
        { childId: locked.child.id, action: 'UPDATE', recordType: 'PlanOutcomeAction', recordId: row.id, changes: diff(before, pick(row, ACTION_AUDITED)) },
      ]);
      const plan = await manager.findOneByOrFail(PlanEntity, { id: locked.plan.id });
      return this.present(plan, locked.child.dateOfBirth, await this.policy.versions(locked.child.councilId));
    });
  }

  async reorderOutcomes(actor: Actor, input: ReorderPlanOutcomesInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'edit', async (manager, { plan }) => {
      const outcomes = await manager.find(PlanOutcomeEntity, { where: { planId: plan.id }, order: { position: 'ASC' } });
      const ids = input.outcomeIds.map((id) => (isUuid(id) ? id.toLowerCase() : id));
      const known = new Set(outcomes.map((o) => o.id));
      if (ids.length !== outcomes.length || !ids.every((id) => known.has(id))) {
        throw badInput("outcomeIds must list every outcome of this plan exactly once.", 'outcomeIds');
      }
      const before = outcomes.map((o) => o.id);
      for (const o of outcomes) {
        o.position = ids.indexOf(o.id);
        await manager.update(PlanOutcomeEntity, { id: o.id }, { position: o.position });
      }
      await this.touch(manager, plan);
      return [{ action: 'UPDATE', recordType: 'Plan', recordId: plan.id, changes: { outcomeOrder: { before, after: ids } } }];
    });
  }

  /** DRAFT → PROPOSED, once it has a primary option, a contingency and an outcome. */
  async submit(actor: Actor, input: PlanTransitionInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'submit', async (manager, { plan }) => {
      const missing: string[] = [];
      if (!plan.primaryOption) missing.push('primaryOption');
      if ((await manager.countBy(PlanContingencyEntity, { planId: plan.id })) === 0) missing.push('contingencies');
      if ((await manager.countBy(PlanOutcomeEntity, { planId: plan.id })) === 0) missing.push('outcomes');
      if (missing.length) {
        throw badInput(
          `The plan cannot be submitted yet. It needs: ${missing
            .map((m) => ({ primaryOption: 'a primary option', contingencies: 'at least one contingency option (every plan has a contingency)', outcomes: 'at least one outcome' })[m])
            .join('; ')}.`,
          missing[0],
        );
      }
      return [await this.savePlan(manager, plan, { status: 'PROPOSED', submittedAt: this.clock.now() }, 'SUBMIT')];
    });
  }

  /** Management oversight: one row per decision, written in the decision's transaction, with its audit entry. */
  private async recordDecision(
    manager: EntityManager,
    actor: Actor,
    plan: PlanEntity,
    kind: PlanDecisionEntity['kind'],
    comments: string | null,
  ): Promise<AuditEntry> {
    const row = await manager.save(
      manager.create(PlanDecisionEntity, { planId: plan.id, childId: plan.childId, kind, comments, decidedById: actor.userId, decidedAt: this.clock.now() }),
    );
    return { action: 'CREATE', recordType: 'PlanDecision', recordId: row.id, changes: diff({}, { planId: plan.id, kind, comments }) };
  }

  /** PROPOSED → APPROVED by the team manager of the child's team, with comments if they have any. */
  async approve(actor: Actor, input: ApprovePlanInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'approve', async (manager, { plan }) => [
      await this.savePlan(manager, plan, { status: 'APPROVED', approvedById: actor.userId, approvedAt: this.clock.now() }, 'APPROVE'),
      await this.recordDecision(manager, actor, plan, 'APPROVED', input.comments?.trim() || null),
      ...(await this.startWeeksFromApproval(manager, plan)),
    ]);
  }

  /** "Within N weeks" runs from the day the plan is approved: the actions' due dates are counted again from it. */
  private async startWeeksFromApproval(manager: EntityManager, plan: PlanEntity): Promise<AuditEntry[]> {
    const approvedOn = isoDateInLondon(plan.approvedAt!);
    const rows = await manager
      .createQueryBuilder(PlanOutcomeActionEntity, 'a')
      .innerJoin(PlanOutcomeEntity, 'o', 'o.id = a.outcome_id')
      .where('o.plan_id = :planId AND a.within_weeks IS NOT NULL', { planId: plan.id })
      .getMany();
    const entries: AuditEntry[] = [];
    for (const row of rows) {
      const dueDate = actionDueDate(row, approvedOn, approvedOn);
      if (dueDate === row.dueDate) continue;
      entries.push({ action: 'UPDATE', recordType: 'PlanOutcomeAction', recordId: row.id, changes: { dueDate: { before: row.dueDate, after: dueDate } } });
      row.dueDate = dueDate;
      await manager.save(row);
    }
    return entries;
  }

  /** PROPOSED → DRAFT: the manager returns the plan to its worker with reasons, and the worker changes it and submits again. */
  async returnToWorker(actor: Actor, input: ReturnPlanInput, ip: string | null): Promise<PlanType> {
    const reasons = input.reasons.trim();
    if (!reasons) throw badInput('Give the reasons for returning the plan.', 'reasons');
    return this.run(actor, ip, input.planId, input.expectedVersion, 'return', async (manager, { plan }) => [
      await this.savePlan(manager, plan, { status: 'DRAFT', submittedAt: null }, 'RETURN'),
      await this.recordDecision(manager, actor, plan, 'RETURNED', reasons),
    ]);
  }

  /** The head of service's approval, reserved to them (long-term fostering under five); the status does not move. */
  async approveAsHeadOfService(actor: Actor, input: PlanTransitionInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'approveAsHeadOfService', async (manager, { plan }) => {
      if (plan.headOfServiceApprovedAt) throw conflict('The head of service has already approved this plan.');
      return [
        await this.savePlan(manager, plan, { headOfServiceApprovedById: actor.userId, headOfServiceApprovedAt: this.clock.now() }, 'APPROVE_HEAD_OF_SERVICE'),
        await this.recordDecision(manager, actor, plan, 'HEAD_OF_SERVICE_APPROVED', null),
      ];
    });
  }

  private async requireHeadOfService(plan: PlanEntity, child: ChildEntity, step: string): Promise<void> {
    if (this.awaitsHeadOfService(plan, child.dateOfBirth, await this.policy.versions(child.councilId))) {
      throw conflict(`Long-term fostering for a child under five needs head of service approval before the plan can be ${step}.`, {
        currentStatus: plan.status,
      });
    }
  }

  /** A meeting of this child, of one of the given types; NOT_FOUND if out of reach, BAD_USER_INPUT if not the right meeting. */
  private async meetingOfChild(manager: EntityManager, actor: Actor, meetingId: string, child: HeldChild, types: readonly string[], what: string): Promise<MeetingEntity> {
    const found = await findReachableMeeting(manager, actor, assertId(meetingId, 'Meeting'));
    if (!found) throw notFound('Meeting');
    if (found.childId !== child.id || !types.includes(found.type)) throw badInput(`meetingId must be ${what} of this child.`, 'meetingId');
    const meeting = await lockMeetingOf(manager, child, found.id);
    if (!meeting) throw notFound('Meeting');
    return meeting;
  }

  /** APPROVED → RECOMMENDED_BY_PANEL, recorded by a team manager or the head of service. */
  async recordPanelRecommendation(actor: Actor, input: RecordPanelRecommendationInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'recordPanelRecommendation', async (manager, { plan, child }) => {
      if (input.meetingId) await this.meetingOfChild(manager, actor, input.meetingId, child, PANEL_MEETING_TYPES, 'a panel');
      await this.requireHeadOfService(plan, child, 'recommended by panel');
      return [
        await this.savePlan(
          manager,
          plan,
          {
            status: 'RECOMMENDED_BY_PANEL',
            panelRecommendation: input.recommendation,
            panelRecommendedAt: this.clock.now(),
            panelType: input.panelType ?? null,
            panelDate: input.panelDate ?? null,
          },
          'PANEL_RECOMMENDATION',
        ),
      ];
    });
  }

  /** The agency decision maker's decision on the panel's recommendation: what, when and who; the status does not move. */
  async recordPanelDecision(actor: Actor, input: RecordPanelDecisionInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'recordPanelDecision', async (manager, { plan }) => {
      if (plan.panelDate && input.decisionDate < plan.panelDate) throw badInput('The decision cannot be dated before the panel sat.', 'decisionDate');
      if (input.decisionDate > this.today()) throw badInput('The decision date cannot be in the future.', 'decisionDate');
      return [
        await this.savePlan(
          manager,
          plan,
          {
            panelDecision: input.decision,
            panelDecisionDate: input.decisionDate,
            panelDecisionMaker: input.decisionMaker.trim(),
            panelDecisionNotes: input.notes?.trim() || null,
          },
          'PANEL_DECISION',
        ),
      ];
    });
  }

  /**
   * APPROVED or RECOMMENDED_BY_PANEL → ENDORSED by the child's IRO at a review
   * of this child. The review records the plan it endorsed, and an earlier
   * endorsed version ends, replaced by this one.
   */
  async endorse(actor: Actor, input: EndorsePlanInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'endorse', async (manager, { plan, child }) => {
      const meeting = await this.meetingOfChild(manager, actor, input.meetingId, child, REVIEW_MEETING_TYPES, 'a review');
      if (meeting.planEndorsedId && meeting.planEndorsedId !== plan.id) throw conflict('A plan was already endorsed at this review.');
      await this.requireHeadOfService(plan, child, 'endorsed');
      const now = this.clock.now();
      const entries = [
        await this.savePlan(manager, plan, { status: 'ENDORSED', endorsedById: actor.userId, endorsedAt: now, endorsedAtMeetingId: meeting.id }, 'ENDORSE'),
      ];
      const meetingBefore = meeting.planEndorsedId;
      meeting.planEndorsedId = plan.id;
      await manager.save(meeting);
      entries.push({ action: 'UPDATE', recordType: 'Meeting', recordId: meeting.id, changes: { planEndorsedId: { before: meetingBefore, after: plan.id } } });
      const replaced = await manager.find(PlanEntity, { where: { childId: child.id, status: 'ENDORSED' as PlanStatus } });
      for (const old of replaced.filter((p) => p.id !== plan.id && p.planNumber < plan.planNumber)) {
        entries.push(await this.savePlan(manager, old, { status: 'ENDED', endedAt: now, endReason: `Replaced by plan ${plan.planNumber}.` }, 'END'));
      }
      return entries;
    });
  }

  async markAchieved(actor: Actor, input: PlanTransitionInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'markAchieved', async (manager, { plan }) => [
      await this.savePlan(manager, plan, { status: 'ACHIEVED', achievedAt: this.clock.now() }, 'ACHIEVE'),
    ]);
  }

  async end(actor: Actor, input: EndPlanInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'end', async (manager, { plan }) => [
      await this.savePlan(manager, plan, { status: 'ENDED', endedAt: this.clock.now(), endReason: input.reason }, 'END'),
    ]);
  }

  /** The young person's portal shows a plan only once it is shared, in its child-friendly words. */
  async share(actor: Actor, input: PlanTransitionInput, ip: string | null): Promise<PlanType> {
    return this.run(actor, ip, input.planId, input.expectedVersion, 'share', async (manager, { plan, child }) => {
      if (!oldEnoughForOwnAccess(child.dateOfBirth, this.today(), await this.policy.versions(child.councilId))) {
        throw conflict('This child is younger than the age at which the council shares a plan with the child. Share it with their carer instead.');
      }
      if (!plan.childFriendlySummary?.trim()) {
        throw badInput('Write the plan in words the child reads (childFriendlySummary) before sharing it.', 'childFriendlySummary');
      }
      return [await this.savePlan(manager, plan, { sharedWithChildAt: this.clock.now() }, 'SHARE')];
    });
  }
}

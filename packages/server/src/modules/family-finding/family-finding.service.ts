import type { DataSource, EntityManager } from 'typeorm';
import { lockUnder } from '../../policies/child-record';
import {
  ADOPTERS_LEGAL_STATUS_LABELS,
  ADOPTERS_SEXES_BY_LEGAL_STATUS,
  CARER_FORMS,
  CARER_KIND_LABELS,
  FAMILY_FINDING_TEAM_LABELS,
  MATCH_STAGE_LABELS,
  MATCH_STAGES,
  MATCHED_STAGES,
  PERMANENCE_FORM_KIND_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
} from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { can } from '../../policies/child.policy';
import { familyFindingTimescales, isOpenReferral } from '../../rules';
import { assertVersion, auditChange, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import type { ChildEntity } from '../children/child.entity';
import { placementOrdersOf } from '../court/court.queries';
import { FamilyFindingReferralEntity, PermanenceFormEntity, ProspectiveCarerEntity } from './family-finding.entity';
import type {
  AddProspectiveCarerInput,
  MoveProspectiveCarerInput,
  ReferForFamilyFindingInput,
  SavePermanenceFormInput,
  SignOffPermanenceFormInput,
  UpdateFamilyFindingReferralInput,
} from './family-finding.inputs';
import type { FamilyFindingReferralType, PermanenceFormType, ProspectiveCarerType } from './family-finding.type';

const REFERRAL = 'FamilyFindingReferral';
const CARER = 'ProspectiveCarer';
const FORM = 'PermanenceForm';

export function presentCarer(c: ProspectiveCarerEntity): ProspectiveCarerType {
  return { id: c.id, version: c.version, name: c.name, kind: c.kind, kindLabel: CARER_KIND_LABELS[c.kind], stage: c.stage, stageLabel: MATCH_STAGE_LABELS[c.stage], stageOn: c.stageOn, matchedOn: c.matchedOn, adoptersSex: c.adoptersSex, adoptersLegalStatus: c.adoptersLegalStatus, referralId: c.referralId };
}

/** `mayEditCase`: the reader edits this child's case; a signed-off form stays as signed whoever reads it. */
export function presentForm(f: PermanenceFormEntity, carers: readonly Pick<ProspectiveCarerEntity, 'id' | 'name'>[], mayEditCase: boolean): PermanenceFormType {
  return {
    id: f.id,
    version: f.version,
    kind: f.kind,
    kindLabel: PERMANENCE_FORM_KIND_LABELS[f.kind],
    carerId: f.carerId,
    carerName: carers.find((c) => c.id === f.carerId)?.name ?? null,
    summary: f.summary,
    completedOn: f.completedOn,
    signedOffAt: f.signedOffAt ? new Date(f.signedOffAt) : null,
    signedOffById: f.signedOffById,
    canChange: mayEditCase && !f.signedOffAt,
  };
}

export class FamilyFindingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  private notFuture(date: string, field: string, child: ChildEntity): void {
    if (date > this.today()) throw badInput(`${field} cannot be in the future.`, field);
    if (date < child.dateOfBirth) throw badInput(`${field} cannot be before the child was born.`, field);
  }

  /** Referrals with what is due next; rows already within the actor's reach. */
  async presentReferrals(manager: EntityManager | null, childId: string, rows: readonly FamilyFindingReferralEntity[]): Promise<FamilyFindingReferralType[]> {
    const today = this.today();
    const placementOrderOn = rows.some((r) => r.team === 'REGIONAL_ADOPTION_AGENCY') ? ((await placementOrdersOf(manager ?? this.dataSource.manager, [childId])).get(childId) ?? null) : null;
    return [...rows]
      .sort((a, b) => b.referredOn.localeCompare(a.referredOn) || a.id.localeCompare(b.id))
      .map((r) => ({
        id: r.id,
        version: r.version,
        team: r.team,
        teamLabel: FAMILY_FINDING_TEAM_LABELS[r.team],
        agencyName: r.agencyName,
        referredOn: r.referredOn,
        status: r.status,
        statusLabel: REFERRAL_STATUS_LABELS[r.status],
        statusOn: r.statusOn,
        timescales: familyFindingTimescales(r, placementOrderOn).map((t) => ({ label: t.label, dueDate: t.dueDate, overdue: t.dueDate < today, source: t.source })),
      }));
  }

  async refer(actor: Actor, input: ReferForFamilyFindingInput, ip: string | null): Promise<FamilyFindingReferralType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      this.notFuture(input.referredOn, 'referredOn', child);
      const open = (await manager.find(FamilyFindingReferralEntity, { where: { childId: child.id, team: input.team } })).filter(isOpenReferral);
      if (open.length > 0) throw conflict(`The child already has an open referral to the ${FAMILY_FINDING_TEAM_LABELS[input.team].toLowerCase()}: update that one.`);
      const values = { team: input.team, agencyName: input.agencyName?.trim() || null, referredOn: input.referredOn, status: 'REFERRED' as const, statusOn: input.referredOn };
      const created = await manager.save(manager.create(FamilyFindingReferralEntity, { ...values, childId: child.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: REFERRAL, recordId: created.id, before: {}, after: values });
      return (await this.presentReferrals(manager, child.id, [created]))[0];
    });
  }

  async updateReferral(actor: Actor, input: UpdateFamilyFindingReferralInput, ip: string | null): Promise<FamilyFindingReferralType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, FamilyFindingReferralEntity, input.id, REFERRAL);
      assertVersion(record, input.expectedVersion);
      if (record.status === 'CLOSED') throw conflict('This referral is closed: make a new referral instead.');
      if (REFERRAL_STATUSES.indexOf(input.status) < REFERRAL_STATUSES.indexOf(record.status)) {
        throw badInput(`A referral that is ${REFERRAL_STATUS_LABELS[record.status].toLowerCase()} cannot go back to ${REFERRAL_STATUS_LABELS[input.status].toLowerCase()}.`, 'status');
      }
      this.notFuture(input.statusOn, 'statusOn', child);
      if (input.statusOn < record.statusOn) throw badInput('statusOn cannot be before the last change of status.', 'statusOn');
      const before = { ...record };
      const changes = { status: input.status, statusOn: input.statusOn };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: REFERRAL, recordId: record.id, before, after: changes });
      return (await this.presentReferrals(manager, child.id, [saved]))[0];
    });
  }

  async addCarer(actor: Actor, input: AddProspectiveCarerInput, ip: string | null): Promise<ProspectiveCarerType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      this.notFuture(input.identifiedOn, 'identifiedOn', child);
      const name = input.name.trim();
      if (!name) throw badInput('Give the carer’s name.', 'name');
      if (input.referralId) {
        const referral = await manager.findOneBy(FamilyFindingReferralEntity, { id: input.referralId, childId: child.id });
        if (!referral) throw badInput('That referral is not one of this child’s.', 'referralId');
      }
      const values = { name, kind: input.kind, referralId: input.referralId ?? null, stage: 'IDENTIFIED' as const, stageOn: input.identifiedOn };
      const created = await manager.save(manager.create(ProspectiveCarerEntity, { ...values, childId: child.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: CARER, recordId: created.id, before: {}, after: values });
      return presentCarer(created);
    });
  }

  /**
   * Moves a carer on to a later stage (or out, as not proceeding). One carer
   * holds the child's match at a time: another carer already approved, in
   * introductions or placed is a CONFLICT.
   */
  async moveCarer(actor: Actor, input: MoveProspectiveCarerInput, ip: string | null): Promise<ProspectiveCarerType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, ProspectiveCarerEntity, input.id, CARER);
      assertVersion(record, input.expectedVersion);
      if (record.stage === 'NOT_PROCEEDING') throw conflict('This carer is no longer being considered: add them again to start a new link.');
      if (input.stage !== 'NOT_PROCEEDING' && MATCH_STAGES.indexOf(input.stage) <= MATCH_STAGES.indexOf(record.stage)) {
        throw badInput(`Move on from "${MATCH_STAGE_LABELS[record.stage]}" to a later stage, or record that the link is not proceeding.`, 'stage');
      }
      this.notFuture(input.stageOn, 'stageOn', child);
      if (input.stageOn < record.stageOn) throw badInput('stageOn cannot be before the carer reached their last stage.', 'stageOn');
      if (MATCHED_STAGES.includes(input.stage)) {
        const others = await manager.find(ProspectiveCarerEntity, { where: { childId: child.id } });
        const holder = others.find((o) => o.id !== record.id && MATCHED_STAGES.includes(o.stage));
        if (holder) throw conflict(`${holder.name} already hold the child’s match (${MATCH_STAGE_LABELS[holder.stage].toLowerCase()}).`);
      }
      const adopters = this.adopters(record, input);
      const before = { ...record };
      // The day the match was approved stays when the carer moves on (the return's DATE_MATCH); a stage skipped to gives it.
      const matchedOn = record.matchedOn ?? (MATCHED_STAGES.includes(input.stage) ? input.stageOn : null);
      const changes = { stage: input.stage, stageOn: input.stageOn, matchedOn, ...adopters };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: CARER, recordId: record.id, before, after: changes });
      return presentCarer(saved);
    });
  }

  /** Who the adopters are and their legal status, checked against each other as the DfE's AD1 rules do (511, 514, 517 to 520, 524). */
  private adopters(record: ProspectiveCarerEntity, input: MoveProspectiveCarerInput): Partial<Pick<ProspectiveCarerEntity, 'adoptersSex' | 'adoptersLegalStatus'>> {
    const sex = input.adoptersSex ?? null;
    const status = input.adoptersLegalStatus ?? null;
    if (sex === null && status === null) return {};
    if (record.kind !== 'ADOPTERS') throw badInput('Only prospective adopters have adopters’ details.', sex !== null ? 'adoptersSex' : 'adoptersLegalStatus');
    if (sex === null) throw badInput('Say who is adopting (a single man or woman, or a couple) with their legal status.', 'adoptersSex');
    if (status === null) throw badInput('Give the adopters’ legal status with who is adopting.', 'adoptersLegalStatus');
    if (!ADOPTERS_SEXES_BY_LEGAL_STATUS[status].includes(sex)) {
      throw badInput(`"${ADOPTERS_LEGAL_STATUS_LABELS[status]}" does not fit ${sex}: ${ADOPTERS_SEXES_BY_LEGAL_STATUS[status].join(' or ')} only.`, 'adoptersLegalStatus');
    }
    return { adoptersSex: sex, adoptersLegalStatus: status };
  }

  async saveForm(actor: Actor, input: SavePermanenceFormInput, ip: string | null): Promise<PermanenceFormType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const summary = input.summary.trim();
      if (!summary) throw badInput('Write the form’s conclusion or recommendation.', 'summary');
      const carerId = input.carerId ?? null;
      if (CARER_FORMS.includes(input.kind) && !carerId) throw badInput(`The ${PERMANENCE_FORM_KIND_LABELS[input.kind].toLowerCase()} is about a carer: choose one.`, 'carerId');
      if (!CARER_FORMS.includes(input.kind) && carerId) throw badInput('The child’s permanence report is about the child, not a carer.', 'carerId');
      const carers = await manager.find(ProspectiveCarerEntity, { where: { childId: child.id } });
      if (carerId && !carers.some((c) => c.id === carerId)) throw badInput('That carer is not one of this child’s prospective carers.', 'carerId');
      if (input.completedOn) this.notFuture(input.completedOn, 'completedOn', child);
      const values = { kind: input.kind, carerId, summary, completedOn: input.completedOn ?? null };
      if (!input.id) {
        if (input.expectedVersion != null) throw badInput('A new form has no version yet.', 'expectedVersion');
        const created = await manager.save(manager.create(PermanenceFormEntity, { ...values, childId: child.id, signedOffAt: null, signedOffById: null }));
        await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: FORM, recordId: created.id, before: {}, after: values });
        return presentForm(created, carers, true);
      }
      const existing = await lockUnder(manager, child, PermanenceFormEntity, 'f', 'f.id = :id AND f.child_id = :childId', { id: input.id, childId: child.id });
      if (!existing) throw notFound(FORM);
      if (input.expectedVersion == null) throw badInput('expectedVersion is required to change a form.', 'expectedVersion');
      assertVersion(existing, input.expectedVersion);
      if (existing.signedOffAt) throw conflict('This form has been signed off and can no longer be changed: start a new one.');
      if (existing.kind !== input.kind) throw badInput('A form cannot change its kind.', 'kind');
      const before = { ...existing };
      Object.assign(existing, values);
      const saved = await manager.save(existing);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: FORM, recordId: saved.id, before, after: values });
      return presentForm(saved, carers, true);
    });
  }

  /** A team manager signs a completed form off; it cannot change after that. */
  async signOffForm(actor: Actor, input: SignOffPermanenceFormInput, ip: string | null): Promise<PermanenceFormType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, PermanenceFormEntity, input.id, FORM);
      if (!can(actor, 'manage', child)) throw forbidden('Only the team manager signs off a permanence form.');
      assertVersion(record, input.expectedVersion);
      if (record.signedOffAt) throw conflict('This form is already signed off.');
      if (!record.completedOn) throw badInput('The form is not complete yet: record the day it was completed first.', 'completedOn');
      const before = { ...record };
      record.signedOffAt = this.clock.now();
      record.signedOffById = actor.userId;
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: FORM, recordId: saved.id, before, after: { signedOffAt: saved.signedOffAt, signedOffById: actor.userId } });
      return presentForm(saved, await manager.find(ProspectiveCarerEntity, { where: { childId: child.id } }), can(actor, 'editCase', child));
    });
  }
}

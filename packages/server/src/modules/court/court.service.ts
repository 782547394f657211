import type { DataSource, EntityManager } from 'typeorm';
import { HEARING_KIND_LABELS, PLO_STAGE_LABELS } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict } from '../../common/errors';
import { courtTimetable, directionStatus, finalHearingDue, ploStage, preProceedingsReviewPoints, profileInForce, weekOfProceedings, type PolicyInput } from '../../rules';
import { assertVersion, auditChange, changesFrom, lockChildForEdit, lockChildRecordForEdit } from '../case-records/case-record.guard';
import type { ChildEntity } from '../children/child.entity';
import { planVersionOfChild, planVersionsByIds } from '../plans/plans.queries';
import type { PolicyService } from '../policy/policy.service';
import { CourtDirectionEntity, CourtHearingEntity, CourtProceedingsEntity } from './court.entity';
import type { AddCourtDirectionInput, AddCourtHearingInput, StartCourtProceedingsInput, UpdateCourtDirectionInput, UpdateCourtHearingInput, UpdateCourtProceedingsInput } from './court.inputs';
import type { CourtDirectionType, CourtHearingType, CourtProceedingsType } from './court.type';

const PROCEEDINGS = 'CourtProceedings';
const HEARING = 'CourtHearing';
const DIRECTION = 'CourtDirection';

type Dates = Pick<CourtProceedingsEntity, 'preProceedingsLetterOn' | 'legalGatewayOn' | 'legalGatewayDecision' | 'issuedOn' | 'finalCarePlanId' | 'finalCarePlanFiledOn' | 'outcome' | 'concludedOn'>;

/** Open until concluded, or until the legal gateway meeting decides on no legal action. */
const isOpen = (p: Pick<CourtProceedingsEntity, 'concludedOn' | 'legalGatewayDecision'>) => p.concludedOn === null && p.legalGatewayDecision !== 'NO_LEGAL_ACTION';

export class CourtService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** The rules for one set of proceedings, as they stand together. */
  private async check(manager: EntityManager, child: ChildEntity, p: Dates, id: string | null): Promise<void> {
    const today = this.today();
    for (const field of ['preProceedingsLetterOn', 'legalGatewayOn', 'issuedOn', 'finalCarePlanFiledOn', 'concludedOn'] as const) {
      const value = p[field];
      if (value && value > today) throw badInput(`${field} cannot be in the future.`, field);
      if (value && value < child.dateOfBirth) throw badInput(`${field} cannot be before the child was born.`, field);
    }
    if (!p.preProceedingsLetterOn && !p.legalGatewayOn && !p.issuedOn) {
      throw badInput('Give the date of the letter before proceedings, the legal gateway meeting or the issue of proceedings.', 'preProceedingsLetterOn');
    }
    if (p.legalGatewayDecision && !p.legalGatewayOn) throw badInput('The legal gateway decision needs the date of the meeting.', 'legalGatewayOn');
    if (p.issuedOn && p.preProceedingsLetterOn && p.issuedOn < p.preProceedingsLetterOn) throw badInput('Proceedings cannot be issued before the letter before proceedings.', 'issuedOn');
    if (p.issuedOn && p.legalGatewayDecision === 'NO_LEGAL_ACTION') throw badInput('The legal gateway decided on no legal action: change the decision before recording the issue.', 'legalGatewayDecision');
    if ((p.outcome === null) !== (p.concludedOn === null)) throw badInput('Record the outcome and the day the proceedings ended together.', p.outcome === null ? 'outcome' : 'concludedOn');
    if (p.concludedOn && !p.issuedOn) throw badInput('Proceedings that were never issued cannot end with an order: record the issue first.', 'issuedOn');
    if (p.concludedOn && p.issuedOn && p.concludedOn < p.issuedOn) throw badInput('Proceedings cannot end before they were issued.', 'concludedOn');
    if (p.finalCarePlanFiledOn && !p.finalCarePlanId) throw badInput('Choose the plan version that was filed.', 'finalCarePlanId');
    if (p.finalCarePlanFiledOn && (!p.issuedOn || p.finalCarePlanFiledOn < p.issuedOn)) throw badInput('The final care plan is filed after the proceedings are issued.', 'finalCarePlanFiledOn');
    if (p.finalCarePlanId && !(await planVersionOfChild(manager, child.id, p.finalCarePlanId))) throw badInput('That plan is not one of this child’s plans.', 'finalCarePlanId');
    if (isOpen(p)) {
      const others = await manager.find(CourtProceedingsEntity, { where: { childId: child.id } });
      if (others.some((o) => o.id !== id && isOpen(o))) throw conflict('This child already has court proceedings open: record the next step there.');
    }
  }

  async start(actor: Actor, input: StartCourtProceedingsInput, ip: string | null): Promise<CourtProceedingsType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const values: Dates = {
        preProceedingsLetterOn: input.preProceedingsLetterOn ?? null,
        legalGatewayOn: input.legalGatewayOn ?? null,
        legalGatewayDecision: input.legalGatewayDecision ?? null,
        issuedOn: input.issuedOn ?? null,
        finalCarePlanId: null,
        finalCarePlanFiledOn: null,
        outcome: null,
        concludedOn: null,
      };
      await this.check(manager, child, values, null);
      const created = await manager.save(manager.create(CourtProceedingsEntity, { ...values, court: null, caseNumber: null, childId: child.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: PROCEEDINGS, recordId: created.id, before: {}, after: values });
      return (await this.present(manager, child, [created], [], []))[0];
    });
  }

  async update(actor: Actor, input: UpdateCourtProceedingsInput, ip: string | null): Promise<CourtProceedingsType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, CourtProceedingsEntity, input.id, PROCEEDINGS);
      assertVersion(record, input.expectedVersion);
      const changes = changesFrom(input, 'id', 'expectedVersion');
      const next = { ...record, ...changes } as CourtProceedingsEntity;
      await this.check(manager, child, next, record.id);
      const hearings = await manager.find(CourtHearingEntity, { where: { proceedingsId: record.id } });
      if (hearings.length > 0 && (!next.issuedOn || hearings.some((h) => h.hearingOn < next.issuedOn!))) {
        throw badInput('There are hearings before that issue date.', 'issuedOn');
      }
      const before = { ...record };
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: PROCEEDINGS, recordId: record.id, before, after: changes });
      return (await this.presentOne(manager, child, saved));
    });
  }

  async addHearing(actor: Actor, input: AddCourtHearingInput, ip: string | null): Promise<CourtProceedingsType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, CourtProceedingsEntity, input.proceedingsId, PROCEEDINGS);
      if (!record.issuedOn) throw badInput('Record the day proceedings were issued before their hearings.', 'proceedingsId');
      if (record.concludedOn) throw conflict('These proceedings have ended: no more hearings can be added.');
      if (input.hearingOn < record.issuedOn) throw badInput('A hearing cannot be before the proceedings were issued.', 'hearingOn');
      if (input.kind === 'FINAL') {
        const finals = await manager.find(CourtHearingEntity, { where: { proceedingsId: record.id, kind: 'FINAL' } });
        if (finals.length > 0) throw conflict('A final hearing is already listed: relist it rather than adding another.');
      }
      const values = { kind: input.kind, hearingOn: input.hearingOn, notes: input.notes ?? null };
      const created = await manager.save(manager.create(CourtHearingEntity, { ...values, childId: child.id, proceedingsId: record.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: HEARING, recordId: created.id, before: {}, after: values });
      return this.presentOne(manager, child, record);
    });
  }

  async updateHearing(actor: Actor, input: UpdateCourtHearingInput, ip: string | null): Promise<CourtProceedingsType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, CourtHearingEntity, input.id, HEARING);
      assertVersion(record, input.expectedVersion);
      const proceedings = await manager.findOneByOrFail(CourtProceedingsEntity, { id: record.proceedingsId });
      const changes = changesFrom(input, 'id', 'expectedVersion');
      if (changes.hearingOn === null) throw badInput('hearingOn cannot be empty.', 'hearingOn');
      if (changes.hearingOn && changes.hearingOn < proceedings.issuedOn!) throw badInput('A hearing cannot be before the proceedings were issued.', 'hearingOn');
      const before = { ...record };
      Object.assign(record, changes);
      await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: HEARING, recordId: record.id, before, after: changes });
      return this.presentOne(manager, child, proceedings);
    });
  }

  async addDirection(actor: Actor, input: AddCourtDirectionInput, ip: string | null): Promise<CourtProceedingsType> {
    return this.dataSource.transaction(async (manager) => {
      const { record: hearing, child } = await lockChildRecordForEdit(manager, actor, CourtHearingEntity, input.hearingId, HEARING);
      const proceedings = await manager.findOneByOrFail(CourtProceedingsEntity, { id: hearing.proceedingsId });
      if (proceedings.concludedOn) throw conflict('These proceedings have ended: no more directions can be added.');
      const description = input.description.trim();
      if (!description) throw badInput('Say what the court directed.', 'description');
      if (input.dueOn < hearing.hearingOn) throw badInput('A direction cannot be due before the hearing that gave it.', 'dueOn');
      const values = { description, dueOn: input.dueOn, doneOn: null };
      const created = await manager.save(manager.create(CourtDirectionEntity, { ...values, childId: child.id, hearingId: hearing.id }));
      await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: DIRECTION, recordId: created.id, before: {}, after: values });
      return this.presentOne(manager, child, proceedings);
    });
  }

  async updateDirection(actor: Actor, input: UpdateCourtDirectionInput, ip: string | null): Promise<CourtProceedingsType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecordForEdit(manager, actor, CourtDirectionEntity, input.id, DIRECTION);
      assertVersion(record, input.expectedVersion);
      const hearing = await manager.findOneByOrFail(CourtHearingEntity, { id: record.hearingId });
      const changes = changesFrom(input, 'id', 'expectedVersion');
      if (changes.dueOn === null) throw badInput('dueOn cannot be empty.', 'dueOn');
      if (changes.doneOn && changes.doneOn > this.today()) throw badInput('doneOn cannot be in the future.', 'doneOn');
      if (changes.doneOn && changes.doneOn < hearing.hearingOn) throw badInput('A direction cannot be done before the hearing that gave it.', 'doneOn');
      if (changes.dueOn && changes.dueOn < hearing.hearingOn) throw badInput('A direction cannot be due before the hearing that gave it.', 'dueOn');
      const before = { ...record };
      Object.assign(record, changes);
      await manager.save(record);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: DIRECTION, recordId: record.id, before, after: changes });
      return this.presentOne(manager, child, await manager.findOneByOrFail(CourtProceedingsEntity, { id: hearing.proceedingsId }));
    });
  }

  private async presentOne(manager: EntityManager, child: ChildEntity, p: CourtProceedingsEntity): Promise<CourtProceedingsType> {
    const hearings = await manager.find(CourtHearingEntity, { where: { proceedingsId: p.id } });
    const directions = hearings.length === 0 ? [] : await manager.createQueryBuilder(CourtDirectionEntity, 'd').where('d.hearing_id IN (:...ids)', { ids: hearings.map((h) => h.id) }).getMany();
    return (await this.present(manager, child, [p], hearings, directions))[0];
  }

  /**
   * Each set of proceedings with its hearings, directions, timetable and
   * review points, newest first. The rows must already be within the actor's
   * reach; the plan versions are the child's own (checked when linked).
   */
  async present(
    manager: EntityManager | null,
    child: Pick<ChildEntity, 'councilId'>,
    proceedings: readonly CourtProceedingsEntity[],
    hearings: readonly CourtHearingEntity[],
    directions: readonly CourtDirectionEntity[],
  ): Promise<CourtProceedingsType[]> {
    const today = this.today();
    const policy: PolicyInput = await this.policy.versions(child.councilId);
    const plans = await planVersionsByIds(manager ?? this.dataSource.manager, proceedings.map((p) => p.finalCarePlanId).filter((id): id is string => id !== null));
    const sorted = [...proceedings].sort((a, b) => (b.createdAt?.getTime?.() ?? 0) - (a.createdAt?.getTime?.() ?? 0));
    return sorted.map((p) => {
      const own = hearings.filter((h) => h.proceedingsId === p.id).sort((a, b) => a.hearingOn.localeCompare(b.hearingOn) || a.id.localeCompare(b.id));
      const listed = own.map((h) => ({ kind: h.kind, date: h.hearingOn }));
      const weeks = p.issuedOn ? profileInForce(policy, p.issuedOn).courtWeeks : 26;
      const extraHolidays = profileInForce(policy, p.preProceedingsLetterOn ?? today).extraHolidays;
      const presentHearing = (h: CourtHearingEntity): CourtHearingType => ({
        id: h.id,
        version: h.version,
        kind: h.kind,
        label: HEARING_KIND_LABELS[h.kind],
        hearingOn: h.hearingOn,
        week: p.issuedOn ? weekOfProceedings(p.issuedOn, h.hearingOn) : 0,
        notes: h.notes,
        directions: directions
          .filter((d) => d.hearingId === h.id)
          .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
          .map((d): CourtDirectionType => ({ id: d.id, version: d.version, description: d.description, dueOn: d.dueOn, doneOn: d.doneOn, status: directionStatus(d, today) })),
      });
      const stage = ploStage({ legalGatewayOn: p.legalGatewayOn, issuedOn: p.issuedOn, concludedOn: p.concludedOn, hearings: listed }, today);
      return {
        id: p.id,
        version: p.version,
        stage,
        stageLabel: PLO_STAGE_LABELS[stage],
        preProceedingsLetterOn: p.preProceedingsLetterOn,
        legalGatewayOn: p.legalGatewayOn,
        legalGatewayDecision: p.legalGatewayDecision,
        issuedOn: p.issuedOn,
        court: p.court,
        caseNumber: p.caseNumber,
        finalCarePlan: p.finalCarePlanId ? (plans.get(p.finalCarePlanId) ?? null) : null,
        finalCarePlanFiledOn: p.finalCarePlanFiledOn,
        outcome: p.outcome,
        concludedOn: p.concludedOn,
        finalHearingDue: p.issuedOn ? finalHearingDue(p.issuedOn, weeks) : null,
        hearings: own.map(presentHearing),
        timetable: p.issuedOn
          ? courtTimetable(p.issuedOn, listed, weeks).map((w) => ({
              week: w.week,
              startsOn: w.startsOn,
              endsOn: w.endsOn,
              milestones: w.milestones.map((m) => ({ label: m.label, date: m.date, earliest: m.earliest ?? null, source: m.source })),
              hearings: w.hearings.map((h) => HEARING_KIND_LABELS[h.kind]),
            }))
          : [],
        reviewPoints: p.preProceedingsLetterOn ? preProceedingsReviewPoints(p.preProceedingsLetterOn, extraHolidays) : [],
      };
    });
  }
}

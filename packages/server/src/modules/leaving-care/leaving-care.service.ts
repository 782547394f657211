import type { DataSource, EntityManager } from 'typeorm';
import { pathwayPlanDeadline, type PolicyInput } from '../../rules';
import { lockUnder } from '../../policies/child-record';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, conflict } from '../../common/errors';
import { addYears } from '../../rules/iso-date';
import type { ChildEntity } from '../children/child.entity';
import { assertVersion, auditChange, lockChildForEdit } from '../case-records/case-record.guard';
import type { PolicyService } from '../policy/policy.service';
import { CareLeaverBirthdayEntity, LeavingCareEntity } from './leaving-care.entity';
import type { SaveCareLeaverBirthdayInput, SaveLeavingCareInput } from './leaving-care.inputs';
import {
  presentCareLeaverBirthday,
  presentLeavingCare,
  type CareLeaverBirthdayType,
  type LeavingCareType,
  type PathwayPlanDueType,
} from './leaving-care.type';

const blank = (v: string | null | undefined): string | null => (v == null || v.trim() === '' ? null : v.trim());

/** The birthday's problems as the DfE's OC3 rules see them, or null. */
export function birthdayProblem(b: { age: number; inTouch: string; activity: string | null; accommodation: string | null }): { message: string; field: string } | null {
  const answered = b.activity !== null || b.accommodation !== null;
  if (b.inTouch === 'YES' && (b.activity === null || b.accommodation === null)) {
    return { message: 'When the council is in touch, give the activity and the accommodation (DfE rule 345).', field: b.activity === null ? 'activity' : 'accommodation' };
  }
  if (b.inTouch !== 'YES' && answered) return { message: 'Activity and accommodation are given only when the council is in touch (DfE rule 344).', field: 'activity' };
  if (b.age === 17 && b.accommodation?.startsWith('Z')) return { message: 'At 17 a care leaver cannot be living with former foster carers (DfE rule 3001).', field: 'accommodation' };
  if (b.age < 18 && b.accommodation?.startsWith('T')) return { message: 'A care leaver under 18 cannot live in a foyer (DfE rule 347).', field: 'accommodation' };
  return null;
}

export class LeavingCareService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** The next pathway plan date for a child, by the rule, under the council's policy. */
  async pathwayPlanDue(child: Pick<ChildEntity, 'councilId' | 'dateOfBirth' | 'dateLookedAfter' | 'dateCeasedLookedAfter'>, record: LeavingCareType | null): Promise<PathwayPlanDueType | null> {
    const policy: PolicyInput = await this.policy.versions(child.councilId);
    const today = this.today();
    const d = pathwayPlanDeadline(
      { ...child, pathwayPlanAgreedOn: record?.pathwayPlanAgreedOn ?? null, pathwayPlanReviewedOn: record?.pathwayPlanReviewedOn ?? null },
      policy,
      today,
    );
    if (!d) return null;
    return { label: d.label, dueDate: d.dueDate, overdue: d.dueDate < today, source: `${d.source.council} ${d.source.section}: ${d.source.text}` };
  }

  private checkYoungPerson(child: ChildEntity): void {
    // The portal offers the record from 15 and a half; the API takes it for any child who has been looked after.
    if (!child.dateLookedAfter) throw badInput('The young person has not been looked after.', 'childId');
  }

  async save(actor: Actor, input: SaveLeavingCareInput, ip: string | null): Promise<LeavingCareType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const today = this.today();
      this.checkYoungPerson(child);
      const values = {
        needsAssessmentOn: input.needsAssessmentOn ?? null,
        pathwayPlanAgreedOn: input.pathwayPlanAgreedOn ?? null,
        pathwayPlanReviewedOn: input.pathwayPlanReviewedOn ?? null,
        personalAdviserName: blank(input.personalAdviserName),
        personalAdviserPhone: blank(input.personalAdviserPhone),
        personalAdviserEmail: blank(input.personalAdviserEmail),
        afterEighteen: input.afterEighteen,
        afterEighteenDetails: blank(input.afterEighteenDetails),
        planInMyWords: blank(input.planInMyWords),
      };
      for (const field of ['needsAssessmentOn', 'pathwayPlanAgreedOn', 'pathwayPlanReviewedOn'] as const) {
        const date = values[field];
        if (date && date > today) throw badInput(`${field} cannot be in the future.`, field);
        if (date && date < child.dateOfBirth) throw badInput(`${field} cannot be before the date of birth.`, field);
      }
      if (values.pathwayPlanReviewedOn && !values.pathwayPlanAgreedOn) throw badInput('A review needs the date the plan was agreed.', 'pathwayPlanAgreedOn');
      if (values.pathwayPlanReviewedOn && values.pathwayPlanAgreedOn && values.pathwayPlanReviewedOn < values.pathwayPlanAgreedOn) {
        throw badInput('The review cannot be before the plan was agreed.', 'pathwayPlanReviewedOn');
      }
      const existing = await lockUnder(manager, child, LeavingCareEntity, 'l', 'l.child_id = :id', { id: child.id });
      if (!existing) {
        if (input.expectedVersion != null) throw conflict('This record has not been saved before: send no expectedVersion.', { currentVersion: null });
        const saved = await manager.save(manager.create(LeavingCareEntity, { ...values, childId: child.id }));
        await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: 'LeavingCare', recordId: saved.id, before: {}, after: values });
        return presentLeavingCare(saved);
      }
      if (input.expectedVersion == null) throw conflict('Someone else saved this record first. Reload it and make your change again.', { currentVersion: existing.version });
      assertVersion(existing, input.expectedVersion);
      const before = { ...existing };
      Object.assign(existing, values);
      const saved = await manager.save(existing);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: 'LeavingCare', recordId: saved.id, before, after: values });
      return presentLeavingCare(saved);
    });
  }

  async saveBirthday(actor: Actor, input: SaveCareLeaverBirthdayInput, ip: string | null): Promise<CareLeaverBirthdayType> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const today = this.today();
      if (addYears(child.dateOfBirth, input.age) > today) throw badInput('That birthday has not come yet.', 'age');
      if (!child.dateCeasedLookedAfter || child.dateCeasedLookedAfter >= addYears(child.dateOfBirth, input.age)) {
        throw badInput('Care leaver information is for birthdays after the young person left care (DfE rules 1007, 1016).', 'age');
      }
      const values = { age: input.age, inTouch: input.inTouch, activity: input.activity ?? null, accommodation: input.accommodation ?? null };
      const problem = birthdayProblem(values);
      if (problem) throw badInput(problem.message, problem.field);
      const existing = await lockUnder(manager, child, CareLeaverBirthdayEntity, 'b', 'b.child_id = :id AND b.age = :age', { id: child.id, age: input.age });
      if (!existing) {
        if (input.expectedVersion != null) throw conflict('This birthday has not been saved before: send no expectedVersion.', { currentVersion: null });
        const saved = await manager.save(manager.create(CareLeaverBirthdayEntity, { ...values, childId: child.id }));
        await auditChange(manager, actor, ip, { action: 'CREATE', childId: child.id, recordType: 'CareLeaverBirthday', recordId: saved.id, before: {}, after: values });
        return presentCareLeaverBirthday(saved);
      }
      if (input.expectedVersion == null) throw conflict('Someone else saved this birthday first. Reload it and make your change again.', { currentVersion: existing.version });
      assertVersion(existing, input.expectedVersion);
      const before = { ...existing };
      Object.assign(existing, values);
      const saved = await manager.save(existing);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId: child.id, recordType: 'CareLeaverBirthday', recordId: saved.id, before, after: values });
      return presentCareLeaverBirthday(saved);
    });
  }
}

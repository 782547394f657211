import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { ageOn } from '../../common/dates';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { can } from '../../policies/child.policy';
import { canLinkSiblings, canOnSiblingLink } from '../../policies/sibling-link.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { assertNotAfterToday, assertVersion, changesFrom, lockChildForEdit } from '../case-records/case-record.guard';
import { ChildEntity } from '../children/child.entity';
import { KeepingInTouchPlanEntity } from './keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from './sibling-link.entity';
import type {
  LinkBrotherOrSisterInput, RecordTogetherApartAssessmentInput, SetKeepingInTouchPlanInput, UpdateBrotherOrSisterLinkInput,
} from './sibling.inputs';
import {
  presentAssessment, presentKeepingInTouchPlan,
  type BrotherOrSisterType, type KeepingInTouchPlanType, type TogetherApartAssessmentType,
} from './sibling.types';
import { TogetherApartAssessmentEntity } from './together-apart-assessment.entity';
import { actAs } from '../../database/acting-user';

const LINK = 'Brother or sister link';

interface LockedLink {
  link: SiblingLinkEntity;
  a: ChildEntity;
  b: ChildEntity;
}

export class SiblingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** The link seen from `subject`: the other child by first name and age, with its id only when the actor reaches it. */
  private present(actor: Actor, link: SiblingLinkEntity, subject: ChildEntity, other: ChildEntity): BrotherOrSisterType {
    const reachable = can(actor, 'readRecord', other);
    return {
      id: link.id,
      version: link.version,
      relationship: link.relationship,
      livingTogether: link.livingTogether,
      child: { id: reachable ? other.id : null, firstName: other.preferredName ?? other.legalFirstName, age: ageOn(other.dateOfBirth, this.today()), reachable },
    };
  }

  /** The link belongs to both children's records: one audit row on each. */
  private audit(manager: EntityManager, actor: Actor, ip: string | null, link: SiblingLinkEntity, e: { action: 'CREATE' | 'UPDATE'; recordType: string; recordId: string; before: object; after: object }) {
    const changes = diff(e.before, e.after);
    return writeAudit(manager, actor, ip, [link.childAId, link.childBId].map((childId) => ({ action: e.action, childId, recordType: e.recordType, recordId: e.recordId, changes })));
  }

  /** A link in reach (either child), both children locked, then the link; NOT_FOUND / FORBIDDEN per the sibling-link policy. */
  private async lockLink(manager: EntityManager, actor: Actor, linkId: string): Promise<LockedLink> {
    const id = assertId(linkId, LINK);
    await actAs(manager, actor);
    const ra = childReach(actor, 'ca');
    const rb = childReach(actor, 'cb');
    const found = await manager
      .createQueryBuilder(SiblingLinkEntity, 'l')
      .innerJoin(ChildEntity, 'ca', 'ca.id = l.child_a_id')
      .innerJoin(ChildEntity, 'cb', 'cb.id = l.child_b_id')
      .where('l.id = :id', { id })
      .andWhere(`(${ra.sql} OR ${rb.sql})`, { ...ra.params, ...rb.params })
      .getOne();
    if (!found) throw notFound(LINK);
    const children = await manager
      .createQueryBuilder(ChildEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id IN (:...ids)', { ids: [found.childAId, found.childBId] })
      .orderBy('c.id')
      .getMany();
    const a = children.find((c) => c.id === found.childAId);
    const b = children.find((c) => c.id === found.childBId);
    if (!a || !b || !canOnSiblingLink(actor, 'read', { a, b })) throw notFound(LINK);
    if (!canOnSiblingLink(actor, 'edit', { a, b })) throw forbidden('Your role can read this record but not change it.');
    const link = await manager.createQueryBuilder(SiblingLinkEntity, 'l').setLock('pessimistic_write').where('l.id = :id', { id }).getOne();
    if (!link) throw notFound(LINK);
    return { link, a, b };
  }

  /** The side the actor may change is the subject; the other is the brother or sister. */
  private sides(actor: Actor, { a, b }: LockedLink): [ChildEntity, ChildEntity] {
    return can(actor, 'editCase', a) ? [a, b] : [b, a];
  }

  async link(actor: Actor, input: LinkBrotherOrSisterInput, ip: string | null): Promise<BrotherOrSisterType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      const otherId = assertId(input.otherChildId, 'Child');
      if (otherId === child.id) throw badInput('otherChildId must be a different child.', 'otherChildId');
      // The other child need not be in the actor's reach, only in the same council.
      const other = await manager.createQueryBuilder(ChildEntity, 'c').setLock('pessimistic_write').where('c.id = :otherId AND c.council_id = :councilId', { otherId, councilId: child.councilId }).getOne();
      if (!other || !canLinkSiblings(actor, child, other)) throw notFound('Child');
      const [childAId, childBId] = child.id < other.id ? [child.id, other.id] : [other.id, child.id];
      if (await manager.existsBy(SiblingLinkEntity, { childAId, childBId })) throw badInput('These children are already linked as brothers or sisters.', 'otherChildId');
      const link = await manager.save(manager.create(SiblingLinkEntity, { childAId, childBId, relationship: input.relationship, livingTogether: input.livingTogether }));
      await this.audit(manager, actor, ip, link, {
        action: 'CREATE', recordType: 'SiblingLink', recordId: link.id, before: {}, after: { childAId, childBId, relationship: input.relationship, livingTogether: input.livingTogether },
      });
      return this.present(actor, link, child, other);
    });
  }

  async updateLink(actor: Actor, input: UpdateBrotherOrSisterLinkInput, ip: string | null): Promise<BrotherOrSisterType> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockLink(manager, actor, input.id);
      assertVersion(locked.link, input.expectedVersion);
      const changes = changesFrom(input, 'id', 'expectedVersion');
      const before = { ...locked.link };
      Object.assign(locked.link, changes);
      const saved = await manager.save(locked.link);
      await this.audit(manager, actor, ip, saved, { action: 'UPDATE', recordType: 'SiblingLink', recordId: saved.id, before, after: changes });
      const [subject, other] = this.sides(actor, locked);
      return this.present(actor, saved, subject, other);
    });
  }

  async recordAssessment(actor: Actor, input: RecordTogetherApartAssessmentInput, ip: string | null): Promise<TogetherApartAssessmentType> {
    return this.dataSource.transaction(async (manager) => {
      const { link } = await this.lockLink(manager, actor, input.linkId);
      assertNotAfterToday(input.assessedOn, this.today(), 'assessedOn');
      const fields = { assessedOn: input.assessedOn, outcome: input.outcome, reasons: input.reasons };
      const saved = await manager.save(manager.create(TogetherApartAssessmentEntity, { ...fields, siblingLinkId: link.id }));
      await this.audit(manager, actor, ip, link, { action: 'CREATE', recordType: 'TogetherApartAssessment', recordId: saved.id, before: {}, after: fields });
      return presentAssessment(saved);
    });
  }

  /** Adds a keeping-in-touch plan to a link, or (with its id and version) changes one. */
  async setKeepingInTouchPlan(actor: Actor, input: SetKeepingInTouchPlanInput, ip: string | null): Promise<KeepingInTouchPlanType> {
    return this.dataSource.transaction(async (manager) => {
      const { link } = await this.lockLink(manager, actor, input.linkId);
      const fields = changesFrom(input, 'linkId', 'id', 'expectedVersion');
      if (!input.id) {
        if (input.expectedVersion != null) throw badInput('expectedVersion is only for changing an existing plan: send its id too.', 'expectedVersion');
        const saved = await manager.save(manager.create(KeepingInTouchPlanEntity, { arrangements: null, ...fields, siblingLinkId: link.id }));
        await this.audit(manager, actor, ip, link, { action: 'CREATE', recordType: 'KeepingInTouchPlan', recordId: saved.id, before: {}, after: fields });
        return presentKeepingInTouchPlan(saved);
      }
      const planId = assertId(input.id, 'Keeping-in-touch plan');
      const plan = await manager
        .createQueryBuilder(KeepingInTouchPlanEntity, 'p')
        .setLock('pessimistic_write')
        .where('p.id = :planId AND p.sibling_link_id = :linkId', { planId, linkId: link.id })
        .getOne();
      if (!plan) throw notFound('Keeping-in-touch plan');
      if (input.expectedVersion == null) throw conflict('This plan exists: send the version you read.', { currentVersion: plan.version });
      assertVersion(plan, input.expectedVersion);
      const before = { ...plan };
      Object.assign(plan, fields);
      const saved = await manager.save(plan);
      await this.audit(manager, actor, ip, link, { action: 'UPDATE', recordType: 'KeepingInTouchPlan', recordId: saved.id, before, after: fields });
      return presentKeepingInTouchPlan(saved);
    });
  }
}

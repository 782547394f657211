import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { ageOn } from '../../common/dates';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { assertId, isUuid } from '../../common/validation';
import { childReach, childReachPositional } from '../../policies/child-reach';
import { placementOn } from '../placements/placements.queries';
import { SiblingGroupDecisionEntity } from './sibling-group-decision.entity';
import { siblingGroupOf } from './siblings.queries';
import { can } from '../../policies/child.policy';
import { canLinkSiblings, canOnSiblingLink } from '../../policies/sibling-link.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { assertNotAfterToday, assertVersion, changesFrom, lockChildForEdit } from '../case-records/case-record.guard';
import { ChildEntity } from '../children/child.entity';
import { KeepingInTouchPlanEntity } from './keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from './sibling-link.entity';
import type {
  LinkBrotherOrSisterInput, RecordSiblingGroupDecisionInput, RecordTogetherApartAssessmentInput, SetKeepingInTouchPlanInput, UpdateBrotherOrSisterLinkInput,
} from './sibling.inputs';
import {
  presentAssessment, presentGroupDecision, presentKeepingInTouchPlan,
  type SiblingGroupDecisionType, type SiblingGroupFamilyTimeType, type SiblingGroupMemberType, type SiblingGroupType,
  type BrotherOrSisterType, type KeepingInTouchPlanType, type TogetherApartAssessmentType,
} from './sibling.types';
import { TogetherApartAssessmentEntity } from './together-apart-assessment.entity';
import { lockChild, lockChildrenInCouncil, lockUnder, type HeldChild } from '../../policies/child-record';

const LINK = 'Brother or sister link';

interface LockedLink {
  link: SiblingLinkEntity;
  a: HeldChild;
  b: HeldChild;
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
    const children = await lockChildrenInCouncil(manager, actor, [found.childAId, found.childBId]);
    const a = children.find((c) => c.id === found.childAId);
    const b = children.find((c) => c.id === found.childBId);
    if (!a || !b || !canOnSiblingLink(actor, 'read', { a, b })) throw notFound(LINK);
    if (!canOnSiblingLink(actor, 'edit', { a, b })) throw forbidden('Your role can read this record but not change it.');
    const link = await lockUnder(manager, children, SiblingLinkEntity, 'l', 'l.id = :id', { id });
    if (!link) throw notFound(LINK);
    return { link, a, b };
  }

  /** The side the actor may change is the subject; the other is the brother or sister. */
  private sides(actor: Actor, { a, b }: LockedLink): [ChildEntity, ChildEntity] {
    return can(actor, 'editCase', a) ? [a, b] : [b, a];
  }

  async link(actor: Actor, input: LinkBrotherOrSisterInput, ip: string | null): Promise<BrotherOrSisterType> {
    return this.dataSource.transaction(async (manager) => {
      // Both children are locked in the one order (ascending id) before either is checked, so two
      // links made at once from either side queue instead of deadlocking.
      const both = isUuid(input.childId) && isUuid(input.otherChildId) ? await lockChildrenInCouncil(manager, actor, [input.childId, input.otherChildId]) : [];
      const child = await lockChild(manager, actor, input.childId, 'editCase');
      const otherId = assertId(input.otherChildId, 'Child');
      if (otherId === child.id) throw badInput('otherChildId must be a different child.', 'otherChildId');
      // The other child need not be in the actor's reach, only in the same council.
      const other = both.find((c) => c.id === otherId && c.councilId === child.councilId);
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
      const { link, a, b } = await this.lockLink(manager, actor, input.linkId);
      const held = [a, b];
      const fields = changesFrom(input, 'linkId', 'id', 'expectedVersion');
      if (!input.id) {
        if (input.expectedVersion != null) throw badInput('expectedVersion is only for changing an existing plan: send its id too.', 'expectedVersion');
        const saved = await manager.save(manager.create(KeepingInTouchPlanEntity, { arrangements: null, ...fields, siblingLinkId: link.id }));
        await this.audit(manager, actor, ip, link, { action: 'CREATE', recordType: 'KeepingInTouchPlan', recordId: saved.id, before: {}, after: fields });
        return presentKeepingInTouchPlan(saved);
      }
      const planId = assertId(input.id, 'Keeping-in-touch plan');
      const plan = await lockUnder(manager, held, KeepingInTouchPlanEntity, 'p', 'p.id = :planId AND p.sibling_link_id = :linkId', { planId, linkId: link.id });
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

  /**
   * The child's whole group, seen by this actor: members whose records the
   * actor may read are shown (first name, age, placement today); the others
   * are only counted. Null when the child has no brothers or sisters linked,
   * or when the actor may not read this child's record.
   */
  async group(actor: Actor, childId: string): Promise<SiblingGroupType | null> {
    const manager = this.dataSource.manager;
    const reach = childReachPositional(actor, 'c', 1);
    const rows: { id: string; first_name: string; dob: string; reachable: boolean; council_id: string; social_worker_id: string | null; team_id: string; iro_id: string | null }[] =
      await manager.query(
        `WITH RECURSIVE grp(id) AS (
           SELECT $1::uuid
           UNION
           SELECT CASE WHEN l.child_a_id = g.id THEN l.child_b_id ELSE l.child_a_id END
             FROM sibling_links l JOIN grp g ON g.id IN (l.child_a_id, l.child_b_id)
         )
         SELECT c.id, ${reach.sql} AS reachable,
                CASE WHEN ${reach.sql} THEN coalesce(c.preferred_name, c.legal_first_name) END AS first_name,
                CASE WHEN ${reach.sql} THEN to_char(c.date_of_birth, 'YYYY-MM-DD') END AS dob,
                c.council_id, c.social_worker_id, c.team_id, c.iro_id
           FROM grp JOIN children c ON c.id = grp.id
          ORDER BY c.date_of_birth, c.id`,
        [childId, ...reach.values],
      );
    const subject = rows.find((r) => r.id === childId);
    // The child itself must be one the actor reads in full (the record page's own rule).
    if (!subject?.reachable || rows.length < 2) return null;
    const facts = (r: (typeof rows)[number]) => ({ id: r.id, councilId: r.council_id, socialWorkerId: r.social_worker_id, teamId: r.team_id, iroId: r.iro_id, activeAdvocateIds: [] });
    if (!can(actor, 'readRecord', facts(subject))) return null;
    const visible = rows.filter((r) => r.reachable && can(actor, 'readRecord', facts(r)));
    const today = this.today();
    const placements = new Map(
      await Promise.all(visible.map(async (r) => [r.id, await placementOn(manager, r.id, today)] as const)),
    );
    const members: SiblingGroupMemberType[] = visible.map((r) => {
      const p = placements.get(r.id);
      return {
        id: r.id, firstName: r.first_name, age: ageOn(r.dob, today), isThisChild: r.id === childId,
        placement: p ? { type: p.type, carerName: p.carerName, startDate: p.startDate } : null,
      };
    });
    const visibleIds = visible.map((r) => r.id);
    const allIds = rows.map((r) => r.id);
    const links = visibleIds.length < 2 ? [] : await manager.find(SiblingLinkEntity, { where: { childAId: In(visibleIds), childBId: In(visibleIds) } });
    const plans = links.length === 0 ? [] : await manager.find(KeepingInTouchPlanEntity, { where: { siblingLinkId: In(links.map((l) => l.id)) }, order: { createdAt: 'ASC' } });
    const member = (id: string) => members.find((m) => m.id === id)!;
    const familyTime: SiblingGroupFamilyTimeType[] = plans.map((p) => {
      const l = links.find((x) => x.id === p.siblingLinkId)!;
      const pair = [member(l.childAId), member(l.childBId)].sort((x, y) => (x.age === y.age ? 0 : y.age - x.age));
      return {
        id: p.id, between: pair.map((m) => m.firstName), carers: pair.map((m) => m.placement?.carerName ?? 'No placement today'),
        kind: p.kind, frequency: p.frequency, arrangements: p.arrangements, agreedBy: p.agreedBy,
      };
    });
    const decision = await this.latestGroupDecision(manager, allIds);
    return {
      size: rows.length,
      members,
      membersOutsideReach: rows.length - visible.length,
      households: new Set(members.map((m) => m.placement?.carerName.trim().toLowerCase() ?? `none:${m.id}`)).size,
      decision: decision ? presentGroupDecision(decision, allIds) : null,
      familyTime,
    };
  }

  private latestGroupDecision(manager: EntityManager, memberIds: string[]): Promise<SiblingGroupDecisionEntity | null> {
    const qb = manager
      .createQueryBuilder(SiblingGroupDecisionEntity, 'd')
      .where('d.member_ids && :ids::uuid[]', { ids: memberIds })
      .orderBy('d.decided_on', 'DESC')
      .addOrderBy('d.created_at', 'DESC')
      .limit(1);
    return qb.getOne();
  }

  /**
   * Records the together-or-apart decision for the child's whole group, or
   * (with its id and version) changes the group's decision. One audit row on
   * every child of the group: the decision belongs to each of their records.
   */
  async recordGroupDecision(actor: Actor, input: RecordSiblingGroupDecisionInput, ip: string | null): Promise<SiblingGroupDecisionType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChildForEdit(manager, actor, input.childId);
      assertNotAfterToday(input.decidedOn, this.today(), 'decidedOn');
      const memberIds = (await siblingGroupOf(manager, child.id)).map((m) => m.id);
      if (memberIds.length < 2) throw badInput('Link a brother or sister first: a group has two children or more.', 'childId');
      const fields = { decidedOn: input.decidedOn, outcome: input.outcome, reasons: input.reasons };
      const auditRows = (recordId: string, action: 'CREATE' | 'UPDATE', changes: Record<string, { before: unknown; after: unknown }>) =>
        writeAudit(manager, actor, ip, memberIds.map((childId) => ({ action, childId, recordType: 'SiblingGroupDecision', recordId, changes })));
      if (!input.id) {
        if (input.expectedVersion != null) throw badInput('expectedVersion is only for changing a decision: send its id too.', 'expectedVersion');
        const saved = await manager.save(manager.create(SiblingGroupDecisionEntity, { ...fields, childId: child.id, memberIds }));
        await auditRows(saved.id, 'CREATE', diff({}, { ...fields, memberIds }));
        return presentGroupDecision(saved, memberIds);
      }
      const id = assertId(input.id, 'Group decision');
      const current = await lockUnder(manager, child, SiblingGroupDecisionEntity, 'd', 'd.id = :id AND d.member_ids && :ids::uuid[]', { id, ids: memberIds });
      if (!current) throw notFound('Group decision');
      if (input.expectedVersion == null) throw conflict('This decision exists: send the version you read.', { currentVersion: current.version });
      assertVersion(current, input.expectedVersion);
      const before = { decidedOn: current.decidedOn, outcome: current.outcome, reasons: current.reasons, memberIds: current.memberIds };
      Object.assign(current, fields, { memberIds });
      const saved = await manager.save(current);
      await auditRows(saved.id, 'UPDATE', diff(before, { ...fields, memberIds }));
      return presentGroupDecision(saved, memberIds);
    });
  }
}

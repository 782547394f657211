import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { auditEventInWords } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { decodeCursor, encodeCursor, pageSize, type ConnectionShape } from '../../common/connection';
import { badInput, forbidden, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { can } from '../../policies/child.policy';
import { ChildEntity } from '../children/child.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CHILD_IN_LIST, writeAudit } from './audit.service';
import type { AuditEvent, AuditFilter } from './audit.type';
import type { ReportingReads } from '../../database/reporting-reads';

function present(e: AuditEventEntity): AuditEvent {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: null,
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    action: e.action,
    childId: e.childId,
    recordType: e.recordType,
    recordId: e.recordId,
    parts: e.parts,
    changes: Object.entries(e.changes ?? {}).map(([field, c]) => ({
      field,
      before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
      after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
    })),
    ipAddress: e.ipAddress,
    attemptedUsername: e.attemptedUsername,
    valuesWithheld: false,
    summary: '',
    rawChanges: Object.entries(e.changes ?? {}).map(([field, c]) => ({ field, before: c.before, after: c.after })),
  };
}

/**
 * Reading the audit trail, itself audited. Newest first. The searches read where reporting reads go (a replica
 * when one is recent enough: database/reporting-reads.ts); which child one may ask about is decided, and the
 * AUDIT_READ row written, on the primary.
 */
export class AuditTrailService {
  private readonly dataSource: DataSource;

  constructor(private readonly reads: ReportingReads) {
    this.dataSource = reads.primary;
  }

  /** The council-wide trail: heads of service and administrators, filterable by child, person and date. */
  async search(actor: Actor, filter: AuditFilter | undefined, first: number | undefined, after: string | undefined, ip: string | null): Promise<ConnectionShape<AuditEvent>> {
    if (filter?.childId) assertId(filter.childId, 'Child');
    if (filter?.userId) assertId(filter.userId, 'Person');
    if (filter?.from && filter?.to && filter.to < filter.from) throw badInput('to cannot be before from.', 'to');
    if (after) decodeCursor(after, 2);
    const result = await this.reads.run(actor.userId, (ds) => this.searchOn(ds, actor, filter, first, after));
    await writeAudit(this.dataSource.manager, actor, ip, [
      { action: 'AUDIT_READ', childId: filter?.childId ?? null, parts: ['auditEvents'] },
    ]);
    return result;
  }

  private async searchOn(ds: DataSource, actor: Actor, filter: AuditFilter | undefined, first: number | undefined, after: string | undefined): Promise<ConnectionShape<AuditEvent>> {
    const qb = ds
      .getRepository(AuditEventEntity)
      .createQueryBuilder('ae')
      .where(
        `(ae.child_id IN (SELECT id FROM children WHERE council_id = :councilId)
          OR ae.actor_user_id IN (SELECT id FROM users WHERE council_id = :councilId))`,
        { councilId: actor.councilId },
      );
    if (filter?.childId) qb.andWhere('ae.child_id = :childId', { childId: assertId(filter.childId, 'Child') });
    if (filter?.userId) qb.andWhere('ae.actor_user_id = :userId', { userId: assertId(filter.userId, 'Person') });
    if (filter?.from && filter?.to && filter.to < filter.from) throw badInput('to cannot be before from.', 'to');
    if (filter?.from) qb.andWhere(`ae.occurred_at >= (:from::date AT TIME ZONE 'Europe/London')`, { from: filter.from });
    if (filter?.to) qb.andWhere(`ae.occurred_at < ((:to::date + 1) AT TIME ZONE 'Europe/London')`, { to: filter.to });
    if (filter?.action) qb.andWhere('ae.action = :action', { action: filter.action });
    // A list read shows as its one summary line; the row per child in it only when that child is asked about.
    if (!filter?.childId) qb.andWhere(`ae.record_type IS DISTINCT FROM :inList`, { inList: CHILD_IN_LIST });
    const result = await this.page(qb, first, after);
    const events = result.edges.map((e) => e.node);
    if (actor.role === 'ADMINISTRATOR') await this.withholdChildrensDetails(ds, events);
    await this.putInWords(ds, actor, events, actor.role !== 'ADMINISTRATOR');
    return result;
  }

  /**
   * The administrator looks after accounts and local policy, not children's
   * cases: in the trail they see who did what and when, but not the values
   * written to a child's record, not a young person's name (as the one who
   * acted), and not a young person's username tried at sign-in (usernames
   * are first names). The head of service sees everything.
   */
  private async withholdChildrensDetails(ds: DataSource, events: AuditEvent[]): Promise<void> {
    const userIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
    const usernames = [...new Set(events.map((e) => e.attemptedUsername).filter((u): u is string => !!u))];
    const young: { id: string; username: string }[] = userIds.length + usernames.length === 0 ? [] : await ds.query(
      `SELECT u.id, u.username FROM users u
        WHERE (u.id = ANY($1::uuid[]) OR u.username = ANY($2::text[]))
          AND EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id AND r.role = 'YOUNG_PERSON')`,
      [userIds, usernames],
    );
    const youngIds = new Set(young.map((y) => y.id));
    const youngNames = new Set(young.map((y) => y.username));
    for (const e of events) {
      if (e.childId) {
        e.changes = e.changes.map((c) => ({ field: c.field, before: null, after: null }));
        e.rawChanges = e.rawChanges.map((c) => ({ field: c.field, before: null, after: null }));
        e.valuesWithheld = e.changes.length > 0;
      }
      if ((e.actorUserId && youngIds.has(e.actorUserId)) || e.actorRole === 'YOUNG_PERSON') e.actorUserId = null;
      if (e.attemptedUsername && youngNames.has(e.attemptedUsername)) e.attemptedUsername = null;
    }
  }

  /** One child's trail, for those the brief allows: team manager, IRO, head of service. */
  async forChild(
    actor: Actor,
    childId: string,
    first: number | undefined,
    after: string | undefined,
    ip: string | null,
    listViews = false,
  ): Promise<ConnectionShape<AuditEvent>> {
    const reach = childReach(actor, 'c');
    const child = await this.dataSource
      .getRepository(ChildEntity)
      .createQueryBuilder('c')
      .where('c.id = :childId', { childId })
      .andWhere(reach.sql, reach.params)
      .getOne();
    if (!child || !can(actor, 'readRecord', child)) throw notFound('Child');
    if (!can(actor, 'readAudit', child)) throw forbidden('Only managers, IROs and heads of service can see who looked at a record.');
    if (after) decodeCursor(after, 2);
    // Reach above, on the primary; the trail itself where reporting reads go.
    const result = await this.reads.run(actor.userId, async (ds) => {
      // The reads and changes of the record, or (listViews) only the times the child was seen in a list.
      const qb = ds
        .getRepository(AuditEventEntity)
        .createQueryBuilder('ae')
        .where('ae.child_id = :childId', { childId })
        .andWhere(listViews ? 'ae.record_type = :inList' : 'ae.record_type IS DISTINCT FROM :inList', { inList: CHILD_IN_LIST });
      const page = await this.page(qb, first, after);
      await this.putInWords(ds, actor, page.edges.map((e) => e.node), true);
      return page;
    });
    await writeAudit(this.dataSource.manager, actor, ip, [{ action: 'AUDIT_READ', childId, parts: ['auditTrail'] }]);
    return result;
  }

  /**
   * Each event as a sentence. Names come from the actor's council only; a
   * child's name only for readers who may see it (never the administrator).
   */
  private async putInWords(ds: DataSource, actor: Actor, events: AuditEvent[], childNames: boolean): Promise<void> {
    const userIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
    const childIds = childNames ? [...new Set(events.map((e) => e.childId).filter((id): id is string => !!id))] : [];
    const [users, children]: [{ id: string; name: string }[], { id: string; name: string }[]] = await Promise.all([
      userIds.length === 0 ? [] : ds.query(`SELECT id, first_name || ' ' || last_name AS name FROM users WHERE id = ANY($1::uuid[]) AND council_id = $2`, [userIds, actor.councilId]),
      childIds.length === 0 ? [] : ds.query(`SELECT id, coalesce(preferred_name, legal_first_name) AS name FROM children WHERE id = ANY($1::uuid[]) AND council_id = $2`, [childIds, actor.councilId]),
    ]);
    const userNames = new Map(users.map((u) => [u.id, u.name]));
    const childNamesById = new Map(children.map((c) => [c.id, c.name]));
    for (const e of events) {
      const who = e.actorUserId ? (userNames.get(e.actorUserId) ?? null) : e.actorRole === 'YOUNG_PERSON' ? 'The young person' : null;
      e.summary = auditEventInWords(
        { action: e.action, recordType: e.recordType, parts: e.parts, changes: e.rawChanges, valuesWithheld: e.valuesWithheld },
        { actor: who ?? (e.attemptedUsername ? `“${e.attemptedUsername}”` : null), child: e.childId ? (childNamesById.get(e.childId) ?? null) : null, aboutChild: !!e.childId },
      );
    }
  }

  private async page(
    qb: SelectQueryBuilder<AuditEventEntity>,
    first: number | undefined,
    after: string | undefined,
  ): Promise<ConnectionShape<AuditEvent>> {
    const limit = pageSize(first);
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      qb.andWhere('(ae.occurred_at, ae.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.orderBy('ae.occurred_at', 'DESC').addOrderBy('ae.id', 'DESC').take(limit + 1).getMany();
    const edges = rows.slice(0, limit).map((e) => ({ cursor: encodeCursor([e.occurredAt.toISOString(), e.id]), node: present(e) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }
}

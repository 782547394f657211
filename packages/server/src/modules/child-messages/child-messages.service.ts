import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { assertVersion, lockChild, lockChildRecord, ownChildId } from '../../policies/child-record';
import type { Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { getRawAndManyPlain } from '../../common/plain-rows';
import { can } from '../../policies/child.policy';
import { childReach } from '../../policies/child-reach';
import { canReadMessage, canRespondToMessage, professionalMessageCondition } from '../../policies/view.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import type { ChildType } from '../children/child.type';
import type { ChildrenService } from '../children/children.service';
import { announceChildMessage } from '../live-events/child-message-events';
import { namedForChild } from '../views/views.people';
import { READER_WORDS, UNSAFE_HELP_TEXT } from '../young-person/child-words';
import type { MyMessage, MyMessageSent, MyUnsafeReport } from '../young-person/young-person.types';
import { ChildMessageEntity } from './child-message.entity';
import type { ChildMessageType } from './child-message.type';
import type {
  AcknowledgeChildMessageInput,
  CloseChildMessageInput,
  FeelingUnsafeInput,
  NotHappyMessageInput,
  RaiseConcernInput,
  ReplyToChildMessageInput,
} from './child-messages.inputs';

/** A message still waiting for someone: an unsafe alert not yet closed, any other message not yet answered. */
const NEEDS_ATTENTION = `((m.kind = 'UNSAFE' AND m.closed_at IS NULL) OR (m.kind <> 'UNSAFE' AND m.replied_at IS NULL))`;

export class ChildMessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly children: ChildrenService,
    /** Queues the email and text messages a child's message causes, in the same transaction (notifications module). */
    private readonly queueNotifications: (manager: EntityManager, messageId: string) => Promise<void> = async () => undefined,
  ) {}

  present(m: ChildMessageEntity, child: ChildType, actor: Actor): ChildMessageType {
    return {
      id: m.id,
      version: m.version,
      kind: m.kind,
      sendTo: m.sendTo,
      words: m.words,
      mood: m.mood,
      sentAt: m.createdAt,
      child,
      childId: m.childId,
      raisedById: m.raisedById,
      raisedBy: null,
      acknowledgedAt: m.acknowledgedAt,
      acknowledgedById: m.acknowledgedById,
      acknowledgedBy: null,
      closedAt: m.closedAt,
      closedById: m.closedById,
      closedBy: null,
      closingNote: m.closingNote,
      reply: m.reply,
      repliedAt: m.repliedAt,
      repliedById: m.repliedById,
      repliedBy: null,
      canRespond: canRespondToMessage(actor, child, m),
    };
  }

  /** Who writes it: the child themselves ('own') or their advocate ('advocate'); anyone else finds no child. */
  private async create(actor: Actor, childId: string, values: Partial<ChildMessageEntity>, ip: string | null, writer: 'own' | 'advocate' = 'own'): Promise<ChildMessageEntity> {
    return this.dataSource.transaction(async (manager) => {
      await lockChild(manager, actor, childId, null, { finds: writer, withAdvocates: writer === 'advocate' });
      const saved = await manager.save(manager.create(ChildMessageEntity, { childId, ...values }));
      await writeAudit(manager, actor, ip, [
        { action: 'CREATE', childId, recordType: 'ChildMessage', recordId: saved.id, changes: diff({}, { kind: values.kind, sendTo: values.sendTo, words: values.words, mood: values.mood }) },
      ]);
      await announceChildMessage(manager, { messageId: saved.id, childId, kind: saved.kind, change: 'SENT' });
      // Committed with the message or not at all: a saved message always reaches its adults.
      await this.queueNotifications(manager, saved.id);
      return saved;
    });
  }

  async notHappy(actor: Actor, input: NotHappyMessageInput, ip: string | null): Promise<MyMessageSent> {
    const saved = await this.create(actor, ownChildId(actor), { kind: 'NOT_HAPPY', sendTo: input.sendTo, words: input.words, mood: input.mood ?? null }, ip);
    return { sentAt: saved.createdAt, whatHappensNext: `Thank you for telling us. ${READER_WORDS[input.sendTo].replace(/^m/, 'M')} will get back to you.` };
  }

  /** An unsafe report reaches everyone on the case, at once on their open pages, and goes to the top of the drift list. */
  async unsafe(actor: Actor, input: FeelingUnsafeInput, ip: string | null): Promise<MyUnsafeReport> {
    const saved = await this.create(actor, ownChildId(actor), { kind: 'UNSAFE', sendTo: null, words: input.words ?? null }, ip);
    return { sentAt: saved.createdAt, helpText: UNSAFE_HELP_TEXT, emergencyNumber: '999', childlineNumber: '0800 1111' };
  }

  /** An advocate's concern goes to the child's IRO. */
  async raiseConcern(actor: Actor, input: RaiseConcernInput, ip: string | null): Promise<{ id: string; sentAt: Date }> {
    const saved = await this.create(actor, input.childId, { kind: 'CONCERN', sendTo: 'IRO', words: input.words, raisedById: actor.userId }, ip, 'advocate');
    return { id: saved.id, sentAt: saved.createdAt };
  }

  /**
   * Load (in the actor's reach, locked), authorize, check the version, change,
   * audit and announce: one transaction for every answer to a message.
   */
  private async respond(
    actor: Actor,
    input: AcknowledgeChildMessageInput,
    ip: string | null,
    change: (record: ChildMessageEntity) => Partial<ChildMessageEntity> | null,
    event: 'ACKNOWLEDGED' | 'CLOSED' | 'REPLIED',
  ): Promise<ChildMessageType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecord(manager, actor, ChildMessageEntity, input.id, 'Message');
      if (!canReadMessage(actor, child, record)) throw notFound('Message');
      if (!canRespondToMessage(actor, child, record)) throw forbidden('Your role can read this message but not answer it.');
      assertVersion(record, input.expectedVersion);
      const changes = change(record);
      if (!changes) return this.present(record, this.children.present(child), actor);
      const audit = diff(record, changes);
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId: child.id, recordType: 'ChildMessage', recordId: record.id, changes: audit }]);
      await announceChildMessage(manager, { messageId: record.id, childId: child.id, kind: record.kind, change: event });
      return this.present(saved, this.children.present(child), actor);
    });
  }

  /**
   * Seen: an unsafe alert acknowledged, or another message marked read. Who
   * and when, once: acknowledging it again (with its current version) keeps
   * the first person and time.
   */
  acknowledge(actor: Actor, input: AcknowledgeChildMessageInput, ip: string | null): Promise<ChildMessageType> {
    return this.respond(actor, input, ip, (m) => (m.acknowledgedAt ? null : { acknowledgedAt: this.clock.now(), acknowledgedById: actor.userId }), 'ACKNOWLEDGED');
  }

  /** An unsafe alert is closed with what was done (acknowledging it too, if nobody had). */
  close(actor: Actor, input: CloseChildMessageInput, ip: string | null): Promise<ChildMessageType> {
    const note = input.whatWasDone.trim();
    if (note.length < 3) throw badInput('Say what was done.', 'whatWasDone');
    return this.respond(actor, input, ip, (m) => {
      if (m.kind !== 'UNSAFE') throw badInput('Only an "I feel unsafe" alert is closed; reply to other messages.', 'id');
      if (m.closedAt) throw conflict('This alert is already closed.', { field: 'id' });
      const now = this.clock.now();
      return {
        closedAt: now,
        closedById: actor.userId,
        closingNote: note,
        ...(m.acknowledgedAt ? {} : { acknowledgedAt: now, acknowledgedById: actor.userId }),
      };
    }, 'CLOSED');
  }

  /** A reply the child reads on their home page; replying marks the message seen too. */
  reply(actor: Actor, input: ReplyToChildMessageInput, ip: string | null): Promise<ChildMessageType> {
    const words = input.reply.trim();
    if (!words) throw badInput('Write a reply.', 'reply');
    return this.respond(actor, input, ip, (m) => {
      if (m.kind === 'UNSAFE') throw badInput('An "I feel unsafe" alert is acknowledged and closed, not replied to.', 'id');
      if (m.repliedAt) throw conflict('This message already has a reply.', { field: 'id' });
      const now = this.clock.now();
      return { reply: words, repliedAt: now, repliedById: actor.userId, ...(m.acknowledgedAt ? {} : { acknowledgedAt: now, acknowledgedById: actor.userId }) };
    }, 'REPLIED');
  }

  /**
   * Messages waiting for the actor across every child they reach (the reach
   * and the reading rule both in SQL): unsafe alerts first, then the newest.
   */
  async needingAttention(actor: Actor, ip: string | null): Promise<ChildMessageType[]> {
    const reach = childReach(actor, 'c');
    const visible = professionalMessageCondition(actor, 'm');
    const { entities } = await getRawAndManyPlain(
      this.dataSource
        .getRepository(ChildMessageEntity)
        .createQueryBuilder('m')
        .innerJoin(ChildEntity, 'c', 'c.id = m.child_id')
        .where(reach.sql, reach.params)
        .andWhere(visible.sql, visible.params)
        .andWhere('c.date_ceased_looked_after IS NULL')
        .andWhere(NEEDS_ATTENTION)
        .addSelect(`CASE WHEN m.kind = 'UNSAFE' THEN 0 ELSE 1 END`, 'unsafe_first')
        .orderBy('unsafe_first', 'ASC')
        .addOrderBy('m.created_at', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .limit(200),
    );
    const children = await this.children
      .reachable(actor)
      .andWhere('c.id IN (:...ids)', { ids: entities.length ? [...new Set(entities.map((m) => m.childId))] : ['00000000-0000-0000-0000-000000000000'] })
      .getMany();
    const byId = new Map(children.filter((c) => can(actor, 'readRecord', c)).map((c) => [c.id, this.children.present(c)]));
    const shown = entities.filter((m) => byId.has(m.childId) && canReadMessage(actor, byId.get(m.childId)!, m));
    await writeAudit(
      this.dataSource.manager,
      actor,
      ip,
      shown.map((m) => ({ action: 'READ', childId: m.childId, recordType: 'ChildMessage', recordId: m.id, parts: ['messages'] })),
    );
    return shown.map((m) => this.present(m, byId.get(m.childId)!, actor));
  }

  /** The young person's own messages, newest first: who saw each and when, and any reply, named in their words. */
  async mine(actor: Actor, ip: string | null): Promise<MyMessage[]> {
    const childId = ownChildId(actor);
    const manager: EntityManager = this.dataSource.manager;
    const child = await manager.findOneByOrFail(ChildEntity, { id: childId, councilId: actor.councilId });
    const rows = await manager.find(ChildMessageEntity, { where: [{ childId, kind: 'NOT_HAPPY' }, { childId, kind: 'UNSAFE' }], order: { createdAt: 'DESC' }, take: 20 });
    const people = await namedForChild(manager, child, rows.flatMap((m) => [m.acknowledgedById, m.repliedById]).filter((id): id is string => id !== null));
    await writeAudit(manager, actor, ip, rows.map((m) => ({ action: 'READ', childId, recordType: 'ChildMessage', recordId: m.id, parts: ['myMessages'] })));
    return rows.map((m) => {
      const seer = m.acknowledgedById ? people.get(m.acknowledgedById) : undefined;
      const replier = m.repliedById ? people.get(m.repliedById) : undefined;
      return {
        id: m.id,
        kind: m.kind,
        words: m.words,
        mood: m.mood,
        sentAt: m.createdAt,
        seenAt: m.acknowledgedAt,
        seenByFirstName: seer?.firstName ?? null,
        reply: m.reply && m.repliedAt ? { words: m.reply, language: 'en', fromFirstName: replier?.firstName ?? '', fromRole: replier?.role ?? '', fromRoleName: replier?.roleName ?? 'SOMEONE_FROM_THE_COUNCIL', repliedAt: m.repliedAt } : null,
      };
    });
  }
}

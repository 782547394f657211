import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { lockChildRecord, ownChildId, reachableChild } from '../../common/child-record';
import type { Clock } from '../../common/clock';
import { forbidden, notFound } from '../../common/errors';
import { can } from '../../policies/child.policy';
import { canReadMessage } from '../../policies/view.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { READER_WORDS, UNSAFE_HELP_TEXT } from '../young-person/child-words';
import type { MyMessageSent, MyUnsafeReport } from '../young-person/young-person.types';
import { ChildMessageEntity } from './child-message.entity';
import type { ChildMessageType } from './child-message.type';
import type { FeelingUnsafeInput, NotHappyMessageInput, RaiseConcernInput } from './child-messages.inputs';
import { actAs } from '../../database/acting-user';

export class ChildMessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Queues the email and text messages a child's message causes, in the same transaction (notifications module). */
    private readonly queueNotifications: (manager: EntityManager, messageId: string) => Promise<void> = async () => undefined,
  ) {}

  present(m: ChildMessageEntity): ChildMessageType {
    return {
      id: m.id,
      version: m.version,
      kind: m.kind,
      sendTo: m.sendTo,
      words: m.words,
      sentAt: m.createdAt,
      raisedById: m.raisedById,
      raisedBy: null,
      acknowledgedAt: m.acknowledgedAt,
      acknowledgedById: m.acknowledgedById,
      acknowledgedBy: null,
    };
  }

  private async create(actor: Actor, childId: string, values: Partial<ChildMessageEntity>, ip: string | null): Promise<ChildMessageEntity> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      const saved = await manager.save(manager.create(ChildMessageEntity, { childId, ...values }));
      await writeAudit(manager, actor, ip, [
        { action: 'CREATE', childId, recordType: 'ChildMessage', recordId: saved.id, changes: diff({}, { kind: values.kind, sendTo: values.sendTo, words: values.words }) },
      ]);
      // Committed with the message or not at all: a saved message always reaches its adults.
      await this.queueNotifications(manager, saved.id);
      return saved;
    });
  }

  async notHappy(actor: Actor, input: NotHappyMessageInput, ip: string | null): Promise<MyMessageSent> {
    const saved = await this.create(actor, ownChildId(actor), { kind: 'NOT_HAPPY', sendTo: input.sendTo, words: input.words }, ip);
    return { sentAt: saved.createdAt, whatHappensNext: `Thank you for telling us. ${READER_WORDS[input.sendTo].replace(/^m/, 'M')} will get back to you.` };
  }

  /** An unsafe report reaches everyone on the case and goes to the top of the drift list. */
  async unsafe(actor: Actor, input: FeelingUnsafeInput, ip: string | null): Promise<MyUnsafeReport> {
    const saved = await this.create(actor, ownChildId(actor), { kind: 'UNSAFE', sendTo: null, words: input.words ?? null }, ip);
    return { sentAt: saved.createdAt, helpText: UNSAFE_HELP_TEXT, emergencyNumber: '999', childlineNumber: '0800 1111' };
  }

  /** An advocate's concern goes to the child's IRO. */
  async raiseConcern(actor: Actor, input: RaiseConcernInput, ip: string | null): Promise<ChildMessageType> {
    const child = await reachableChild(this.dataSource.manager, actor, input.childId);
    if (!can(actor, 'advocate', child)) throw notFound('Child');
    const saved = await this.create(actor, child.id, { kind: 'CONCERN', sendTo: 'IRO', words: input.words, raisedById: actor.userId }, ip);
    return this.present(saved);
  }

  async acknowledge(actor: Actor, id: string, ip: string | null): Promise<ChildMessageType> {
    return this.dataSource.transaction(async (manager) => {
      const { record, child } = await lockChildRecord(manager, actor, ChildMessageEntity, id, 'Message');
      if (!canReadMessage(actor, child, record)) throw notFound('Message');
      if (!can(actor, 'editCase', child)) throw forbidden('Your role can read this message but not acknowledge it.');
      if (record.acknowledgedAt) return this.present(record);
      const changes = { acknowledgedAt: this.clock.now(), acknowledgedById: actor.userId };
      const audit = diff(record, changes);
      Object.assign(record, changes);
      const saved = await manager.save(record);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId: child.id, recordType: 'ChildMessage', recordId: record.id, changes: audit }]);
      return this.present(saved);
    });
  }
}

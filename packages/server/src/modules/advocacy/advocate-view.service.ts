import type { DataSource } from 'typeorm';
import { REVIEW_MEETING_TYPES } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { lockChild, reachableChild } from '../../policies/child-record';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { ageOn } from '../../common/dates';
import { badInput, notFound } from '../../common/errors';
import { childReach } from '../../policies/child-reach';
import { can } from '../../policies/child.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { ChildMessagesService } from '../child-messages/child-messages.service';
import type { RaiseConcernInput } from '../child-messages/child-messages.inputs';
import { ChildEntity } from '../children/child.entity';
import type { ViewEntity } from '../views/view.entity';
import { insertSentViewOnce, sentViewsForAdvocate } from '../views/views.queries';
import type { WriteViewWithChildInput } from '../views/views.inputs';
import type { AdvocateChild, AdvocateChildSummary, AdvocateConcern, AdvocateView } from './advocate-view.types';

interface SummaryRow {
  id: string;
  preferred_name: string | null;
  legal_first_name: string;
  date_of_birth: string;
  next_review: string | null;
  last_review: string | null;
}

/** The advocate's smaller view: only children with an ACTIVE referral to them (reach in SQL). */
export class AdvocateViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly messages: ChildMessagesService,
  ) {}

  private today(): string {
    return isoDateInLondon(this.clock.now());
  }

  private async summaries(actor: Actor, childId?: string): Promise<AdvocateChildSummary[]> {
    const reach = childReach(actor, 'c');
    const qb = this.dataSource
      .getRepository(ChildEntity)
      .createQueryBuilder('c')
      .select(['c.id AS id', 'c.preferred_name AS preferred_name', 'c.legal_first_name AS legal_first_name', "to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth"])
      .addSelect(
        `(SELECT to_char(min(COALESCE(m.scheduled_for, m.due_date)), 'YYYY-MM-DD') FROM meetings m WHERE m.child_id = c.id AND m.type IN (:...reviewTypes) AND m.held_on IS NULL)`,
        'next_review',
      )
      .addSelect(`(SELECT to_char(max(m.held_on), 'YYYY-MM-DD') FROM meetings m WHERE m.child_id = c.id AND m.type IN (:...reviewTypes))`, 'last_review')
      .where(reach.sql, reach.params)
      .setParameter('reviewTypes', [...REVIEW_MEETING_TYPES])
      .orderBy('c.legal_first_name', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (childId) qb.andWhere('c.id = :childId', { childId });
    const rows = await qb.getRawMany<SummaryRow>();
    const today = this.today();
    return rows.map((r) => ({
      id: r.id,
      firstName: r.preferred_name ?? r.legal_first_name,
      age: ageOn(r.date_of_birth, today),
      nextReviewDate: r.next_review,
      lastReviewDate: r.last_review,
    }));
  }

  async myChildren(actor: Actor, ip: string | null): Promise<AdvocateChildSummary[]> {
    const list = await this.summaries(actor);
    await writeAudit(
      this.dataSource.manager,
      actor,
      ip,
      list.map((c) => ({ action: 'READ', childId: c.id, recordType: 'Child', recordId: c.id, parts: ['advocateSummary'] })),
    );
    return list;
  }

  async child(actor: Actor, id: string, ip: string | null): Promise<AdvocateChild> {
    const child = await reachableChild(this.dataSource.manager, actor, id);
    if (!can(actor, 'advocate', child)) throw notFound('Child');
    const [summary] = await this.summaries(actor, child.id);
    if (!summary) throw notFound('Child');
    const views = await sentViewsForAdvocate(this.dataSource.manager, child.id, actor.userId);
    await writeAudit(this.dataSource.manager, actor, ip, [
      { action: 'READ', childId: child.id, recordType: 'Child', recordId: child.id, parts: ['advocateSummary', 'views'] },
    ]);
    return { ...summary, sharedViews: views.map((v) => this.presentView(v, actor)) };
  }

  private presentView(v: ViewEntity, actor: Actor): AdvocateView {
    return {
      id: v.id,
      topic: v.topic,
      words: v.words,
      mood: v.mood,
      sentAt: v.sentAt,
      writtenWithMe: v.writtenWithAdvocateId === actor.userId,
      reply: v.reply,
      repliedAt: v.repliedAt,
    };
  }

  /** Written together with the child and sent to the readers the child chose, marked as written with the advocate. */
  async writeWithChild(actor: Actor, input: WriteViewWithChildInput, ip: string | null): Promise<AdvocateView> {
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChild(manager, actor, input.childId, null, { finds: 'advocate', withAdvocates: true });
      if (input.readers.length === 0) throw badInput('Choose who can read it with the child.', 'readers');
      const values = {
        childId: child.id,
        topic: input.topic,
        words: input.words,
        mood: input.mood ?? null,
        readers: input.readers,
        status: 'SENT' as const,
        sentAt: this.clock.now(),
        writtenWithAdvocateId: actor.userId,
        clientKey: input.clientKey ?? null,
      };
      const { record, created } = await insertSentViewOnce(manager, values);
      if (created) {
        await writeAudit(manager, actor, ip, [
          { action: 'CREATE', childId: child.id, recordType: 'View', recordId: record.id, changes: diff({}, { topic: values.topic, words: values.words, readers: values.readers, writtenWithAdvocateId: actor.userId }) },
        ]);
      }
      return this.presentView(record, actor);
    });
  }

  async raiseConcern(actor: Actor, input: RaiseConcernInput, ip: string | null): Promise<AdvocateConcern> {
    const message = await this.messages.raiseConcern(actor, input, ip);
    return { id: message.id, raisedAt: message.sentAt };
  }
}

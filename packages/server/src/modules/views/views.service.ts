import { In, type DataSource, type EntityManager } from 'typeorm';
import { VIEW_TOPIC_LABELS } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { assertVersion, insertOnce, lockChild, lockChildRecord, ownChildId } from '../../policies/child-record';
import type { Clock } from '../../common/clock';
import { decodeCursor, encodeCursor, pageSize, type ConnectionShape } from '../../common/connection';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { assertId, isUuid } from '../../common/validation';
import { childReach } from '../../policies/child-reach';
import { canReadView, canReplyToView, professionalViewCondition } from '../../policies/view.policy';
import { diff, writeAudit } from '../audit/audit.service';
import { ChildEntity } from '../children/child.entity';
import type { MyViewsRead } from './views.queries';
import { isMeetingOfChild, meetingDaysByIds } from '../meetings/meetings.queries';
import { outcomeOfChild, outcomeWordsByIds } from '../plans/plans.queries';
import { isReview } from '../../policies/meeting.policy';
import type { MyView } from '../young-person/young-person.types';
import { ViewEntity } from './view.entity';
import type { ViewType } from './view.type';
import type { AddToViewInput, ReplyToViewInput, SaveViewDraftInput } from './views.inputs';
import { namedForChild } from './views.people';

const firstNameOf = (c: { preferredName: string | null; legalFirstName: string }) => c.preferredName ?? c.legalFirstName;

export class ViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Queues the email a sent view causes, in the same transaction (notifications module). */
    private readonly queueNotifications: (manager: EntityManager, viewId: string) => Promise<void> = async () => undefined,
  ) {}

  presentProfessional(v: ViewEntity, childFirstName: string, actor: Actor): ViewType {
    return {
      id: v.id,
      version: v.version,
      updatedAt: v.updatedAt,
      updatedById: v.updatedById,
      childId: v.childId,
      childFirstName,
      topic: v.topic,
      words: v.words,
      mood: v.mood,
      readers: v.readers,
      status: v.status,
      sentAt: v.sentAt,
      meetingId: v.meetingId,
      writtenWithAdvocate: v.writtenWithAdvocateId !== null,
      followsViewId: v.followsViewId,
      reply: v.reply,
      replyLanguage: v.reply ? (v.replyLanguage ?? 'en') : null,
      replyOutcomeId: v.replyOutcomeId,
      replyMeetingId: v.replyMeetingId,
      repliedById: v.repliedById,
      repliedBy: null,
      repliedAt: v.repliedAt,
      readByMe: v.readByIds.includes(actor.userId),
    };
  }

  /** The young person's own views, with replies named in their words. */
  private async presentForChild(manager: EntityManager, child: ChildEntity, views: ViewEntity[]): Promise<MyView[]> {
    const people = await namedForChild(manager, child, views.map((v) => v.repliedById).filter((id): id is string => id !== null));
    const present = <T>(ids: (T | null)[]) => [...new Set(ids.filter((id): id is T => id !== null))];
    const goals = await outcomeWordsByIds(manager, child.id, present(views.map((v) => v.replyOutcomeId)));
    const meetings = await meetingDaysByIds(manager, child.id, present(views.map((v) => v.replyMeetingId)));
    return presentViews({ views, people, goals, meetings });
  }

  /** My views from the young person's home statement (young-person-home.screen-query.ts), which also wrote the audit row. */
  myViewsFromScreen(read: MyViewsRead): MyView[] {
    return presentViews(read);
  }

  /** Views addressed to the caller across the children they reach: unread first, then newest. */
  async inbox(actor: Actor, first: number | undefined, after: string | undefined, unreadOnly: boolean, ip: string | null): Promise<ConnectionShape<ViewType>> {
    const limit = pageSize(first);
    const reach = childReach(actor, 'c');
    const visible = professionalViewCondition(actor, 'v');
    const isRead = `(CASE WHEN :inboxUser = ANY(v.read_by_ids) THEN 1 ELSE 0 END)`;
    const qb = this.dataSource
      .getRepository(ViewEntity)
      .createQueryBuilder('v')
      .innerJoin(ChildEntity, 'c', 'c.id = v.child_id')
      .where(reach.sql, reach.params)
      .andWhere(visible.sql, visible.params)
      .setParameter('inboxUser', actor.userId);
    if (unreadOnly) qb.andWhere(`${isRead} = 0`);
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [read, sentAt, id] = decodeCursor(after, 3);
      qb.andWhere(`(${isRead} > :cRead OR (${isRead} = :cRead AND (v.sent_at < :cSent OR (v.sent_at = :cSent AND v.id < :cId))))`, {
        cRead: Number(read),
        cSent: sentAt,
        cId: assertId(id, 'Cursor'),
      });
    }
    const rows = await qb.orderBy(isRead, 'ASC').addOrderBy('v.sent_at', 'DESC').addOrderBy('v.id', 'DESC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const children = await this.dataSource.getRepository(ChildEntity).find({
      where: { id: In([...new Set(page.map((v) => v.childId))]) },
      select: { id: true, preferredName: true, legalFirstName: true },
    });
    const names = new Map(children.map((c) => [c.id, firstNameOf(c)]));
    await writeAudit(
      this.dataSource.manager,
      actor,
      ip,
      page.map((v) => ({ action: 'READ', childId: v.childId, recordType: 'View', recordId: v.id, parts: ['views'] })),
    );
    const edges = page.map((v) => ({
      cursor: encodeCursor([v.readByIds.includes(actor.userId) ? '1' : '0', v.sentAt!.toISOString(), v.id]),
      node: this.presentProfessional(v, names.get(v.childId) ?? '', actor),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /** Loads a sent view the actor may read, locked; NOT_FOUND otherwise. */
  private async readableView(manager: EntityManager, actor: Actor, viewId: string) {
    const { record, child } = await lockChildRecord(manager, actor, ViewEntity, viewId, 'View');
    if (!canReadView(actor, child, record)) throw notFound('View');
    return { view: record, child };
  }

  async markRead(actor: Actor, viewId: string, ip: string | null): Promise<ViewType> {
    return this.dataSource.transaction(async (manager) => {
      const { view, child } = await this.readableView(manager, actor, viewId);
      if (!view.readByIds.includes(actor.userId)) {
        // Opening a view is not a change to it: no new version, so a reply in progress is not stale.
        await manager.query(`UPDATE views SET read_by_ids = array_append(read_by_ids, $1) WHERE id = $2`, [actor.userId, view.id]);
        view.readByIds = [...view.readByIds, actor.userId];
      }
      await writeAudit(manager, actor, ip, [{ action: 'READ', childId: child.id, recordType: 'View', recordId: view.id, parts: ['views'] }]);
      return this.presentProfessional(view, firstNameOf(child), actor);
    });
  }

  async reply(actor: Actor, input: ReplyToViewInput, ip: string | null): Promise<ViewType> {
    return this.dataSource.transaction(async (manager) => {
      const { view, child } = await this.readableView(manager, actor, input.viewId);
      if (!canReplyToView(actor, child, view)) throw forbidden('You can read this view but not reply to it.');
      // What the reply says changed must be this child's: anything else is not found (the same answer as an id that does not exist).
      const linkId = (id: string | null | undefined, field: string) => {
        if (!id) return null;
        if (!isUuid(id)) throw badInput(`${field} is not a record id.`, field);
        return id.toLowerCase();
      };
      const replyOutcomeId = linkId(input.outcomeId, 'outcomeId');
      const replyMeetingId = linkId(input.meetingId, 'meetingId');
      if (replyOutcomeId && !(await outcomeOfChild(manager, replyOutcomeId, child.id))) throw notFound('Plan outcome');
      if (replyMeetingId && !(await isMeetingOfChild(manager, replyMeetingId, child.id))) throw notFound('Meeting');
      assertVersion(view, input.expectedVersion);
      const changes = {
        reply: input.reply,
        replyLanguage: input.language && input.language !== 'en' ? input.language : null,
        replyOutcomeId,
        replyMeetingId,
        repliedById: actor.userId,
        repliedAt: this.clock.now(),
      };
      const audit = diff(view, changes);
      Object.assign(view, changes);
      if (!view.readByIds.includes(actor.userId)) view.readByIds = [...view.readByIds, actor.userId];
      const saved = await manager.save(view);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId: child.id, recordType: 'View', recordId: view.id, changes: audit }]);
      return this.presentProfessional(saved, firstNameOf(child), actor);
    });
  }

  // The young person's own views. The child is always the one in their session.

  async myViews(actor: Actor, ip: string | null): Promise<MyView[]> {
    const childId = ownChildId(actor);
    const manager = this.dataSource.manager;
    const child = await manager.findOneByOrFail(ChildEntity, { id: childId, councilId: actor.councilId });
    const views = await manager.find(ViewEntity, { where: { childId }, order: { createdAt: 'DESC', id: 'DESC' } });
    await writeAudit(manager, actor, ip, [{ action: 'READ', childId, recordType: 'View', parts: ['myViews'] }]);
    return this.presentForChild(manager, child, views);
  }

  private async ownView(manager: EntityManager, actor: Actor, viewId: string, withDeleted = false) {
    ownChildId(actor);
    const { record, child } = await lockChildRecord(manager, actor, ViewEntity, viewId, 'View', { withDeleted });
    return { view: record, child };
  }

  async saveDraft(actor: Actor, input: SaveViewDraftInput, ip: string | null): Promise<MyView> {
    const childId = ownChildId(actor);
    return this.dataSource.transaction(async (manager) => {
      await lockChild(manager, actor, childId, null, { finds: 'own' });
      const meetingId = input.meetingId ? assertId(input.meetingId, 'Meeting') : null;
      if (meetingId && !(await isMeetingOfChild(manager, meetingId, childId))) throw notFound('Meeting');
      const content = { topic: input.topic, words: input.words, mood: input.mood ?? null, readers: input.readers, meetingId };
      if (input.id) {
        const { view, child } = await this.ownView(manager, actor, input.id);
        if (view.status === 'SENT') throw conflict('This has been sent, so it cannot change. You can add to it instead.');
        if (input.expectedVersion === undefined) throw badInput('expectedVersion is needed to change a draft.', 'expectedVersion');
        assertVersion(view, input.expectedVersion);
        const audit = diff(view, content);
        Object.assign(view, content);
        const saved = await manager.save(view);
        await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId, recordType: 'View', recordId: view.id, changes: audit }]);
        return (await this.presentForChild(manager, child, [saved]))[0];
      }
      const child = await manager.findOneByOrFail(ChildEntity, { id: childId });
      const { record: view, created } = await insertOnce(manager, ViewEntity, { ...content, childId, status: 'DRAFT', clientKey: input.clientKey ?? null });
      if (created) {
        await writeAudit(manager, actor, ip, [{ action: 'CREATE', childId, recordType: 'View', recordId: view.id, changes: diff({}, content) }]);
      }
      return (await this.presentForChild(manager, child, [view]))[0];
    });
  }

  /** Sends a draft to the readers the child chose. Sending again is harmless: a sent view never changes. */
  async send(actor: Actor, viewId: string, expectedVersion: number, ip: string | null): Promise<MyView> {
    return this.dataSource.transaction(async (manager) => {
      const { view, child } = await this.ownView(manager, actor, viewId);
      if (view.status === 'SENT') return (await this.presentForChild(manager, child, [view]))[0];
      assertVersion(view, expectedVersion);
      if (view.readers.length === 0) throw badInput('Choose who can read it: my worker, my IRO or my advocate.', 'readers');
      const changes = { status: 'SENT' as const, sentAt: this.clock.now() };
      const audit = diff(view, changes);
      Object.assign(view, changes);
      const saved = await manager.save(view);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', childId: child.id, recordType: 'View', recordId: view.id, changes: audit }]);
      await this.queueNotifications(manager, view.id);
      return (await this.presentForChild(manager, child, [saved]))[0];
    });
  }

  /** Adds more words to a sent view: a new sent view that follows it, to the same readers. */
  async addTo(actor: Actor, input: AddToViewInput, ip: string | null): Promise<MyView> {
    return this.dataSource.transaction(async (manager) => {
      const { view, child } = await this.ownView(manager, actor, input.viewId);
      if (view.status !== 'SENT') throw badInput('This is still a draft: change it instead.', 'viewId');
      const values = {
        childId: child.id,
        topic: view.topic,
        words: input.words,
        mood: null,
        readers: view.readers,
        meetingId: view.meetingId,
        followsViewId: view.id,
        status: 'SENT' as const,
        sentAt: this.clock.now(),
        clientKey: input.clientKey ?? null,
      };
      const { record: added, created } = await insertOnce(manager, ViewEntity, values);
      if (created) {
        await writeAudit(manager, actor, ip, [
          { action: 'CREATE', childId: child.id, recordType: 'View', recordId: added.id, changes: diff({}, { words: input.words, followsViewId: view.id }) },
        ]);
        await this.queueNotifications(manager, added.id);
      }
      return (await this.presentForChild(manager, child, [added]))[0];
    });
  }

  /** Deletes a draft (kept out of sight, not erased). Deleting it again is harmless. */
  async deleteDraft(actor: Actor, viewId: string, ip: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { view, child } = await this.ownView(manager, actor, viewId, true);
      if (view.deletedAt) return true;
      if (view.status === 'SENT') throw conflict('This has been sent, so it cannot be deleted.');
      await manager.softDelete(ViewEntity, { id: view.id });
      await writeAudit(manager, actor, ip, [{ action: 'DELETE', childId: child.id, recordType: 'View', recordId: view.id }]);
      return true;
    });
  }
}

/** A child's views in the child's own words, with who replied and the goal or meeting each reply names. */
function presentViews({ views, people, goals, meetings }: MyViewsRead): MyView[] {
  return views.map((v) => {
    const replier = v.repliedById ? people.get(v.repliedById) : undefined;
    const meeting = v.replyMeetingId ? meetings.get(v.replyMeetingId) : undefined;
    return {
      id: v.id,
      version: v.version,
      topic: v.topic,
      topicWords: VIEW_TOPIC_LABELS[v.topic],
      words: v.words,
      mood: v.mood,
      readers: v.readers,
      status: v.status,
      sentAt: v.sentAt,
      meetingId: v.meetingId,
      followsViewId: v.followsViewId,
      writtenWithMyAdvocate: v.writtenWithAdvocateId !== null,
      reply:
        v.reply && v.repliedAt
          ? {
              words: v.reply,
              language: v.replyLanguage ?? 'en',
              fromFirstName: replier?.firstName ?? '',
              fromRole: replier?.role ?? '',
              fromRoleName: replier?.roleName ?? 'SOMEONE_FROM_THE_COUNCIL',
              repliedAt: v.repliedAt,
              planGoal: (v.replyOutcomeId && goals.get(v.replyOutcomeId)) || null,
              meetingOn: meeting?.on ?? null,
              meetingIsReview: meeting?.on ? isReview(meeting.type) : null,
            }
          : null,
    };
  });
}

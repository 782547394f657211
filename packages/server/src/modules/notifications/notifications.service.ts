import type { DataSource, EntityManager } from 'typeorm';
import type { JobHelpers } from 'graphile-worker';
import type { NotificationsConfig } from '../../config';
import { isoDateInLondon, type Clock } from '../../common/clock';
import type { AlertsService } from '../alerts/alerts.service';
import type { ChildrenService } from '../children/children.service';
import type { PolicyService } from '../policy/policy.service';
import { digestLines, digestPeople } from './notification.digest';
import { logger } from '../../logger';
import type { Actor } from '../../common/actor';
import { badInput, notFound } from '../../common/errors';
import { actingAs } from '../../policies/child-record';
import { diff, writeAudit } from '../audit/audit.service';
import { CouncilEntity } from '../councils/council.entity';
import type { DutyContactInput, NotificationOutboxType } from './notification.type';
import { AddressRefusedError, isUkMobile, type Sender } from './notification.senders';
import { NotificationEntity } from './notification.entity';
import { hasTemplate, renderNotification, templateKey, type TemplateInput } from './notification.templates';
import type { NotificationChannel, NotificationEvent, NotificationStatus } from './notification.vocabulary';
import { dutyContact, headsOfService, readers, userRecipient, workerAndManager, type Recipient } from './notification.recipients';

/** The jobs this module puts on the queue (graphile-worker task names). */
export const TASKS = {
  childMessage: 'notify-child-message',
  view: 'notify-view',
  send: 'notify-send',
  escalations: 'notify-escalations',
  digests: 'notify-daily-digests',
} as const;

/** What a notification is about: enough to render it again for a fallback, and never the child's words. */
interface About {
  event: NotificationEvent;
  sourceId: string;
  councilId: string;
  childId: string;
  caseReference: string;
  when: Date;
}

/** Adds a job in the caller's transaction: it exists only if the caller's change commits. */
export async function addJob(
  manager: EntityManager,
  task: string,
  payload: Record<string, unknown>,
  options: { jobKey?: string; maxAttempts?: number; delaySeconds?: number } = {},
): Promise<void> {
  // The delay only wakes the job up; whether anything is due is decided by the server's Clock when it runs.
  await manager.query(
    `SELECT graphile_worker.add_job($1::text, $2::json, job_key := $3::text, max_attempts := $4::int,
       run_at := CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(secs => $5::int) END)`,
    [task, JSON.stringify(payload), options.jobKey ?? null, options.maxAttempts ?? null, options.delaySeconds ?? null],
  );
}

function londonTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/**
 * Email and text messages to staff: what a child's message or view causes,
 * the escalation of an unacknowledged unsafe alert, and the daily digest.
 * Every message is first a row in the notifications table (the outbox), then
 * a job that sends exactly that row.
 */
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: NotificationsConfig,
    private readonly sender: Sender,
    private readonly rules: { alerts: AlertsService; children: ChildrenService; policy: PolicyService },
  ) {}

  // ---- The administrator's view ----

  /** The actor's council only, newest first. */
  async outbox(actor: Actor, status: NotificationStatus | null, first: number): Promise<NotificationOutboxType> {
    if (first < 1 || first > 500) throw badInput('first must be between 1 and 500.', 'first');
    const rows = await this.dataSource.getRepository(NotificationEntity).find({
      where: { councilId: actor.councilId, ...(status ? { status } : {}) },
      order: { queuedAt: 'DESC', id: 'ASC' },
      take: first,
    });
    return {
      deliveredBy: this.sender.via,
      notifications: rows.map((r) => ({
        id: r.id, event: r.event, channel: r.channel, recipientName: r.recipientName, address: r.address, caseReference: r.caseReference,
        subject: r.subject, body: r.body, status: r.status, via: r.via, attempts: r.attempts, failureReason: r.failureReason,
        queuedAt: r.queuedAt, sentAt: r.sentAt, failedAt: r.failedAt,
      })),
    };
  }

  async dutyContactOf(actor: Actor): Promise<{ name: string | null; email: string | null; mobile: string | null }> {
    const council = await this.dataSource.getRepository(CouncilEntity).findOne({ where: { id: actor.councilId } });
    if (!council) throw notFound('Council');
    return { name: council.dutyContactName, email: council.dutyContactEmail, mobile: council.dutyContactMobile };
  }

  async updateDutyContact(actor: Actor, input: DutyContactInput, ip: string | null): Promise<boolean> {
    if (!input.name.trim()) throw badInput('Enter the name of the duty contact.', 'name');
    if (!input.email && !input.mobile?.trim()) throw badInput('Enter an email address or a mobile number for the duty contact.', 'email');
    await this.dataSource.transaction(async (m) => {
      await actingAs(m, actor);
      const council = await m.findOne(CouncilEntity, { where: { id: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      if (!council) throw notFound('Council');
      const before = { dutyContactName: council.dutyContactName, dutyContactEmail: council.dutyContactEmail, dutyContactMobile: council.dutyContactMobile };
      const after = { dutyContactName: input.name.trim(), dutyContactEmail: input.email ?? null, dutyContactMobile: input.mobile?.trim() || null };
      Object.assign(council, after);
      await m.save(council);
      await writeAudit(m, actor, ip, [{ action: 'UPDATE', recordType: 'Council', recordId: council.id, changes: diff(before, after) }]);
    });
    return true;
  }

  // ---- Called by other modules, inside their own transactions ----

  /** A child's "I feel unsafe" or "I'm not happy": one job, committed with the message. */
  queueForChildMessage(manager: EntityManager, messageId: string): Promise<void> {
    return addJob(manager, TASKS.childMessage, { messageId }, { jobKey: `child-message:${messageId}` });
  }

  /** A view the child has sent to the readers they chose. */
  queueForView(manager: EntityManager, viewId: string): Promise<void> {
    return addJob(manager, TASKS.view, { viewId }, { jobKey: `view:${viewId}` });
  }

  /**
   * Tells a staff member by email that an administrator reset their
   * authenticator app (so someone who did not ask for it can raise the alarm).
   * In the caller's transaction; with no work email the row says so and the
   * administrator's page tells them to let the person know another way.
   * Returns whether an email is on its way.
   */
  async queueAuthenticatorReset(m: EntityManager, input: { councilId: string; userId: string; resetId: string }): Promise<boolean> {
    const person = await userRecipient(m, input.userId);
    if (!person) return false;
    const now = this.clock.now();
    const rendered = renderNotification('AUTHENTICATOR_RESET_EMAIL', { recipientName: person.name, caseReference: null, link: `${this.config.publicUrl}/sign-in`, when: londonTime(now) });
    const [{ id }]: { id: string }[] = await m.query(
      `INSERT INTO notifications (council_id, dedupe_key, event, channel, recipient_user_id, recipient_name, address, subject, body, status, failure_reason, queued_at, failed_at)
       VALUES ($1, $2, 'AUTHENTICATOR_RESET', 'EMAIL', $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        input.councilId, `AUTHENTICATOR_RESET:${input.resetId}:${input.userId}:EMAIL`, input.userId, person.name, person.email,
        rendered.subject, rendered.body, person.email ? 'QUEUED' : 'FAILED', person.email ? null : 'No work email: the administrator was asked to tell them another way.',
        now, person.email ? null : now,
      ],
    );
    if (person.email) await addJob(m, TASKS.send, { id }, { jobKey: `send:${id}`, maxAttempts: this.config.maxAttempts });
    return !!person.email;
  }

  // ---- Jobs ----

  async onChildMessage({ messageId }: { messageId: string }): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [msg] = await m.query(
        `SELECT cm.id, cm.kind, cm.send_to, cm.created_at, c.id AS child_id, c.council_id, c.local_id
           FROM child_messages cm JOIN children c ON c.id = cm.child_id WHERE cm.id = $1`,
        [messageId],
      );
      if (!msg) return;
      const about: About = { event: 'NOT_HAPPY', sourceId: msg.id, councilId: msg.council_id, childId: msg.child_id, caseReference: msg.local_id, when: msg.created_at };
      if (msg.kind === 'UNSAFE') {
        const people = [...(await workerAndManager(m, msg.child_id)), await dutyContact(m, msg.council_id)];
        await this.plan(m, { ...about, event: 'UNSAFE' }, people, ['SMS', 'EMAIL']);
        // The check runs every minute as well; this one fires on time.
        await addJob(m, TASKS.escalations, {}, { delaySeconds: this.config.escalateAfterSeconds + 1, jobKey: `escalate:${msg.id}` });
      } else if (msg.kind === 'NOT_HAPPY' && msg.send_to) {
        await this.plan(m, about, await readers(m, msg.child_id, [msg.send_to]), ['EMAIL']);
      }
    });
  }

  async onView({ viewId }: { viewId: string }): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [view] = await m.query(
        `SELECT v.id, v.readers, v.sent_at, v.status, c.id AS child_id, c.council_id, c.local_id FROM views v JOIN children c ON c.id = v.child_id WHERE v.id = $1`,
        [viewId],
      );
      if (!view || view.status !== 'SENT') return;
      const about: About = { event: 'VIEW_SHARED', sourceId: view.id, councilId: view.council_id, childId: view.child_id, caseReference: view.local_id, when: view.sent_at };
      await this.plan(m, about, await readers(m, view.child_id, view.readers), ['EMAIL']);
    });
  }

  /**
   * Unsafe messages nobody has acknowledged within the configured time (by the
   * server's Clock, from when they were first notified): the head of service
   * is told too, once.
   */
  async escalate(): Promise<void> {
    const due = new Date(this.clock.now().getTime() - this.config.escalateAfterSeconds * 1000);
    await this.dataSource.transaction(async (m) => {
      const rows = await m.query(
        `SELECT cm.id, cm.created_at, c.id AS child_id, c.council_id, c.local_id
           FROM child_messages cm JOIN children c ON c.id = cm.child_id
          WHERE cm.kind = 'UNSAFE' AND cm.acknowledged_at IS NULL
            AND EXISTS (SELECT 1 FROM notifications n WHERE n.source_id = cm.id AND n.event = 'UNSAFE')
            AND (SELECT min(n.queued_at) FROM notifications n WHERE n.source_id = cm.id AND n.event = 'UNSAFE') <= $1
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.source_id = cm.id AND n.event = 'UNSAFE_ESCALATION')
          FOR UPDATE OF cm`,
        [due],
      );
      for (const r of rows) {
        const about: About = { event: 'UNSAFE_ESCALATION', sourceId: r.id, councilId: r.council_id, childId: r.child_id, caseReference: r.local_id, when: r.created_at };
        await this.plan(m, about, await headsOfService(m, r.council_id), ['SMS', 'EMAIL']);
      }
    });
  }

  /** Sends one row. A row already SENT (a retried or duplicated job) is left alone: nobody gets it twice. */
  async send({ id }: { id: string }, helpers?: Pick<JobHelpers, 'job'>): Promise<void> {
    let retry: Error | null = null;
    await this.dataSource.transaction(async (m) => {
      // The row lock is held while sending, so two workers can never send the same row.
      const row = await m.findOne(NotificationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.status !== 'QUEUED') return;
      row.attempts += 1;
      if (!this.sender.channels.includes(row.channel)) {
        await this.fail(m, row, 'No text message service is configured: sent by email instead.');
        return;
      }
      try {
        const template = templateKey(row.event, row.channel);
        const { reference } = await this.sender.send({
          id: row.id, channel: row.channel, address: row.address!, template, subject: row.subject, body: row.body, personalisation: this.personalisation(row),
        });
        Object.assign(row, { status: 'SENT' as NotificationStatus, via: this.sender.via, sentAt: this.clock.now(), providerReference: reference, failureReason: null });
        await m.save(row);
      } catch (error) {
        if (error instanceof AddressRefusedError) {
          await this.fail(m, row, `${error.message}. ${row.channel === 'SMS' ? 'Sent by email instead.' : 'The duty contact was told instead.'}`);
          return;
        }
        const reason = (error as Error).message;
        const job = helpers?.job;
        const last = job ? job.attempts >= job.max_attempts : false;
        if (last) {
          Object.assign(row, { status: 'FAILED' as NotificationStatus, failedAt: this.clock.now(), failureReason: `Gave up after ${row.attempts} attempts: ${reason}` });
        } else {
          row.failureReason = `Attempt ${row.attempts} failed, retrying: ${reason}`;
        }
        await m.save(row);
        logger.warn({ notification: row.id, attempt: row.attempts, reason }, 'notification not sent');
        if (!last) retry = error as Error;
      }
    });
    // Thrown after the row's attempt is saved: graphile-worker retries with exponential backoff.
    if (retry) throw retry;
  }

  /**
   * One email per person a day (the key holds the day by the server's Clock):
   * what the rules say is due or overdue on their children, plans waiting for
   * them, and the messages and views they chose to get in the digest.
   */
  async dailyDigests(): Promise<void> {
    const now = this.clock.now();
    const today = isoDateInLondon(now);
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(now);
    for (const person of await digestPeople(this.dataSource.manager)) {
      await this.dataSource.transaction(async (m) => {
        const key = `DAILY_DIGEST:${today}:${person.actor.userId}:EMAIL`;
        if ((await m.query(`SELECT 1 FROM notifications WHERE dedupe_key = $1`, [key])).length > 0) return;
        const held: { id: string; event: NotificationEvent; case_reference: string | null }[] = await m.query(
          `SELECT id, event, case_reference FROM notifications WHERE recipient_user_id = $1 AND status = 'WAITING_FOR_DIGEST' ORDER BY queued_at FOR UPDATE`,
          [person.actor.userId],
        );
        const heldLines = held.map((h) => `- Case ${h.case_reference}: ${h.event === 'NOT_HAPPY' ? 'an "I\'m not happy" message for you' : 'views shared with you'}`);
        const lines = [...(heldLines.length ? ['Messages from children:', ...heldLines] : []), ...(await digestLines(this.rules, m, person.actor, today))];
        if (lines.length === 0 || !person.email) return;
        const rendered = renderNotification('DAILY_DIGEST_EMAIL', {
          recipientName: person.name, caseReference: null, link: `${this.config.publicUrl}/`, when: day, day, digestLines: lines,
        });
        const [{ id }] = await m.query(
          `INSERT INTO notifications (council_id, dedupe_key, event, channel, recipient_user_id, recipient_name, address, subject, body, status, queued_at)
           VALUES ($1, $2, 'DAILY_DIGEST', 'EMAIL', $3, $4, $5, $6, $7, 'QUEUED', $8) RETURNING id`,
          [person.actor.councilId, key, person.actor.userId, person.name, person.email, rendered.subject, rendered.body, now],
        );
        await addJob(m, TASKS.send, { id }, { jobKey: `send:${id}`, maxAttempts: this.config.maxAttempts });
        if (held.length > 0) {
          await m.query(`UPDATE notifications SET status = 'SENT', via = $2, sent_at = $3, digest_id = $4 WHERE id = ANY($1::uuid[])`, [held.map((h) => h.id), this.sender.via, now, id]);
        }
      });
    }
  }

  // ---- Planning rows ----

  /**
   * Writes one row per person and channel (a unique key each, so planning
   * twice changes nothing) and a send job per row, in the caller's transaction.
   */
  private async plan(m: EntityManager, about: About, people: Recipient[], channels: NotificationChannel[]): Promise<void> {
    const wanted = channels.filter((c) => hasTemplate(about.event, c) && this.sender.channels.includes(c));
    const queue: Recipient[] = [...people];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const person = queue.shift()!;
      const who = person.userId ?? 'duty';
      if (seen.has(who)) continue;
      seen.add(who);
      const reachable = wanted.filter((c) => (c === 'EMAIL' ? person.email : person.mobile));
      if (reachable.length === 0) {
        // Nobody left behind: a person with no contact details is covered by the duty contact.
        await this.insert(m, about, person, wanted[wanted.length - 1] ?? 'EMAIL', 'FAILED', person.userId ? 'No work email or mobile number: the duty contact was told instead.' : 'The duty contact has no email or mobile number set.');
        if (person.userId) queue.push(await dutyContact(m, about.councilId));
        continue;
      }
      for (const channel of reachable) {
        if (channel === 'SMS' && !isUkMobile(person.mobile!)) {
          await this.insert(m, about, person, 'SMS', 'FAILED', `"${person.mobile}" is not a UK mobile number: sent by email instead.`);
          if (!person.email) queue.push(await dutyContact(m, about.councilId));
          continue;
        }
        const digest = person.preference === 'DAILY_DIGEST' && (about.event === 'NOT_HAPPY' || about.event === 'VIEW_SHARED');
        await this.insert(m, about, person, channel, digest ? 'WAITING_FOR_DIGEST' : 'QUEUED', null);
      }
    }
  }

  private dedupeKey(about: Pick<About, 'event' | 'sourceId'>, person: Pick<Recipient, 'userId'>, channel: NotificationChannel): string {
    return `${about.event}:${about.sourceId}:${person.userId ?? 'duty'}:${channel}`;
  }

  private templateInput(about: Pick<About, 'caseReference' | 'childId' | 'when' | 'event'>, recipientName: string): TemplateInput {
    return {
      recipientName,
      caseReference: about.caseReference,
      link: `${this.config.publicUrl}/children/${about.childId}`,
      when: londonTime(about.when),
      waitedMinutes: about.event === 'UNSAFE_ESCALATION' ? Math.round(this.config.escalateAfterSeconds / 60) : undefined,
    };
  }

  private async insert(m: EntityManager, about: About, person: Recipient, channel: NotificationChannel, status: NotificationStatus, failureReason: string | null): Promise<void> {
    const rendered = renderNotification(templateKey(about.event, channel), this.templateInput(about, person.name));
    const now = this.clock.now();
    const result: { id: string }[] = await m.query(
      `INSERT INTO notifications (council_id, dedupe_key, event, channel, recipient_user_id, recipient_name, address, child_id, source_id, case_reference, subject, body, status, failure_reason, queued_at, failed_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        about.councilId, this.dedupeKey(about, person, channel), about.event, channel, person.userId, person.name,
        channel === 'EMAIL' ? person.email : person.mobile, about.childId, about.sourceId, about.caseReference,
        rendered.subject, rendered.body, status, failureReason, now, status === 'FAILED' ? now : null,
      ],
    );
    const id = result[0]?.id;
    if (id && status === 'QUEUED') await addJob(m, TASKS.send, { id }, { jobKey: `send:${id}`, maxAttempts: this.config.maxAttempts });
  }

  /** A row that cannot be sent as it is: FAILED with the reason, and the message goes another way. */
  private async fail(m: EntityManager, row: NotificationEntity, reason: string): Promise<void> {
    Object.assign(row, { status: 'FAILED' as NotificationStatus, failedAt: this.clock.now(), failureReason: reason });
    await m.save(row);
    if (!row.childId || !row.sourceId || !row.caseReference) return;
    const about: About = { event: row.event, sourceId: row.sourceId, councilId: row.councilId, childId: row.childId, caseReference: row.caseReference, when: row.queuedAt };
    const person = row.recipientUserId ? await userRecipient(m, row.recipientUserId) : null;
    if (row.channel === 'SMS' && person?.email) {
      await this.insert(m, about, person, 'EMAIL', 'QUEUED', null);
    } else if (row.recipientUserId) {
      await this.plan(m, about, [await dutyContact(m, row.councilId)], ['EMAIL']);
    }
  }

  /** Notify's personalisation, from the row as stored (so what is sent is exactly what the outbox shows). */
  private personalisation(row: NotificationEntity): Record<string, string> {
    const link = row.childId ? `${this.config.publicUrl}/children/${row.childId}` : `${this.config.publicUrl}/`;
    return { name: row.recipientName, subject: row.subject, body: row.body, case_reference: row.caseReference ?? '', link };
  }
}

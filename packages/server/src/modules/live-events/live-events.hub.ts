import { Client, type Notification } from 'pg';

import type { Actor } from '../../common/actor';
import { logger } from '../../logger';
import { canReadMessage } from '../../policies/view.policy';
import type { Services } from '../../services';
import { CHILD_MESSAGE_CHANNEL, parseChildMessageEvent, type ChildMessageEvent } from './child-message-events';

/** One open event stream: whose session it is, and how to write to it. */
export interface LiveSubscriber {
  token: string;
  actor: Actor;
  send(event: string, data: unknown): void;
  end(): void;
}

interface MessageFacts {
  kind: string;
  send_to: string | null;
  council_id: string;
  team_id: string;
  social_worker_id: string | null;
  iro_id: string | null;
}

/**
 * The process's live events: one PostgreSQL connection LISTENing (opened with
 * the first subscriber), and the open streams. Each event is authorized per
 * stream with the same policy as a read: the session must still be valid and
 * its person must be allowed to read that message, or the stream hears
 * nothing of it.
 */
export class LiveEventsHub {
  private readonly subscribers = new Set<LiveSubscriber>();
  private listener: Promise<Client> | null = null;
  private stopped = false;

  constructor(private readonly services: Services) {}

  get size(): number {
    return this.subscribers.size;
  }

  async add(subscriber: LiveSubscriber): Promise<void> {
    if (this.stopped) throw new Error('Live events have stopped.');
    await this.listen();
    this.subscribers.add(subscriber);
  }

  remove(subscriber: LiveSubscriber): void {
    this.subscribers.delete(subscriber);
  }

  private listen(): Promise<Client> {
    this.listener ??= (async () => {
      const options = this.services.dataSource.options as { url?: string };
      const client = new Client({ connectionString: options.url, application_name: 'forever-planning-live' });
      client.on('notification', (n: Notification) => void this.deliver(n));
      // A lost connection ends every stream: browsers reconnect (EventSource does) and poll meanwhile.
      client.on('error', (error) => {
        logger.warn({ err: { message: error.message } }, 'live events connection lost');
        this.reset(client);
      });
      client.on('end', () => this.reset(client));
      await client.connect();
      await client.query(`LISTEN ${CHILD_MESSAGE_CHANNEL}`);
      return client;
    })();
    this.listener.catch(() => {
      this.listener = null;
    });
    return this.listener;
  }

  private reset(client: Client): void {
    void this.listener?.then((current) => {
      if (current !== client) return;
      this.listener = null;
      for (const s of this.subscribers) s.end();
      this.subscribers.clear();
    });
  }

  private async deliver(notification: Notification): Promise<void> {
    if (notification.channel !== CHILD_MESSAGE_CHANNEL || this.subscribers.size === 0) return;
    const event = parseChildMessageEvent(notification.payload);
    if (!event) return;
    try {
      const [facts]: MessageFacts[] = await this.services.dataSource.query(
        `SELECT m.kind, m.send_to, c.council_id, c.team_id, c.social_worker_id, c.iro_id
           FROM child_messages m JOIN children c ON c.id = m.child_id
          WHERE m.id = $1 AND c.id = $2`,
        [event.messageId, event.childId],
      );
      if (!facts) return;
      const child = { id: event.childId, councilId: facts.council_id, teamId: facts.team_id, socialWorkerId: facts.social_worker_id, iroId: facts.iro_id };
      await Promise.all([...this.subscribers].map((s) => this.deliverTo(s, event, child, facts)));
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'live event not delivered');
    }
  }

  private async deliverTo(s: LiveSubscriber, event: ChildMessageEvent, child: Parameters<typeof canReadMessage>[1], facts: MessageFacts): Promise<void> {
    if (!canReadMessage(s.actor, child, { kind: facts.kind, sendTo: facts.send_to })) return;
    // Signed out, timed out or disabled since the stream opened: it ends, and hears nothing more.
    if (!(await this.stillSignedIn(s))) return;
    s.send('child-message', { messageId: event.messageId, childId: event.childId, kind: event.kind, change: event.change });
  }

  /** The session behind a stream, checked without keeping it alive; an ended one closes the stream. */
  async stillSignedIn(s: LiveSubscriber): Promise<boolean> {
    const session = await this.services.sessions.resolve(s.token, { touch: false });
    if (session && session.actor.userId === s.actor.userId && session.actor.role === s.actor.role) return true;
    this.remove(s);
    s.end();
    return false;
  }

  /** On shutdown: end every stream so the HTTP server can drain, then close the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const s of this.subscribers) s.end();
    this.subscribers.clear();
    const listener = this.listener;
    this.listener = null;
    if (listener) await listener.then((c) => c.end()).catch(() => undefined);
  }
}

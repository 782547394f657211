import type { DataSource } from 'typeorm';
import { createDataSource } from '../../packages/server/src/database/data-source';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ApiClient, errorCode, startTestApi, type TestApi } from '../support/api';
import { openEventStream } from '../support/event-stream';
import { buildWorld, PASSWORD, type World } from '../support/world';

const NOT_HAPPY = `mutation($input: NotHappyMessageInput!) { sendNotHappyMessage(input: $input) { whatHappensNext } }`;
const UNSAFE = `mutation($words: String) { reportFeelingUnsafe(input: { words: $words }) { helpText } }`;
const WAITING = `{ childMessagesNeedingAttention { id version kind words mood sendTo canRespond child { id displayName } acknowledgedAt acknowledgedBy { displayName } closedAt reply } }`;
const ACK = `mutation($input: AcknowledgeChildMessageInput!) { acknowledgeChildMessage(input: $input) { id version acknowledgedAt acknowledgedBy { displayName } } }`;
const CLOSE = `mutation($input: CloseChildMessageInput!) { closeChildMessage(input: $input) { id version closedAt closingNote closedBy { displayName } acknowledgedAt } }`;
const REPLY = `mutation($input: ReplyToChildMessageInput!) { replyToChildMessage(input: $input) { id version reply repliedAt repliedBy { displayName } acknowledgedAt } }`;
const MINE = `{ myMessages { id kind words mood seenAt seenByFirstName reply { words fromFirstName fromRole } } }`;

type Waiting = {
  id: string;
  version: number;
  kind: string;
  words: string | null;
  mood: string | null;
  sendTo: string | null;
  canRespond: boolean;
  child: { id: string; displayName: string };
  acknowledgedAt: string | null;
  closedAt: string | null;
  reply: string | null;
};
type Mine = { id: string; kind: string; words: string | null; mood: string | null; seenAt: string | null; seenByFirstName: string | null; reply: { words: string; fromFirstName: string; fromRole: string } | null };

describe("a child's messages reach staff, who acknowledge, close and reply", () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const signedIn = async (username: string, on: TestApi = api): Promise<ApiClient> => {
    const c = on.client();
    const res = await c.signIn(username, PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };
  const waiting = async (c: ApiClient) => (await c.ok<{ childMessagesNeedingAttention: Waiting[] }>(WAITING)).childMessagesNeedingAttention;
  const mine = async (c: ApiClient) => (await c.ok<{ myMessages: Mine[] }>(MINE)).myMessages;
  const rowOf = async (id: string) => (await db.dataSource.query(`SELECT * FROM child_messages WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it("\"I'm not happy\" reaches the worker with the child's words and mood; the worker replies; the child sees who saw it and the reply", async () => {
    const child = await signedIn('yp.a1');
    await child.ok(NOT_HAPPY, { input: { sendTo: 'WORKER', words: 'My family time was cancelled again.', mood: 'SAD' } });
    const worker = await signedIn('sw.a1');
    const [msg] = (await waiting(worker)).filter((m) => m.words === 'My family time was cancelled again.');
    expect(msg).toMatchObject({ kind: 'NOT_HAPPY', mood: 'SAD', sendTo: 'WORKER', canRespond: true, acknowledgedAt: null, child: { id: world.children.a1.id } });

    // Only those it was sent to (and the head of service) see it.
    expect((await waiting(await signedIn('iro.a'))).map((m) => m.id)).not.toContain(msg.id);
    expect((await waiting(await signedIn('sw.a2'))).map((m) => m.id)).not.toContain(msg.id);
    const head = (await waiting(await signedIn('hos.a'))).find((m) => m.id === msg.id);
    expect(head).toMatchObject({ words: 'My family time was cancelled again.', canRespond: false });
    expect(errorCode(await (await signedIn('iro.a')).gql(REPLY, { input: { id: msg.id, expectedVersion: msg.version, reply: 'No' } }))).toBe('NOT_FOUND');
    expect(errorCode(await (await signedIn('hos.a')).gql(ACK, { input: { id: msg.id, expectedVersion: msg.version } }))).toBe('FORBIDDEN');

    // Marked read: the child sees who and when, first name only.
    const read = await worker.ok<{ acknowledgeChildMessage: { version: number; acknowledgedAt: string; acknowledgedBy: { displayName: string } } }>(ACK, {
      input: { id: msg.id, expectedVersion: msg.version },
    });
    expect(read.acknowledgeChildMessage.acknowledgedBy.displayName).toBe(`${world.users.swA1.firstName} ${world.users.swA1.lastName}`);
    // The server's clock, which moves on a millisecond a reading: the same moment, give or take the readings since.
    expect(api.clock.now().getTime() - new Date(read.acknowledgeChildMessage.acknowledgedAt).getTime()).toBeLessThan(1000);
    let seen = (await mine(child)).find((m) => m.id === msg.id)!;
    expect(seen).toMatchObject({ seenByFirstName: world.users.swA1.firstName, reply: null, mood: 'SAD' });
    expect(seen.seenAt).not.toBeNull();

    // A stale version is a CONFLICT and changes nothing; bad input is BAD_USER_INPUT.
    const stale = await worker.gql(REPLY, { input: { id: msg.id, expectedVersion: msg.version, reply: 'Sorry.' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await rowOf(msg.id)).reply).toBeNull();
    expect(errorCode(await worker.gql(REPLY, { input: { id: msg.id, expectedVersion: read.acknowledgeChildMessage.version, reply: '' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await worker.gql(REPLY, { input: { id: msg.id, expectedVersion: read.acknowledgeChildMessage.version, reply: '   ' } }))).toBe('BAD_USER_INPUT');
    // A malformed id is answered as a missing record: nothing to learn from it.
    expect(errorCode(await worker.gql(REPLY, { input: { id: 'not-an-id', expectedVersion: 1, reply: 'Hello' } }))).toBe('NOT_FOUND');
    expect(errorCode(await worker.gql(REPLY, { input: { id: msg.id, expectedVersion: 0, reply: 'Hello' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await worker.gql(CLOSE, { input: { id: msg.id, expectedVersion: read.acknowledgeChildMessage.version, whatWasDone: 'Rebooked family time.' } }))).toBe(
      'BAD_USER_INPUT',
    );

    const replied = await worker.ok<{ replyToChildMessage: { reply: string; version: number } }>(REPLY, {
      input: { id: msg.id, expectedVersion: read.acknowledgeChildMessage.version, reply: 'I am sorry. Family time is back on for Saturday.' },
    });
    expect(replied.replyToChildMessage.reply).toBe('I am sorry. Family time is back on for Saturday.');
    seen = (await mine(child)).find((m) => m.id === msg.id)!;
    expect(seen.reply).toEqual({ words: 'I am sorry. Family time is back on for Saturday.', fromFirstName: world.users.swA1.firstName, fromRole: expect.any(String) });
    // Answered: no longer waiting.
    expect((await waiting(worker)).map((m) => m.id)).not.toContain(msg.id);
    expect(errorCode(await worker.gql(REPLY, { input: { id: msg.id, expectedVersion: replied.replyToChildMessage.version, reply: 'Again' } }))).toBe('CONFLICT');

    const audit = await db.dataSource.query(`SELECT action, changes FROM audit_events WHERE record_type = 'ChildMessage' AND record_id = $1 ORDER BY occurred_at, id`, [msg.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE', 'READ']));
    expect(audit.filter((a: { action: string }) => a.action === 'UPDATE')).toHaveLength(2);
  });

  it('a message to the IRO is answered by the reviewing IRO, not the worker', async () => {
    const child = await signedIn('yp.a1');
    await child.ok(NOT_HAPPY, { input: { sendTo: 'IRO', words: 'My review is never on time.' } });
    const iro = await signedIn('iro.a');
    const msg = (await waiting(iro)).find((m) => m.words === 'My review is never on time.')!;
    expect(msg.canRespond).toBe(true);
    expect(errorCode(await (await signedIn('sw.a1')).gql(ACK, { input: { id: msg.id, expectedVersion: msg.version } }))).toBe('NOT_FOUND');
    const done = await iro.ok<{ replyToChildMessage: { repliedBy: { displayName: string } } }>(REPLY, { input: { id: msg.id, expectedVersion: msg.version, reply: 'I will chase it today.' } });
    expect(done.replyToChildMessage.repliedBy.displayName).toContain(world.users.iroA.firstName);
  });

  it('"I feel unsafe" is pinned first for everyone on the case; the worker acknowledges and closes it with what was done', async () => {
    const child = await signedIn('yp.a1');
    await child.ok(NOT_HAPPY, { input: { sendTo: 'WORKER', words: 'A newer, less urgent message.' } });
    await child.ok(UNSAFE, { words: 'Someone at school scared me.' });
    await child.ok(NOT_HAPPY, { input: { sendTo: 'WORKER', words: 'Newest of all.' } });
    const worker = await signedIn('sw.a1');
    const list = await waiting(worker);
    expect(list[0]).toMatchObject({ kind: 'UNSAFE', words: 'Someone at school scared me.', canRespond: true });
    const alert = list[0];
    // The IRO and the team manager see it too; the IRO may not act on it, another team's worker never sees it.
    const iroList = await waiting(await signedIn('iro.a'));
    expect(iroList[0]).toMatchObject({ id: alert.id, canRespond: false });
    expect(errorCode(await (await signedIn('iro.a')).gql(ACK, { input: { id: alert.id, expectedVersion: alert.version } }))).toBe('FORBIDDEN');
    expect(errorCode(await (await signedIn('sw.a2')).gql(ACK, { input: { id: alert.id, expectedVersion: alert.version } }))).toBe('NOT_FOUND');
    expect(errorCode(await (await signedIn('sw.b')).gql(CLOSE, { input: { id: alert.id, expectedVersion: alert.version, whatWasDone: 'x x x' } }))).toBe('NOT_FOUND');
    expect(errorCode(await worker.gql(REPLY, { input: { id: alert.id, expectedVersion: alert.version, reply: 'Hello' } }))).toBe('BAD_USER_INPUT');
    expect(await rowOf(alert.id)).toMatchObject({ acknowledged_at: null, closed_at: null, version: alert.version });

    const ack = await worker.ok<{ acknowledgeChildMessage: { version: number; acknowledgedAt: string } }>(ACK, { input: { id: alert.id, expectedVersion: alert.version } });
    // Two people acknowledging at once: the second is told it changed.
    const manager = await signedIn('tm.a1');
    expect(errorCode(await manager.gql(ACK, { input: { id: alert.id, expectedVersion: alert.version } }))).toBe('CONFLICT');
    // Acknowledging again with the current version keeps who saw it first.
    const again = await manager.ok<{ acknowledgeChildMessage: { version: number; acknowledgedBy: { displayName: string } } }>(ACK, {
      input: { id: alert.id, expectedVersion: ack.acknowledgeChildMessage.version },
    });
    expect(again.acknowledgeChildMessage).toMatchObject({ version: ack.acknowledgeChildMessage.version, acknowledgedBy: { displayName: expect.stringContaining(world.users.swA1.firstName) } });
    // Acknowledged but not closed: still pinned, and off the drift list's unsafe alert.
    expect((await waiting(worker))[0]).toMatchObject({ id: alert.id, acknowledgedAt: expect.any(String), closedAt: null });
    const seen = (await mine(child)).find((m) => m.id === alert.id)!;
    expect(seen.seenByFirstName).toBe(world.users.swA1.firstName);

    expect(errorCode(await worker.gql(CLOSE, { input: { id: alert.id, expectedVersion: ack.acknowledgeChildMessage.version, whatWasDone: '' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await worker.gql(CLOSE, { input: { id: alert.id, expectedVersion: ack.acknowledgeChildMessage.version, whatWasDone: '    ' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await worker.gql(CLOSE, { input: { id: alert.id, expectedVersion: alert.version, whatWasDone: 'Visited her at school.' } }))).toBe('CONFLICT');
    const closed = await worker.ok<{ closeChildMessage: { version: number; closedAt: string; closingNote: string } }>(CLOSE, {
      input: { id: alert.id, expectedVersion: ack.acknowledgeChildMessage.version, whatWasDone: 'Visited her at school with the designated teacher; safety plan agreed.' },
    });
    expect(closed.closeChildMessage.closingNote).toBe('Visited her at school with the designated teacher; safety plan agreed.');
    expect((await waiting(worker)).map((m) => m.id)).not.toContain(alert.id);
    expect(errorCode(await worker.gql(CLOSE, { input: { id: alert.id, expectedVersion: closed.closeChildMessage.version, whatWasDone: 'Again.' } }))).toBe('CONFLICT');
    // The child never reads staff's closing note.
    expect(JSON.stringify(await mine(child))).not.toContain('designated teacher');
    const updates = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'UPDATE' AND record_type = 'ChildMessage' AND record_id = $1 ORDER BY occurred_at, id`, [alert.id]);
    expect(updates).toHaveLength(2);
    expect(Object.keys(updates[1].changes)).toEqual(expect.arrayContaining(['closedAt', 'closedById', 'closingNote']));
  });

  it('a young person cannot answer messages and staff cannot read myMessages', async () => {
    const child = await signedIn('yp.a1');
    const [m] = await mine(child);
    expect(errorCode(await child.gql(ACK, { input: { id: m.id, expectedVersion: 1 } }))).toBe('FORBIDDEN');
    expect(errorCode(await (await signedIn('sw.a1')).gql(MINE))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(WAITING))).toBe('UNAUTHENTICATED');
  });

  describe('live events across two API processes', () => {
    let secondPool: DataSource;
    let two: TestApi;
    beforeAll(async () => {
      secondPool = createDataSource(db.url, { poolSize: 3 });
      await secondPool.initialize();
      two = await startTestApi(secondPool);
    });
    afterAll(async () => {
      await two?.close();
      await secondPool?.destroy();
    });

    it('an unsafe alert sent through one process reaches, on the other, only the streams of staff who may see that child', async () => {
      const worker = await signedIn('sw.a1', two);
      const otherWorker = await signedIn('sw.a2', two);
      const iro = await signedIn('iro.a', two);
      const workerStream = await openEventStream(`${two.baseUrl}/events`, worker.cookie);
      const otherStream = await openEventStream(`${two.baseUrl}/events`, otherWorker.cookie);
      const iroStream = await openEventStream(`${two.baseUrl}/events`, iro.cookie);
      try {
        expect(workerStream.status).toBe(200);
        await Promise.all([workerStream, otherStream, iroStream].map((s) => s.waitFor((e) => e.event === 'ready', 5000)));

        const child = await signedIn('yp.a1', api);
        await child.ok(UNSAFE, { words: 'Please come now.' });
        const event = await workerStream.waitFor((e) => e.event === 'child-message', 5000);
        expect(event.data).toMatchObject({ childId: world.children.a1.id, kind: 'UNSAFE', change: 'SENT' });
        // Ids only: never the child's words.
        expect(JSON.stringify(event.data)).not.toContain('Please come now');
        await iroStream.waitFor((e) => e.event === 'child-message', 5000);

        // A message addressed to the worker does not reach the IRO's stream.
        await child.ok(NOT_HAPPY, { input: { sendTo: 'WORKER', words: 'Only for my worker.' } });
        await workerStream.waitFor((e) => e.event === 'child-message' && (e.data as { kind: string }).kind === 'NOT_HAPPY', 5000);
        // The acknowledgement made on the first process reaches the stream on the second.
        const alert = (await waiting(await signedIn('sw.a1', api))).find((m) => m.words === 'Please come now.')!;
        await (await signedIn('tm.a1', api)).ok(ACK, { input: { id: alert.id, expectedVersion: alert.version } });
        await workerStream.waitFor((e) => (e.data as { change?: string }).change === 'ACKNOWLEDGED', 5000);
        await iroStream.waitFor((e) => (e.data as { change?: string }).change === 'ACKNOWLEDGED', 5000);

        expect(iroStream.events.filter((e) => (e.data as { kind?: string }).kind === 'NOT_HAPPY')).toEqual([]);
        expect(otherStream.events.filter((e) => e.event === 'child-message')).toEqual([]);
      } finally {
        [workerStream, otherStream, iroStream].forEach((s) => s.close());
      }
    });

    it('a stream needs a staff session, and ends when its session is signed out', async () => {
      expect((await openEventStream(`${two.baseUrl}/events`, null)).status).toBe(401);
      const child = await signedIn('yp.a1', two);
      expect((await openEventStream(`${two.baseUrl}/events`, child.cookie)).status).toBe(403);

      const worker = await signedIn('sw.a1', two);
      const stream = await openEventStream(`${two.baseUrl}/events`, worker.cookie);
      await stream.waitFor((e) => e.event === 'ready', 5000);
      const cookie = worker.cookie;
      await worker.ok('mutation { signOut }');
      worker.cookie = cookie;
      await (await signedIn('yp.a1', api)).ok(UNSAFE, { words: 'After sign-out.' });
      await stream.ended;
      expect(stream.events.filter((e) => e.event === 'child-message')).toEqual([]);
    });

    it('shutting a process down ends its open streams at once, so it drains without waiting for them', async () => {
      const third = await startTestApi(secondPool);
      const worker = await signedIn('sw.a1', third);
      const stream = await openEventStream(`${third.baseUrl}/events`, worker.cookie);
      await stream.waitFor((e) => e.event === 'ready', 5000);
      const started = Date.now();
      await third.close();
      await stream.ended;
      // Apollo's drain waits 10 s for connections that stay open; a stream must not be one.
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
});

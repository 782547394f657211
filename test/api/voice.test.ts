import { randomUUID } from 'node:crypto';
import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, type ApiClient, startTestApi, type TestApi } from '../support/api';
import { buildWorld, type World } from '../support/world';
import { getSchema } from '../../packages/server/src/schema';
import { rootFieldAccess } from '../../packages/server/src/schema.cli';

const SAVE = `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version status } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id version status sentAt } }`;
const ADD_ITEM = `mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id version audience visibleToChildToday } }`;
const MY_STORY = `query { myLifeStory { count items { id title } } }`;

describe('voice and life story', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const signedIn = (username: string): Promise<ApiClient> => api.signedIn(username);

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a young person drafts and sends a view; the worker sees it unread first and replies; the child sees the reply', async () => {
    const child = await signedIn('yp.a1');
    const worker = await signedIn('sw.a1');
    const older = await child.ok<{ saveViewDraft: { id: string; version: number } }>(SAVE, {
      input: { clientKey: randomUUID(), topic: 'SCHOOL', words: 'School is fine.', readers: ['WORKER'] },
    });
    const o = await child.ok<{ sendView: { version: number } }>(SEND, { id: older.saveViewDraft.id, v: older.saveViewDraft.version });
    const draft = await child.ok<{ saveViewDraft: { id: string; version: number; status: string } }>(SAVE, {
      input: { clientKey: randomUUID(), topic: 'FAMILY_TIME', words: 'I want to see my brother more.', mood: 'SAD', readers: [] },
    });
    expect(draft.saveViewDraft.status).toBe('DRAFT');
    // Drafts are the child's own: professionals never see them.
    const before = await worker.ok<{ child: { views: { id: string }[] } }>(`query($id: ID!) { child(id: $id) { views { id } } }`, { id: world.children.a1.id });
    expect(before.child.views.map((v) => v.id)).not.toContain(draft.saveViewDraft.id);
    // Sending needs at least one reader.
    const noReader = await child.gql(SEND, { id: draft.saveViewDraft.id, v: draft.saveViewDraft.version });
    expect(errorCode(noReader)).toBe('BAD_USER_INPUT');
    expect(noReader.errors?.[0].extensions?.field).toBe('readers');
    const edited = await child.ok<{ saveViewDraft: { version: number } }>(SAVE, {
      input: { id: draft.saveViewDraft.id, expectedVersion: draft.saveViewDraft.version, topic: 'FAMILY_TIME', words: 'I want to see my brother more.', readers: ['WORKER'] },
    });
    // A stale save is a CONFLICT that says when; a young person is never given anyone's name in it.
    const staleDraft = await child.gql(SAVE, {
      input: { id: draft.saveViewDraft.id, expectedVersion: draft.saveViewDraft.version, topic: 'FAMILY_TIME', words: 'Stale', readers: ['WORKER'] },
    });
    expect(staleDraft.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: edited.saveViewDraft.version, changedBy: null });
    expect(staleDraft.errors?.[0].extensions).not.toHaveProperty('changedById');
    await child.ok(SEND, { id: draft.saveViewDraft.id, v: edited.saveViewDraft.version });

    // The worker has read the older one; the new one comes first as unread.
    await worker.ok(`mutation($id: ID!) { markViewRead(viewId: $id) { id } }`, { id: older.saveViewDraft.id });
    const inbox = await worker.ok<{ viewsInbox: { edges: { node: { id: string; readByMe: boolean; version: number } }[] } }>(
      `query { viewsInbox(first: 10) { edges { node { id readByMe version } } } }`,
    );
    const nodes = inbox.viewsInbox.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({ id: draft.saveViewDraft.id, readByMe: false });
    expect(nodes.find((n) => n.id === older.saveViewDraft.id)?.readByMe).toBe(true);
    const unread = await worker.ok<{ viewsInbox: { edges: { node: { id: string } }[] } }>(`query { viewsInbox(unreadOnly: true) { edges { node { id } } } }`);
    expect(unread.viewsInbox.edges.map((e) => e.node.id)).toEqual([draft.saveViewDraft.id]);

    // The IRO was not chosen: they do not see it.
    const iro = await signedIn('iro.a');
    const iroInbox = await iro.ok<{ viewsInbox: { totalCount: number } }>(`query { viewsInbox { totalCount } }`);
    expect(iroInbox.viewsInbox.totalCount).toBe(0);

    const stale = await worker.gql(`mutation($input: ReplyToViewInput!) { replyToView(input: $input) { id } }`, {
      input: { viewId: older.saveViewDraft.id, reply: 'x', expectedVersion: o.sendView.version - 1 },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    await worker.ok(`mutation($input: ReplyToViewInput!) { replyToView(input: $input) { id reply } }`, {
      input: { viewId: nodes[0].id, reply: 'We have asked for more family time with Adam.', expectedVersion: nodes[0].version },
    });
    const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`, [nodes[0].id]);
    expect(audit.changes.reply).toEqual({ before: null, after: 'We have asked for more family time with Adam.' });

    const mine = await child.ok<{ myViews: { id: string; reply: { words: string; fromFirstName: string; fromRole: string; fromRoleName: string } | null }[] }>(
      `query { myViews { id reply { words fromFirstName fromRole fromRoleName } } }`,
    );
    // fromRoleName is what the young-person portal says in the child's language; fromRole is the older English.
    expect(mine.myViews.find((v) => v.id === draft.saveViewDraft.id)?.reply).toEqual({
      words: 'We have asked for more family time with Adam.', fromFirstName: 'Sw', fromRole: 'your worker', fromRoleName: 'YOUR_WORKER',
    });
  });

  it('"you said, we did": a reply names the plan outcome and meeting it changed; the child reads them; another child\'s are refused', async () => {
    const child = await signedIn('yp.a1');
    const worker = await signedIn('sw.a1');
    const otherWorker = await signedIn('sw.a2');
    const REPLY = `mutation($input: ReplyToViewInput!) { replyToView(input: $input) { id version reply replyOutcomeId replyMeetingId } }`;
    const outcomeFor = async (as: ApiClient, childId: string, words: string) => {
      const plan = (await as.ok<{ createPlan: { id: string; version: number } }>(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`, { input: { childId } })).createPlan;
      const added = await as.ok<{ addPlanOutcome: { outcomes: { id: string; outcome: string }[] } }>(
        `mutation($input: AddPlanOutcomeInput!) { addPlanOutcome(input: $input) { outcomes { id outcome } } }`,
        { input: { planId: plan.id, expectedVersion: plan.version, outcome: words, measure: 'They say it happens.', actions: [{ action: 'Book it', byWhom: 'Social worker', dueDate: '2027-01-15' }] } },
      );
      return added.addPlanOutcome.outcomes.find((o) => o.outcome === words)!.id;
    };
    const meetingFor = async (as: ApiClient, childId: string, type: string, scheduledFor: string) =>
      (await as.ok<{ scheduleMeeting: { id: string } }>(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
        input: { childId, type, dueDate: scheduledFor, scheduledFor },
      })).scheduleMeeting.id;
    const outcomeId = await outcomeFor(worker, world.children.a1.id, 'Amira sees her brother Adam every week.');
    const reviewId = await meetingFor(worker, world.children.a1.id, 'FIRST_REVIEW', '2026-12-08');
    const theirOutcome = await outcomeFor(otherWorker, world.children.a2.id, 'Someone else’s goal.');
    const theirMeeting = await meetingFor(otherWorker, world.children.a2.id, 'PERMANENCE_PLANNING_MEETING', '2026-12-10');

    const d = await child.ok<{ saveViewDraft: { id: string; version: number } }>(SAVE, {
      input: { clientKey: randomUUID(), topic: 'BROTHERS_AND_SISTERS', words: 'I want to see Adam every week.', readers: ['WORKER'] },
    });
    const sent = await child.ok<{ sendView: { id: string; version: number } }>(SEND, { id: d.saveViewDraft.id, v: d.saveViewDraft.version });
    const viewId = sent.sendView.id;
    const base = { viewId, reply: 'We changed your plan.', expectedVersion: sent.sendView.version };
    const unchanged = async () => (await db.dataSource.query(`SELECT reply, reply_outcome_id, reply_meeting_id, version FROM views WHERE id = $1`, [viewId]))[0];
    const before = await unchanged();

    // Another child's outcome or meeting is not found (whether or not the worker reaches that child); a made-up id is bad input.
    expect(errorCode(await worker.gql(REPLY, { input: { ...base, outcomeId: theirOutcome } }))).toBe('NOT_FOUND');
    expect(errorCode(await worker.gql(REPLY, { input: { ...base, meetingId: theirMeeting } }))).toBe('NOT_FOUND');
    expect(errorCode(await worker.gql(REPLY, { input: { ...base, outcomeId, meetingId: theirMeeting } }))).toBe('NOT_FOUND');
    expect(errorCode(await worker.gql(REPLY, { input: { ...base, outcomeId: randomUUID() } }))).toBe('NOT_FOUND');
    const bad = await worker.gql(REPLY, { input: { ...base, meetingId: 'not-an-id' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.field).toBe('meetingId');
    // The other child's worker cannot reply to this child's view at all.
    expect(errorCode(await otherWorker.gql(REPLY, { input: { ...base, outcomeId: theirOutcome } }))).toBe('NOT_FOUND');
    expect(await unchanged()).toEqual(before);

    const replied = await worker.ok<{ replyToView: { replyOutcomeId: string; replyMeetingId: string } }>(REPLY, { input: { ...base, outcomeId, meetingId: reviewId } });
    expect(replied.replyToView).toMatchObject({ replyOutcomeId: outcomeId, replyMeetingId: reviewId });
    const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`, [viewId]);
    expect(audit.changes.replyOutcomeId).toEqual({ before: null, after: outcomeId });
    expect(audit.changes.replyMeetingId).toEqual({ before: null, after: reviewId });

    const mine = await child.ok<{ myViews: { id: string; reply: { words: string; planGoal: string | null; meetingOn: string | null; meetingIsReview: boolean | null } | null }[] }>(
      `query { myViews { id reply { words planGoal meetingOn meetingIsReview } } }`,
    );
    expect(mine.myViews.find((v) => v.id === viewId)?.reply).toEqual({
      words: 'We changed your plan.', planGoal: 'Amira sees her brother Adam every week.', meetingOn: '2026-12-08', meetingIsReview: true,
    });
    // A reply with no link reads as before: nothing changed is named.
    expect(mine.myViews.filter((v) => v.id !== viewId && v.reply).every((v) => v.reply!.planGoal === null && v.reply!.meetingOn === null)).toBe(true);
  });

  it('a sent view cannot change; the child adds to it instead', async () => {
    const child = await signedIn('yp.a1');
    const d = await child.ok<{ saveViewDraft: { id: string; version: number } }>(SAVE, {
      input: { clientKey: randomUUID(), topic: 'WORRIES', words: 'I worry about moving.', readers: ['IRO'] },
    });
    const sent = await child.ok<{ sendView: { version: number } }>(SEND, { id: d.saveViewDraft.id, v: d.saveViewDraft.version });
    const change = await child.gql(SAVE, {
      input: { id: d.saveViewDraft.id, expectedVersion: sent.sendView.version, topic: 'WORRIES', words: 'Changed', readers: ['IRO'] },
    });
    expect(errorCode(change)).toBe('CONFLICT');
    expect(errorCode(await child.gql(`mutation($id: ID!) { deleteViewDraft(viewId: $id) }`, { id: d.saveViewDraft.id }))).toBe('CONFLICT');
    const [row] = await db.dataSource.query(`SELECT words FROM views WHERE id = $1`, [d.saveViewDraft.id]);
    expect(row.words).toBe('I worry about moving.');
    const added = await child.ok<{ addToView: { followsViewId: string; status: string } }>(
      `mutation($input: AddToViewInput!) { addToView(input: $input) { followsViewId status } }`,
      { input: { viewId: d.saveViewDraft.id, words: 'And about school.' } },
    );
    expect(added.addToView).toEqual({ followsViewId: d.saveViewDraft.id, status: 'SENT' });
  });

  it('a retried save with the same clientKey is applied once', async () => {
    const child = await signedIn('yp.a1');
    const input = { clientKey: randomUUID(), topic: 'HEALTH', words: 'My tooth hurts.', readers: ['WORKER'] };
    const [a, b] = await Promise.all([child.ok<{ saveViewDraft: { id: string } }>(SAVE, { input }), child.ok<{ saveViewDraft: { id: string } }>(SAVE, { input })]);
    const c = await child.ok<{ saveViewDraft: { id: string } }>(SAVE, { input });
    expect(new Set([a.saveViewDraft.id, b.saveViewDraft.id, c.saveViewDraft.id]).size).toBe(1);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM views WHERE client_key = $1`, [input.clientKey]);
    expect(n).toBe(1);
  });

  it("a young person gets NOT_FOUND for another child's ids, and can never name a child", async () => {
    const worker = await signedIn('sw.a1b');
    const sib = await signedIn('yp.a1sib');
    const child = await signedIn('yp.a1');
    const sibDraft = await sib.ok<{ saveViewDraft: { id: string; version: number } }>(SAVE, {
      input: { clientKey: randomUUID(), topic: 'SCHOOL', words: 'Mine.', readers: ['WORKER'] },
    });
    expect(errorCode(await child.gql(SEND, { id: sibDraft.saveViewDraft.id, v: sibDraft.saveViewDraft.version }))).toBe('NOT_FOUND');
    expect(errorCode(await child.gql(`mutation($id: ID!) { deleteViewDraft(viewId: $id) }`, { id: sibDraft.saveViewDraft.id }))).toBe('NOT_FOUND');
    const sibItem = await worker.ok<{ addLifeStoryItem: { id: string } }>(ADD_ITEM, {
      input: { childId: world.children.a1sib.id, kind: 'MEMORY', title: 'Beach day', audience: 'CHILD_NOW' },
    });
    expect(errorCode(await child.gql(`mutation($input: AddToViewInput!) { addToView(input: $input) { id } }`, { input: { viewId: sibItem.addLifeStoryItem.id, words: 'x' } }))).toBe('NOT_FOUND');
    const story = await child.ok<{ myLifeStory: { items: { id: string }[] } }>(MY_STORY);
    expect(story.myLifeStory.items.map((i) => i.id)).not.toContain(sibItem.addLifeStoryItem.id);
    // Professional operations are refused outright.
    expect(errorCode(await child.gql(`query($id: ID!) { child(id: $id) { id } }`, { id: world.children.a1.id }))).toBe('FORBIDDEN');
  });

  it('an item released from a date is invisible the day before and visible on the day; professional-only items are not even counted', async () => {
    const worker = await signedIn('sw.a1b');
    let child = await signedIn('yp.a1sib');
    const start = await child.ok<{ myLifeStory: { count: number } }>(MY_STORY);
    await worker.ok(ADD_ITEM, { input: { childId: world.children.a1sib.id, kind: 'LETTER', title: 'Letter from mum', audience: 'PROFESSIONALS_ONLY' } });
    const dated = await worker.ok<{ addLifeStoryItem: { id: string; visibleToChildToday: boolean } }>(ADD_ITEM, {
      input: { childId: world.children.a1sib.id, kind: 'DOCUMENT', title: 'Why I came into care', audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01' },
    });
    expect(dated.addLifeStoryItem.visibleToChildToday).toBe(false);
    const [release] = await db.dataSource.query(`SELECT actor_user_id, changes FROM audit_events WHERE record_id = $1 AND action = 'RELEASE_SET'`, [dated.addLifeStoryItem.id]);
    expect(release.actor_user_id).toBe(world.users.swA1b.id);
    expect(release.changes.releaseOn.after).toBe('2026-12-01');
    const missingDate = await worker.gql(ADD_ITEM, { input: { childId: world.children.a1sib.id, kind: 'DOCUMENT', title: 'x', audience: 'CHILD_FROM_DATE' } });
    expect(missingDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'releaseOn' });

    // 23:30 in London on 30 November: still the day before.
    api.clock.set(new Date('2026-11-30T23:30:00Z'));
    // Moving the clock a week on ends idle sessions: sign in again.
    child = await signedIn('yp.a1sib');
    const dayBefore = await child.ok<{ myLifeStory: { count: number; items: { id: string }[] } }>(MY_STORY);
    expect(dayBefore.myLifeStory.count).toBe(start.myLifeStory.count);
    expect(dayBefore.myLifeStory.items.map((i) => i.id)).not.toContain(dated.addLifeStoryItem.id);
    api.clock.set(new Date('2026-12-01T00:00:01Z'));
    child = await signedIn('yp.a1sib');
    const onTheDay = await child.ok<{ myLifeStory: { count: number; items: { id: string }[] } }>(MY_STORY);
    expect(onTheDay.myLifeStory.count).toBe(start.myLifeStory.count + 1);
    expect(onTheDay.myLifeStory.items.map((i) => i.id)).toContain(dated.addLifeStoryItem.id);
    const worker2 = await signedIn('sw.a1b');
    const preview = await worker2.ok<{ child: { lifeStoryAsChildSees: { id: string }[]; lifeStory: { id: string }[] } }>(
      `query($id: ID!) { child(id: $id) { lifeStoryAsChildSees { id } lifeStory { id } } }`,
      { id: world.children.a1sib.id },
    );
    expect(preview.child.lifeStoryAsChildSees.map((i) => i.id)).toEqual(onTheDay.myLifeStory.items.map((i) => i.id));
    expect(preview.child.lifeStory.length).toBe(preview.child.lifeStoryAsChildSees.length + 1);
    api.clock.set(new Date('2026-11-24T10:00:00Z'));
  });

  it('withdrawing keeps the item (flagged) and hides it from the child; a team manager restores it', async () => {
    const worker = await signedIn('sw.a1');
    const manager = await signedIn('tm.a1');
    const child = await signedIn('yp.a1');
    const item = await worker.ok<{ addLifeStoryItem: { id: string; version: number } }>(ADD_ITEM, {
      input: { childId: world.children.a1.id, kind: 'PLACE', title: 'My first school', audience: 'CHILD_NOW' },
    });
    const w = await worker.ok<{ withdrawLifeStoryItem: { version: number; withdrawn: boolean } }>(
      `mutation($input: LifeStoryItemVersionInput!) { withdrawLifeStoryItem(input: $input) { version withdrawn } }`,
      { input: { id: item.addLifeStoryItem.id, expectedVersion: item.addLifeStoryItem.version } },
    );
    expect(w.withdrawLifeStoryItem.withdrawn).toBe(true);
    expect((await child.ok<{ myLifeStory: { items: { id: string }[] } }>(MY_STORY)).myLifeStory.items.map((i) => i.id)).not.toContain(item.addLifeStoryItem.id);
    const restoreDoc = `mutation($input: LifeStoryItemVersionInput!) { restoreLifeStoryItem(input: $input) { withdrawn } }`;
    expect(errorCode(await worker.gql(restoreDoc, { input: { id: item.addLifeStoryItem.id, expectedVersion: w.withdrawLifeStoryItem.version } }))).toBe('FORBIDDEN');
    await manager.ok(restoreDoc, { input: { id: item.addLifeStoryItem.id, expectedVersion: w.withdrawLifeStoryItem.version } });
    expect((await child.ok<{ myLifeStory: { items: { id: string }[] } }>(MY_STORY)).myLifeStory.items.map((i) => i.id)).toContain(item.addLifeStoryItem.id);
  });

  it('an unsafe report gives help numbers and reaches the worker and the IRO', async () => {
    const child = await signedIn('yp.a1');
    const res = await child.ok<{ reportFeelingUnsafe: { helpText: string } }>(`mutation { reportFeelingUnsafe(input: { words: "Someone scared me." }) { helpText } }`);
    expect(res.reportFeelingUnsafe.helpText).toContain('999');
    expect(res.reportFeelingUnsafe.helpText).toContain('0800 1111');
    for (const username of ['sw.a1', 'iro.a']) {
      const pro = await signedIn(username);
      const data = await pro.ok<{ child: { messages: { kind: string; words: string }[] } }>(`query($id: ID!) { child(id: $id) { messages { kind words } } }`, { id: world.children.a1.id });
      expect(data.child.messages).toContainEqual({ kind: 'UNSAFE', words: 'Someone scared me.' });
    }
  });

  it("an advocate sees first name, age and shared views, writes a view with the child, and raises a concern that reaches the IRO", async () => {
    const adv = await signedIn('adv.a');
    const written = await adv.ok<{ writeViewWithChild: { id: string } }>(
      `mutation($input: WriteViewWithChildInput!) { writeViewWithChild(input: $input) { id } }`,
      { input: { childId: world.children.a1.id, topic: 'MY_MEETING', words: 'I want to chair part of my meeting.', readers: ['IRO'] } },
    );
    const seen = await adv.ok<{ advocateChild: { firstName: string; age: number; sharedViews: { id: string; writtenWithMe: boolean }[] } }>(
      `query($id: ID!) { advocateChild(id: $id) { firstName age sharedViews { id writtenWithMe } } }`,
      { id: world.children.a1.id },
    );
    expect(seen.advocateChild.firstName).toBe('Amira');
    expect(seen.advocateChild.sharedViews).toContainEqual({ id: written.writeViewWithChild.id, writtenWithMe: true });
    await adv.ok(`mutation($input: RaiseConcernInput!) { raiseConcernToIro(input: $input) { id } }`, { input: { childId: world.children.a1.id, words: 'Her views are not being heard.' } });
    const iro = await signedIn('iro.a');
    const data = await iro.ok<{ child: { messages: { kind: string; raisedBy: { displayName: string } | null }[]; views: { id: string; writtenWithAdvocate: boolean }[] } }>(
      `query($id: ID!) { child(id: $id) { messages { kind raisedBy { displayName } } views { id writtenWithAdvocate } } }`,
      { id: world.children.a1.id },
    );
    expect(data.child.messages).toContainEqual({ kind: 'CONCERN', raisedBy: { displayName: 'Adv Tester' } });
    expect(data.child.views).toContainEqual({ id: written.writeViewWithChild.id, writtenWithAdvocate: true });
  });

  it("whoLookedAtMyFile shows a worker's read in the child's words", async () => {
    const worker = await signedIn('sw.a1');
    await worker.ok(`query($id: ID!) { child(id: $id) { id lifeStory { id } } }`, { id: world.children.a1.id });
    const child = await signedIn('yp.a1');
    const res = await child.ok<{ whoLookedAtMyFile: { who: string; role: string; roleName: string; what: string[]; parts: string[]; when: string; sentence: string }[] }>(
      `query { whoLookedAtMyFile { who role roleName what parts when sentence } }`,
    );
    const look = res.whoLookedAtMyFile.find((l) => l.who === 'Sw' && l.when === '2026-11-24');
    expect(look).toBeDefined();
    expect(look!.role).toBe('your worker');
    expect(look!.what).toContain('your life story');
    expect(look!.sentence).toMatch(/^Sw, your worker, looked at .*your life story.* on 24 November$/);
    // The codes the young-person portal words in the child's language: one per part, no English.
    expect(look!.roleName).toBe('YOUR_WORKER');
    expect(look!.parts).toContain('LIFE_STORY');
    expect(new Set(look!.parts).size).toBe(look!.parts.length);
    expect(look!.parts.length).toBe(look!.what.length);
  });

  it('requestAdvocate is for ages 7 to 18 only', async () => {
    await db.dataSource.query(`UPDATE children SET date_of_birth = '2021-01-01' WHERE id = $1`, [world.children.a1sib.id]);
    const child = await signedIn('yp.a1sib');
    const res = await child.gql(`mutation { requestAdvocate { message } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    await db.dataSource.query(`UPDATE children SET date_of_birth = '2016-07-19' WHERE id = $1`, [world.children.a1sib.id]);
    const asked = await child.ok<{ requestAdvocate: { outcome: string } }>(`mutation { requestAdvocate(reason: "help") { outcome } }`);
    expect(asked.requestAdvocate.outcome).toBe('ASKED');
    const [row] = await db.dataSource.query(`SELECT status, requested_by_child FROM advocacy_referrals WHERE child_id = $1`, [world.children.a1sib.id]);
    expect(row).toEqual({ status: 'REQUESTED', requested_by_child: true });
    // Asking again says so (as a code the portal words), and opens no second referral.
    const again = await child.ok<{ requestAdvocate: { outcome: string; message: string } }>(`mutation { requestAdvocate { outcome message } }`);
    expect(again.requestAdvocate).toEqual({ outcome: 'ALREADY_ASKED', message: 'You have already asked for an advocate. Someone will be in touch soon.' });
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM advocacy_referrals WHERE child_id = $1`, [world.children.a1sib.id]);
    expect(count).toBe(1);
  });

  it("no professional-only field is reachable from a young person's operations", async () => {
    const schema: GraphQLSchema = await getSchema();
    const youngPersonFields = rootFieldAccess(schema).filter((f) => f.rule?.kind === 'roles' && f.rule.roles.length === 1 && f.rule.roles[0] === 'YOUNG_PERSON');
    expect(youngPersonFields.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const fieldNames = new Set<string>();
    const walk = (type: GraphQLNamedType) => {
      if (seen.has(type.name) || !isObjectType(type)) return;
      seen.add(type.name);
      for (const f of Object.values(type.getFields())) {
        fieldNames.add(f.name);
        walk(getNamedType(f.type));
      }
    };
    for (const { field } of youngPersonFields) {
      const [root, name] = field.split('.');
      const parent = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      walk(getNamedType(parent.getFields()[name].type));
    }
    for (const forbidden of ['legalLastName', 'legalFirstName', 'dateOfBirth', 'ethnicity', 'religion', 'upn', 'localId', 'healthNeeds', 'disability', 'postcode', 'carerName', 'address', 'weeklyCost', 'childWishes', 'bottomLines', 'arrangements']) {
      expect({ forbidden, present: fieldNames.has(forbidden) }).toEqual({ forbidden, present: false });
    }
    for (const professionalType of ['Child', 'View', 'LifeStoryItem', 'ChildMessage', 'PersonRef']) {
      expect({ professionalType, reachable: seen.has(professionalType) }).toEqual({ professionalType, reachable: false });
    }
  });
});

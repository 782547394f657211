import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { MatrixCase, TargetKey } from '../../support/matrix';
import type { World } from '../../support/world';
import { ViewEntity } from '../../../packages/server/src/modules/views/view.entity';
import { LifeStoryItemEntity } from '../../../packages/server/src/modules/life-story/life-story-item.entity';
import { ChildMessageEntity } from '../../../packages/server/src/modules/child-messages/child-message.entity';

/**
 * Records the voice operations act on, one set per target child, made once.
 * Denied writes are checked by fingerprinting the database before `variables`
 * runs, so `variables` only looks records up: they are all made by the first
 * case below, which is a read.
 */
const made = new WeakMap<DataSource, Promise<void>>();
const TARGETS: TargetKey[] = ['a1', 'a1sib', 'a2', 'b1'];

function ensureFixtures(ds: DataSource, world: World): Promise<void> {
  let p = made.get(ds);
  if (!p) {
    p = (async () => {
      for (const t of TARGETS) {
        const childId = world.children[t].id;
        const sent = (clientKey: string, readers: ViewEntity['readers']) =>
          ds.getRepository(ViewEntity).save({ childId, clientKey, topic: 'SCHOOL' as const, words: `Matrix ${clientKey}`, readers, status: 'SENT' as const, sentAt: new Date('2026-11-01T10:00:00Z') });
        const draft = (clientKey: string) =>
          ds.getRepository(ViewEntity).save({ childId, clientKey, topic: 'WORRIES' as const, words: `Draft ${clientKey}`, readers: ['WORKER' as const], status: 'DRAFT' as const });
        await sent('matrix-sent', ['WORKER', 'IRO']);
        await sent('matrix-worker', ['WORKER']);
        await sent('matrix-iro', ['IRO']);
        await draft('matrix-send');
        await draft('matrix-edit');
        await draft('matrix-delete');
        const item = (clientKey: string, withdrawn: boolean) =>
          ds.getRepository(LifeStoryItemEntity).save({
            childId, clientKey, kind: 'MEMORY' as const, title: `Matrix ${clientKey}`, occurredOn: '2020-01-01', words: 'A memory',
            addedById: world.users.swA1.id, addedByChild: false, audience: 'PROFESSIONALS_ONLY' as const,
            withdrawnAt: withdrawn ? new Date('2026-01-01T00:00:00Z') : null,
          });
        await item('matrix-ls', false);
        await item('matrix-withdraw', false);
        await item('matrix-restore', true);
        await ds.getRepository(ChildMessageEntity).save({ childId, kind: 'UNSAFE' as const, sendTo: null, words: 'Matrix unsafe' });
        // One to close or answer per person allowed to (at most two per child, and one spare).
        for (let i = 0; i < 3; i++) {
          await ds.getRepository(ChildMessageEntity).save({ childId, kind: 'UNSAFE' as const, sendTo: null, words: 'Matrix close' });
          await ds.getRepository(ChildMessageEntity).save({ childId, kind: 'NOT_HAPPY' as const, sendTo: 'WORKER' as const, words: 'Matrix reply' });
        }
      }
    })();
    made.set(ds, p);
  }
  return p;
}

async function viewOf(ds: DataSource, world: World, target: TargetKey, clientKey: string): Promise<{ id: string; version: number }> {
  await ensureFixtures(ds, world);
  const [row] = await ds.query(`SELECT id, version FROM views WHERE child_id = $1 AND client_key = $2`, [world.children[target].id, clientKey]);
  return row;
}

/** The first fixture message still open, with its current version. */
async function openMessage(ds: DataSource, world: World, target: TargetKey, where: string): Promise<{ id: string; expectedVersion: number }> {
  await ensureFixtures(ds, world);
  const [row] = await ds.query(`SELECT id, version FROM child_messages WHERE child_id = $1 AND ${where} ORDER BY created_at, id LIMIT 1`, [world.children[target].id]);
  return { id: row.id, expectedVersion: row.version };
}

async function itemOf(ds: DataSource, world: World, target: TargetKey, clientKey: string): Promise<{ id: string; version: number }> {
  await ensureFixtures(ds, world);
  const [row] = await ds.query(`SELECT id, version FROM life_story_items WHERE child_id = $1 AND client_key = $2`, [world.children[target].id, clientKey]);
  return row;
}

const PROFESSIONAL_READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;
const CASE_EDITORS = ['SOCIAL_WORKER', 'TEAM_MANAGER'] as const;
const YP = ['YOUNG_PERSON'] as const;
const ADV = ['ADVOCATE'] as const;
const untargetedYoungPerson = (operation: string, document: string, variables: MatrixCase['variables'] = () => ({}), write = false): MatrixCase => ({
  operation, document, roles: YP, reach: 'none', untargeted: true, write, variables,
});

export const voiceCases: MatrixCase[] = [
  // First, a read: it makes the fixtures every later case looks up.
  {
    operation: 'Query.child (views, life story, messages)',
    document: `query($id: ID!) { child(id: $id) { id views { id words } lifeStory { id title withdrawn } lifeStoryAsChildSees { id } messages { id kind } } }`,
    roles: PROFESSIONAL_READERS,
    reach: 'fullRead',
    variables: async ({ world, target, ds }) => {
      await ensureFixtures(ds, world);
      return { id: world.children[target].id };
    },
  },
  {
    operation: 'Query.viewsInbox',
    document: `query { viewsInbox(first: 100) { edges { node { id childId } } } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'fullRead',
    listedChildIds: (data) => (data as { viewsInbox: { edges: { node: { childId: string } }[] } }).viewsInbox.edges.map((e) => e.node.childId),
    variables: async ({ world, ds }) => {
      await ensureFixtures(ds, world);
      return {};
    },
  },
  {
    operation: 'Mutation.markViewRead',
    document: `mutation($id: ID!) { markViewRead(viewId: $id) { id readByMe } }`,
    roles: PROFESSIONAL_READERS,
    reach: 'fullRead',
    write: true,
    variables: async ({ world, target, ds }) => ({ id: (await viewOf(ds, world, target, 'matrix-sent')).id }),
  },
  {
    operation: 'Mutation.replyToView',
    document: `mutation($input: ReplyToViewInput!) { replyToView(input: $input) { id reply } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const v = await viewOf(ds, world, target, 'matrix-worker');
      return { input: { viewId: v.id, reply: 'We heard you.', expectedVersion: v.version } };
    },
  },
  {
    operation: 'Mutation.replyToView (addressed to the IRO)',
    document: `mutation($input: ReplyToViewInput!) { replyToView(input: $input) { id reply } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'review',
    write: true,
    variables: async ({ world, target, ds }) => {
      const v = await viewOf(ds, world, target, 'matrix-iro');
      return { input: { viewId: v.id, reply: 'I will raise it at your meeting.', expectedVersion: v.version } };
    },
  },
  // The young person: their own child from the session; another child's ids are NOT_FOUND.
  // A young person's unsent words: their own account only; no professional reaches them (policies/young-person-draft.policy.ts).
  untargetedYoungPerson('Query.myDraft', `query { myDraft(input: { name: "matrix" }) { id content } }`),
  untargetedYoungPerson(
    'Mutation.saveMyDraft',
    `mutation($input: SaveMyDraftInput!) { saveMyDraft(input: $input) { id version } }`,
    () => ({ input: { name: `matrix-${randomUUID()}`, content: '{"words":"I am writing"}' } }),
    true,
  ),
  untargetedYoungPerson('Mutation.deleteMyDraft', `mutation($input: MyDraftNameInput!) { deleteMyDraft(input: $input) }`, () => ({ input: { name: 'matrix-none' } }), true),
  untargetedYoungPerson('Query.myViews', `query { myViews { id status reply { words } } }`),
  untargetedYoungPerson('Query.myProfile', `query { myProfile { firstName age myWorker { firstName role } } }`),
  untargetedYoungPerson('Query.myPlan', `query { myPlan { mainPlan } }`),
  untargetedYoungPerson('Query.myNextMeeting', `query { myNextMeeting { date what } }`),
  untargetedYoungPerson('Query.myLifeStory', `query { myLifeStory { count items { id } } }`),
  untargetedYoungPerson('Query.myBrothersAndSisters', `query { myBrothersAndSisters { firstName livingTogether } }`),
  untargetedYoungPerson('Query.whoLookedAtMyFile', `query { whoLookedAtMyFile { who sentence } }`),
  untargetedYoungPerson(
    'Mutation.saveViewDraft',
    `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id } }`,
    () => ({ input: { clientKey: randomUUID(), topic: 'SCHOOL', words: 'I like art.', readers: ['WORKER'] } }),
    true,
  ),
  {
    operation: 'Mutation.saveViewDraft (change a draft by id)',
    document: `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version } }`,
    roles: YP,
    reach: 'own',
    write: true,
    variables: async ({ world, target, ds }) => {
      const v = await viewOf(ds, world, target, 'matrix-edit');
      return { input: { id: v.id, expectedVersion: v.version, topic: 'WORRIES', words: 'Changed words', readers: ['WORKER'] } };
    },
  },
  {
    operation: 'Mutation.sendView',
    document: `mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id status } }`,
    roles: YP,
    reach: 'own',
    write: true,
    variables: async ({ world, target, ds }) => {
      const v = await viewOf(ds, world, target, 'matrix-send');
      return { id: v.id, v: v.version };
    },
  },
  {
    operation: 'Mutation.addToView',
    document: `mutation($input: AddToViewInput!) { addToView(input: $input) { id followsViewId } }`,
    roles: YP,
    reach: 'own',
    write: true,
    variables: async ({ world, target, ds }) => ({ input: { viewId: (await viewOf(ds, world, target, 'matrix-sent')).id, words: 'And another thing.' } }),
  },
  {
    operation: 'Mutation.deleteViewDraft',
    document: `mutation($id: ID!) { deleteViewDraft(viewId: $id) }`,
    roles: YP,
    reach: 'own',
    write: true,
    variables: async ({ world, target, ds }) => ({ id: (await viewOf(ds, world, target, 'matrix-delete')).id }),
  },
  untargetedYoungPerson(
    'Mutation.addMyLifeStoryItem',
    `mutation($input: AddMyLifeStoryItemInput!) { addMyLifeStoryItem(input: $input) { id } }`,
    () => ({ input: { clientKey: randomUUID(), kind: 'MEMORY', title: 'My first bike', words: 'It was red.' } }),
    true,
  ),
  // The language of the child's own pages (kept on their record, not the device).
  untargetedYoungPerson('Query.myLanguage', `query { myLanguage { language chosen languages { code } } }`),
  untargetedYoungPerson('Mutation.setMyLanguage', `mutation($language: String!) { setMyLanguage(language: $language) { language } }`, () => ({ language: 'en' }), true),
  untargetedYoungPerson('Mutation.requestAdvocate', `mutation($reason: String) { requestAdvocate(reason: $reason) { message } }`, () => ({ reason: 'I want help at my meeting' }), true),
  untargetedYoungPerson(
    'Mutation.sendNotHappyMessage',
    `mutation($input: NotHappyMessageInput!) { sendNotHappyMessage(input: $input) { whatHappensNext } }`,
    () => ({ input: { sendTo: 'WORKER', words: 'I am not happy about family time.' } }),
    true,
  ),
  untargetedYoungPerson('Mutation.reportFeelingUnsafe', `mutation($input: FeelingUnsafeInput) { reportFeelingUnsafe(input: $input) { helpText } }`, () => ({ input: { words: 'Matrix: I feel unsafe' } }), true),
  {
    operation: 'Mutation.acknowledgeChildMessage',
    document: `mutation($input: AcknowledgeChildMessageInput!) { acknowledgeChildMessage(input: $input) { id acknowledgedAt } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'caseEdit',
    // The reviewing IRO reads an unsafe alert but the case acts on it.
    forbiddenWhenVisible: 'review',
    write: true,
    variables: async ({ world, target, ds }) => ({ input: await openMessage(ds, world, target, `words = 'Matrix unsafe'`) }),
  },
  {
    operation: 'Mutation.closeChildMessage',
    document: `mutation($input: CloseChildMessageInput!) { closeChildMessage(input: $input) { id closedAt } }`,
    roles: CASE_EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => ({ input: { ...(await openMessage(ds, world, target, `words = 'Matrix close' AND closed_at IS NULL`)), whatWasDone: 'Visited and agreed a safety plan.' } }),
  },
  {
    operation: 'Mutation.replyToChildMessage',
    document: `mutation($input: ReplyToChildMessageInput!) { replyToChildMessage(input: $input) { id reply } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => ({ input: { ...(await openMessage(ds, world, target, `words = 'Matrix reply' AND replied_at IS NULL`)), reply: 'Thank you for telling me.' } }),
  },
  {
    operation: 'Query.childMessagesNeedingAttention',
    document: `query { childMessagesNeedingAttention { id child { id } } }`,
    roles: PROFESSIONAL_READERS,
    reach: 'fullRead',
    listedChildIds: (data) => (data as { childMessagesNeedingAttention: { child: { id: string } }[] }).childMessagesNeedingAttention.map((m) => m.child.id),
    variables: async ({ world, ds }) => {
      await ensureFixtures(ds, world);
      return {};
    },
  },
  untargetedYoungPerson('Query.myMessages', `query { myMessages { id seenAt seenByFirstName reply { words } } }`),
  // Life story, professionals.
  {
    operation: 'Mutation.addLifeStoryItem',
    document: `mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id } }`,
    roles: CASE_EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: ({ world, target }) => ({
      input: { childId: world.children[target].id, kind: 'MILESTONE', title: 'Started school', occurredOn: '2019-09-04', audience: 'CHILD_NOW', clientKey: randomUUID() },
    }),
  },
  {
    operation: 'Mutation.updateLifeStoryItem',
    document: `mutation($input: UpdateLifeStoryItemInput!) { updateLifeStoryItem(input: $input) { id version } }`,
    roles: CASE_EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const i = await itemOf(ds, world, target, 'matrix-ls');
      return { input: { id: i.id, expectedVersion: i.version, words: `Words v${i.version}` } };
    },
  },
  {
    operation: 'Mutation.setLifeStoryAudience',
    document: `mutation($input: SetLifeStoryAudienceInput!) { setLifeStoryAudience(input: $input) { id audience } }`,
    roles: CASE_EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const i = await itemOf(ds, world, target, 'matrix-ls');
      return { input: { id: i.id, expectedVersion: i.version, audience: 'CHILD_FROM_AGE', releaseAge: 16 } };
    },
  },
  {
    operation: 'Mutation.withdrawLifeStoryItem',
    document: `mutation($input: LifeStoryItemVersionInput!) { withdrawLifeStoryItem(input: $input) { id withdrawn } }`,
    roles: CASE_EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const i = await itemOf(ds, world, target, 'matrix-withdraw');
      return { input: { id: i.id, expectedVersion: i.version } };
    },
  },
  {
    operation: 'Mutation.restoreLifeStoryItem',
    document: `mutation($input: LifeStoryItemVersionInput!) { restoreLifeStoryItem(input: $input) { id withdrawn } }`,
    roles: ['TEAM_MANAGER'],
    reach: 'manage',
    write: true,
    variables: async ({ world, target, ds }) => {
      const i = await itemOf(ds, world, target, 'matrix-restore');
      return { input: { id: i.id, expectedVersion: i.version } };
    },
  },
  // The advocate: children with an ACTIVE referral to them only.
  {
    operation: 'Query.myAdvocacyChildren',
    document: `query { myAdvocacyChildren { id firstName age } }`,
    roles: ADV,
    reach: 'advocate',
    listedChildIds: (data) => (data as { myAdvocacyChildren: { id: string }[] }).myAdvocacyChildren.map((c) => c.id),
    variables: () => ({}),
  },
  {
    operation: 'Query.advocateChild',
    document: `query($id: ID!) { advocateChild(id: $id) { id firstName sharedViews { id writtenWithMe } } }`,
    roles: ADV,
    reach: 'advocate',
    variables: ({ world, target }) => ({ id: world.children[target].id }),
  },
  {
    operation: 'Mutation.writeViewWithChild',
    document: `mutation($input: WriteViewWithChildInput!) { writeViewWithChild(input: $input) { id writtenWithMe } }`,
    roles: ADV,
    reach: 'advocate',
    write: true,
    variables: ({ world, target }) => ({ input: { childId: world.children[target].id, topic: 'MY_MEETING', words: 'I want to be at my meeting.', readers: ['IRO'] } }),
  },
  {
    operation: 'Mutation.raiseConcernToIro',
    document: `mutation($input: RaiseConcernInput!) { raiseConcernToIro(input: $input) { id } }`,
    roles: ADV,
    reach: 'advocate',
    write: true,
    variables: ({ world, target }) => ({ input: { childId: world.children[target].id, words: 'Her views were not asked for.' } }),
  },
];

import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, signedInClients, startTestApi, type TestApi } from '../support/api';
import { buildWorld, type World } from '../support/world';
import { readPdf } from '../support/pdf-text';

const ADD_MEMBER = `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id sex deceased livesWithChild } }`;
const ADD_LINE = `mutation($input: AddNetworkRelationshipInput!) { addNetworkRelationship(input: $input) { id version kind fromMemberId toMemberId } }`;
const REMOVE_LINE = `mutation($input: RemoveNetworkRelationshipInput!) { removeNetworkRelationship(input: $input) { id } }`;
const TREE = `query($id: ID!) { child(id: $id) { familyNetwork { id name sex deceased livesWithChild } familyRelationships { id kind fromMemberId toMemberId } } }`;

/** Amira's family tree over three generations, recorded through the API by her worker. */
describe('the family tree (genogram) in the family network', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const ids: Record<string, string> = {};
  const signedIn = signedInClients();
  const as = (username: string) => signedIn(api, username);
  const count = async (table: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    const sw = await as('sw.a1');
    const people: [string, string, string, Record<string, unknown>][] = [
      ['gran', 'Fatima Ahmed', 'Maternal grandmother', { sex: 'FEMALE', livesWithChild: true }],
      ['grandad', 'Yusuf Ahmed', 'Maternal grandfather', { sex: 'MALE', deceased: true }],
      ['mum', 'Sara Ahmed', 'Mother', { sex: 'FEMALE' }],
      ['dad', 'Dan Smith', 'Father', { sex: 'MALE' }],
      ['leo', 'Leo Ahmed', 'Half-brother', { sex: 'MALE' }],
    ];
    for (const [key, name, relationship, extra] of people) {
      ids[key] = (await sw.ok<{ addNetworkMember: { id: string } }>(ADD_MEMBER, { input: { childId: world.children.a1.id, kind: 'RELATIVE', name, relationship, ...extra } })).addNetworkMember.id;
    }
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('records parents, couples and a half-brother, read back as lines of the tree, each audited', async () => {
    const sw = await as('sw.a1');
    const lines = [
      { fromMemberId: ids.gran, toMemberId: ids.grandad, kind: 'MARRIED' },
      { fromMemberId: ids.gran, toMemberId: ids.mum, kind: 'PARENT' },
      { fromMemberId: ids.grandad, toMemberId: ids.mum, kind: 'PARENT' },
      { fromMemberId: ids.mum, toMemberId: ids.dad, kind: 'DIVORCED' },
      { fromMemberId: ids.mum, toMemberId: null, kind: 'PARENT' },
      { fromMemberId: ids.dad, toMemberId: null, kind: 'PARENT' },
      { fromMemberId: ids.mum, toMemberId: ids.leo, kind: 'PARENT' },
    ];
    for (const input of lines) await sw.ok(ADD_LINE, { input });
    const tree = (await sw.ok<{ child: { familyNetwork: { name: string; deceased: boolean; livesWithChild: boolean }[]; familyRelationships: unknown[] } }>(TREE, { id: world.children.a1.id })).child;
    expect(tree.familyRelationships).toHaveLength(7);
    expect(tree.familyRelationships).toContainEqual(expect.objectContaining({ kind: 'PARENT', fromMemberId: ids.dad, toMemberId: null }));
    expect(tree.familyNetwork.find((m) => m.name === 'Yusuf Ahmed')).toMatchObject({ deceased: true, livesWithChild: false });
    expect(Number((await db.dataSource.query(`SELECT count(*) AS n FROM audit_events WHERE record_type = 'NetworkRelationship' AND action = 'CREATE' AND child_id = $1`, [world.children.a1.id]))[0].n)).toBe(7);
  });

  it('refuses a line twice, to oneself, a couple with the child, and a person from another child’s network; nothing is written', async () => {
    const sw = await as('sw.a1');
    const before = await count('network_relationships');
    expect(errorCode(await sw.gql(ADD_LINE, { input: { fromMemberId: ids.grandad, toMemberId: ids.gran, kind: 'MARRIED' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(ADD_LINE, { input: { fromMemberId: ids.mum, toMemberId: ids.mum, kind: 'PARENT' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(ADD_LINE, { input: { fromMemberId: ids.mum, toMemberId: null, kind: 'MARRIED' } }))).toBe('BAD_USER_INPUT');
    const other = (await (await as('sw.a1b')).ok<{ addNetworkMember: { id: string } }>(ADD_MEMBER, { input: { childId: world.children.a1sib.id, kind: 'RELATIVE', name: 'Aunt Jo', relationship: 'Aunt' } })).addNetworkMember.id;
    expect(errorCode(await sw.gql(ADD_LINE, { input: { fromMemberId: ids.mum, toMemberId: other, kind: 'PARENT' } }))).toBe('NOT_FOUND');
    expect(await count('network_relationships')).toBe(before);
  });

  it('only the people who may change the child’s case draw the tree: others get NOT_FOUND or FORBIDDEN', async () => {
    const before = await count('network_relationships');
    expect(errorCode(await (await as('sw.a2')).gql(ADD_LINE, { input: { fromMemberId: ids.leo, toMemberId: null, kind: 'PARENT' } }))).toBe('NOT_FOUND');
    expect(errorCode(await (await as('iro.a')).gql(ADD_LINE, { input: { fromMemberId: ids.leo, toMemberId: null, kind: 'PARENT' } }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('yp.a1')).gql(ADD_LINE, { input: { fromMemberId: ids.leo, toMemberId: null, kind: 'PARENT' } }))).toBe('FORBIDDEN');
    expect(await count('network_relationships')).toBe(before);
    // Readers of the record see the lines; a worker outside the child's reach does not.
    expect(errorCode(await (await as('sw.a2')).gql(TREE, { id: world.children.a1.id }))).toBe('NOT_FOUND');
  });

  it('a line recorded by mistake is removed with the version read; a stale version changes nothing', async () => {
    const sw = await as('sw.a1');
    const line = (await sw.ok<{ addNetworkRelationship: { id: string; version: number } }>(ADD_LINE, { input: { fromMemberId: ids.dad, toMemberId: ids.leo, kind: 'PARENT' } })).addNetworkRelationship;
    expect(errorCode(await sw.gql(REMOVE_LINE, { input: { id: line.id, expectedVersion: line.version + 1 } }))).toBe('CONFLICT');
    await sw.ok(REMOVE_LINE, { input: { id: line.id, expectedVersion: line.version } });
    expect(Number((await db.dataSource.query(`SELECT count(*) AS n FROM network_relationships WHERE id = $1`, [line.id]))[0].n)).toBe(0);
    const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'DELETE'`, [line.id]);
    expect(audit.changes.kind).toEqual({ before: 'PARENT', after: null });
  });

  it("the worker's life story book has the family tree page with every generation in words; the child's edition does not", async () => {
    const get = async (username: string, url: string) => {
      const c = await as(username);
      return readPdf(Buffer.from(await (await fetch(`${api.baseUrl}${url}`, { headers: { cookie: c.cookie! } })).arrayBuffer()));
    };
    const worker = await get('sw.a1', `/life-story-book/${world.children.a1.id}?edition=worker`);
    for (const t of ['Family tree', 'Grandparents', 'Parents', 'Fatima Ahmed', 'has died', 'Divorced from Dan Smith', 'Amira lives with them', 'Parent of Leo Ahmed']) {
      expect([t, worker.text.includes(t)]).toEqual([t, true]);
    }
    const child = await get('yp.a1', '/life-story-book/me');
    expect(child.text).not.toContain('Family tree');
    expect(child.text).not.toContain('Dan Smith');
  });
});

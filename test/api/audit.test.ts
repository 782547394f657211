import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

describe('audit trail', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    await c.signIn(username, PASSWORD);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it("records a read of a child's record with the parts returned, the role and the address", async () => {
    const sw = await as('sw.a1');
    await sw.ok(`query($id: ID!) { child(id: $id) { legalFirstName dateOfBirth } }`, { id: world.children.a1.id });
    const rows = await db.dataSource.query(
      `SELECT actor_role, parts, ip_address FROM audit_events WHERE action = 'READ' AND child_id = $1 AND actor_user_id = $2`,
      [world.children.a1.id, world.users.swA1.id],
    );
    expect(rows).toEqual([{ actor_role: 'SOCIAL_WORKER', parts: ['dateOfBirth', 'legalFirstName'], ip_address: expect.stringMatching(/127\.0\.0\.1/) }]);
  });

  it('records a write with each changed field before and after', async () => {
    const sw = await as('sw.a1');
    const [{ version }] = await db.dataSource.query(`SELECT version FROM children WHERE id = $1`, [world.children.a1.id]);
    await sw.ok(`mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`, {
      input: { id: world.children.a1.id, expectedVersion: version, school: 'Hillside Primary', preferredName: 'Mira' },
    });
    const [row] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'UPDATE' AND child_id = $1`, [world.children.a1.id]);
    expect(row.changes).toEqual({ school: { before: null, after: 'Hillside Primary' }, preferredName: { before: null, after: 'Mira' } });
  });

  it('fails the request and keeps the change out when the audit row cannot be written', async () => {
    await db.dataSource.query(`
      CREATE FUNCTION refuse_update_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'UPDATE' THEN RAISE EXCEPTION 'audit store unavailable'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_update_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_update_audit();`);
    try {
      const sw = await as('sw.a1');
      const [{ version, school }] = await db.dataSource.query(`SELECT version, school FROM children WHERE id = $1`, [world.children.a1.id]);
      const res = await sw.gql(`mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`, {
        input: { id: world.children.a1.id, expectedVersion: version, school: 'Never Saved School' },
      });
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).not.toMatch(/audit store/);
      const [after] = await db.dataSource.query(`SELECT version, school FROM children WHERE id = $1`, [world.children.a1.id]);
      expect(after).toEqual({ version, school });
    } finally {
      await db.dataSource.query(`DROP TRIGGER refuse_update_audit ON audit_events; DROP FUNCTION refuse_update_audit();`);
    }
  });

  it('lets a head of service search the trail by child and person, and an administrator too; not a social worker', async () => {
    const q = `query($f: AuditFilter) { auditEvents(filter: $f) { totalCount edges { node { action actorRole actor { displayName } childId } } } }`;
    const hos = await as('hos.a');
    const byChild = await hos.ok<{ auditEvents: { edges: { node: { childId: string } }[] } }>(q, { f: { childId: world.children.a1.id } });
    expect(byChild.auditEvents.edges.length).toBeGreaterThan(0);
    expect(byChild.auditEvents.edges.every((e) => e.node.childId === world.children.a1.id)).toBe(true);
    const byPerson = await hos.ok<{ auditEvents: { edges: { node: { actorRole: string } }[] } }>(q, { f: { userId: world.users.swA1.id } });
    expect(byPerson.auditEvents.edges.every((e) => e.node.actorRole === 'SOCIAL_WORKER')).toBe(true);
    const admin = await as('admin.a');
    expect(errorCode(await admin.gql(q, {}))).toBeUndefined();
    const sw = await as('sw.a1');
    expect(errorCode(await sw.gql(q, {}))).toBe('FORBIDDEN');
  });

  it("does not show council A's trail to council B's head of service", async () => {
    const hosB = await as('hos.b');
    const res = await hosB.ok<{ auditEvents: { edges: { node: { childId: string | null } }[] } }>(
      `query($f: AuditFilter) { auditEvents(filter: $f) { edges { node { childId } } } }`,
      { f: { childId: world.children.a1.id } },
    );
    expect(res.auditEvents.edges).toEqual([]);
  });

  it("shows a child's trail to their team manager and IRO, but not to their social worker", async () => {
    const q = `query($id: ID!) { child(id: $id) { auditTrail(first: 5) { totalCount edges { node { action } } } } }`;
    const tm = await as('tm.a1');
    const res = await tm.ok<{ child: { auditTrail: { totalCount: number } } }>(q, { id: world.children.a1.id });
    expect(res.child.auditTrail.totalCount).toBeGreaterThan(0);
    const iro = await as('iro.a');
    expect(errorCode(await iro.gql(q, { id: world.children.a1.id }))).toBeUndefined();
    const sw = await as('sw.a1');
    expect(errorCode(await sw.gql(q, { id: world.children.a1.id }))).toBe('FORBIDDEN');
  });

  it('writes the trail in words: who, which child, which record, each field and value by its label', async () => {
    const sw = await as('sw.a1');
    const [{ version }] = await db.dataSource.query(`SELECT version FROM children WHERE id = $1`, [world.children.a1.id]);
    await sw.ok(`mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`, {
      input: { id: world.children.a1.id, expectedVersion: version, dateLookedAfter: '2025-03-04' },
    });
    const tm = await as('tm.a1');
    const res = await tm.ok<{ child: { auditTrail: { edges: { node: { action: string; summary: string } }[] } } }>(
      `query($id: ID!) { child(id: $id) { auditTrail(first: 50) { edges { node { action summary } } } } }`,
      { id: world.children.a1.id },
    );
    const sentences = res.child.auditTrail.edges.map((e) => e.node.summary);
    const worker = `${world.users.swA1.firstName} ${world.users.swA1.lastName}`;
    expect(sentences).toContainEqual(expect.stringMatching(new RegExp(`^${worker} changed (Mira|${world.children.a1.legalFirstName})’s record: date looked after .* → 4 March 2025`)));
    expect(sentences.join('\n')).not.toMatch(/dateLookedAfter|2025-03-04|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("summarises a caseload view in one line, and keeps list views out of a child's trail unless asked for", async () => {
    const sw = await as('sw.a1');
    const listed = await sw.ok<{ children: { edges: { node: { id: string } }[] } }>(`{ children(first: 25) { edges { node { id displayName } } } }`);
    const n = listed.children.edges.length;
    expect(n).toBeGreaterThan(0);
    const hos = await as('hos.a');
    const search = await hos.ok<{ auditEvents: { edges: { node: { summary: string; childId: string | null } }[] } }>(
      `query($f: AuditFilter) { auditEvents(filter: $f, first: 100) { edges { node { summary childId } } } }`,
      { f: { userId: world.users.swA1.id } },
    );
    const lines = search.auditEvents.edges.map((e) => e.node.summary);
    expect(lines).toContain(`${world.users.swA1.firstName} ${world.users.swA1.lastName} viewed the list of children (${n} ${n === 1 ? 'child' : 'children'})`);
    // No line per child in the list: those are kept for the record, folded away.
    expect(lines.filter((l) => / saw .* in the list of children$/.test(l))).toEqual([]);

    const tm = await as('tm.a1');
    const trail = (listViews: boolean) =>
      tm.ok<{ child: { auditTrail: { totalCount: number; edges: { node: { summary: string } }[] } } }>(
        `query($id: ID!, $l: Boolean) { child(id: $id) { auditTrail(first: 50, listViews: $l) { totalCount edges { node { summary } } } } }`,
        { id: world.children.a1.id, l: listViews },
      );
    const record = await trail(false);
    expect(record.child.auditTrail.edges.map((e) => e.node.summary).filter((l) => / saw /.test(l))).toEqual([]);
    const lists = await trail(true);
    expect(lists.child.auditTrail.totalCount).toBeGreaterThan(0);
    expect(lists.child.auditTrail.edges.every((e) => / saw .* in the (list of children|drift list|permanence tracker)/.test(e.node.summary))).toBe(true);
    // Kept for the record: who saw which child.
    const [{ n: kept }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE child_id = $1 AND actor_user_id = $2 AND record_type = 'ChildInList'`,
      [world.children.a1.id, world.users.swA1.id],
    );
    expect(kept).toBeGreaterThan(0);
  });
});

import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

describe("professionals' accounts: the administrator asks, a head of service approves", () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let admin: ApiClient;
  let head: ApiClient;
  const CREATE = `mutation($input: CreateStaffAccountInput!) { requestStaffAccount(input: $input) { id version username role teamName status requestedByName } }`;
  const APPROVE = `mutation($input: ApproveStaffAccountRequestInput!) { approveStaffAccountRequest(input: $input) { id version status decidedByName } }`;
  const REFUSE = `mutation($input: RefuseStaffAccountRequestInput!) { refuseStaffAccountRequest(input: $input) { id status refusalReason } }`;
  type Request = { id: string; version: number; status: string; teamName: string | null; requestedByName: string; decidedByName?: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
    head = api.client();
    await head.signIn('hos.a', PASSWORD);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('a requested social worker cannot sign in until a head of service approves; then can; audited without the password', async () => {
    const { requestStaffAccount: asked } = await admin.ok<{ requestStaffAccount: Request }>(CREATE, {
      input: { username: 'new.worker', firstName: 'Nia', lastName: 'Newcomer', role: 'SOCIAL_WORKER', teamId: world.teamA1.id, initialPassword: 'first password for Nia' },
    });
    expect(asked).toMatchObject({ status: 'PENDING', teamName: 'Team A1', requestedByName: 'Admin Tester' });
    expect(errorCode(await api.client().signIn('new.worker', 'first password for Nia'))).toBe('UNAUTHENTICATED');
    // The head of service sees it waiting, and approves it.
    const { staffAccountRequests } = await head.ok<{ staffAccountRequests: Request[] }>(`{ staffAccountRequests { id status } }`);
    expect(staffAccountRequests).toContainEqual({ id: asked.id, status: 'PENDING' });
    const { approveStaffAccountRequest: approved } = await head.ok<{ approveStaffAccountRequest: Request }>(APPROVE, { input: { id: asked.id, expectedVersion: asked.version } });
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: 'Hos Tester' });
    expect(errorCode(await api.client().signIn('new.worker', 'first password for Nia'))).toBeUndefined();
    // The administrator sees the decision.
    const mine = await admin.ok<{ staffAccountRequests: Request[] }>(`{ staffAccountRequests { id status decidedByName } }`);
    expect(mine.staffAccountRequests).toContainEqual({ id: asked.id, status: 'APPROVED', decidedByName: 'Hos Tester' });
    const [row] = await db.dataSource.query(`SELECT changes::text AS c FROM audit_events WHERE action = 'ACCOUNT_CREATED' AND actor_user_id = $1`, [world.users.hosA.id]);
    expect(row.c).toContain('SOCIAL_WORKER');
    const all = await db.dataSource.query(`SELECT changes::text AS c FROM audit_events WHERE action LIKE 'ACCOUNT_%'`);
    expect(all.map((r: { c: string }) => r.c).join()).not.toContain('first password');
    const [kept] = await db.dataSource.query(`SELECT password_hash FROM staff_account_requests WHERE id = $1`, [asked.id]);
    expect(kept.password_hash).toBeNull();
    // Decided once: a second approval is a CONFLICT.
    expect(errorCode(await head.gql(APPROVE, { input: { id: asked.id, expectedVersion: approved.version } }))).toBe('CONFLICT');
  });

  it('the administrator cannot make a head of service (or any role) alone: no sign-in, no child, until approved', async () => {
    const { requestStaffAccount: asked } = await admin.ok<{ requestStaffAccount: Request }>(CREATE, {
      input: { username: 'my.head', firstName: 'Me', lastName: 'Again', role: 'HEAD_OF_SERVICE', initialPassword: 'the admin knows this one' },
    });
    expect(errorCode(await api.client().signIn('my.head', 'the admin knows this one'))).toBe('UNAUTHENTICATED');
    // Only a head of service decides: the administrator's own approval is FORBIDDEN.
    expect(errorCode(await admin.gql(APPROVE, { input: { id: asked.id, expectedVersion: asked.version } }))).toBe('FORBIDDEN');
    // Another council's head of service cannot see or decide it.
    const other = api.client();
    await other.signIn('hos.b', PASSWORD);
    expect(errorCode(await other.gql(APPROVE, { input: { id: asked.id, expectedVersion: asked.version } }))).toBe('NOT_FOUND');
    expect((await other.ok<{ staffAccountRequests: Request[] }>(`{ staffAccountRequests { id } }`)).staffAccountRequests).toEqual([]);
    // Refused: it stays refused and nothing can sign in.
    const { refuseStaffAccountRequest } = await head.ok<{ refuseStaffAccountRequest: Request & { refusalReason: string } }>(REFUSE, {
      input: { id: asked.id, expectedVersion: asked.version, reason: 'We have a head of service already.' },
    });
    expect(refuseStaffAccountRequest).toMatchObject({ status: 'REFUSED', refusalReason: 'We have a head of service already.' });
    expect(errorCode(await api.client().signIn('my.head', 'the admin knows this one'))).toBe('UNAUTHENTICATED');
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE username = 'my.head'`);
    expect(count).toBe(0);
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const { requestStaffAccount: asked } = await admin.ok<{ requestStaffAccount: Request }>(CREATE, {
      input: { username: 'stale.iro', firstName: 'S', lastName: 'T', role: 'IRO', initialPassword: 'long enough password' },
    });
    expect(errorCode(await head.gql(APPROVE, { input: { id: asked.id, expectedVersion: asked.version + 1 } }))).toBe('CONFLICT');
    const [{ status }] = await db.dataSource.query(`SELECT status FROM staff_account_requests WHERE id = $1`, [asked.id]);
    expect(status).toBe('PENDING');
  });

  it('refuses bad input by field, a taken username, a team of another council, and a young person role', async () => {
    const base = { firstName: 'A', lastName: 'B', initialPassword: 'long enough password' };
    const short = await admin.gql(CREATE, { input: { ...base, username: 'ok.name', role: 'IRO', initialPassword: 'short' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions?.field).toBe('initialPassword');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'sw.a1', role: 'IRO' } }))).toBe('CONFLICT');
    // Another council's username: the same CONFLICT, with a message that says nothing about whose it is.
    const elsewhere = await admin.gql(CREATE, { input: { ...base, username: 'sw.b', role: 'IRO' } });
    expect(elsewhere.errors![0]).toMatchObject({ message: 'That username cannot be used. Choose another.', extensions: { code: 'CONFLICT' } });
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'x.team', role: 'SOCIAL_WORKER', teamId: world.teamB.id } }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'x.yp', role: 'YOUNG_PERSON' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'x.noteam', role: 'TEAM_MANAGER' } }))).toBe('BAD_USER_INPUT');
    const [{ count }] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM users WHERE username LIKE 'x.%' OR username = 'ok.name') + (SELECT count(*) FROM staff_account_requests WHERE username LIKE 'x.%' OR username = 'ok.name') AS count`,
    );
    expect(Number(count)).toBe(0);
  });

  it('disables an account: its open session ends at once and it can no longer sign in', async () => {
    const worker = api.client();
    await worker.signIn('sw.a2', PASSWORD);
    expect((await worker.ok<{ me: { id: string } | null }>(`{ me { id } }`)).me).not.toBeNull();
    await admin.ok(`mutation($id: ID!) { disableStaffAccount(userId: $id) { disabled } }`, { id: world.users.swA2.id });
    expect((await worker.ok<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    expect(errorCode(await api.client().signIn('sw.a2', PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it("cannot reach another council's accounts", async () => {
    const res = await admin.gql(`mutation($id: ID!) { disableStaffAccount(userId: $id) { disabled } }`, { id: world.users.swB.id });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const list = await admin.ok<{ staffAccounts: { username: string }[] }>(`{ staffAccounts { username } }`);
    expect(list.staffAccounts.map((a) => a.username)).not.toContain('sw.b');
  });

  describe('Social Work England numbers', () => {
    const SET = `mutation($input: SetSweNumberInput!) { setStaffSweNumber(input: $input) { id sweNumber } }`;
    const number = async (id: string) => (await db.dataSource.query(`SELECT swe_number FROM users WHERE id = $1`, [id]))[0].swe_number;

    it('the administrator sets a number (normalised), refuses a bad one, a taken one and a role without one; others may not', async () => {
      const done = await admin.ok<{ setStaffSweNumber: { sweNumber: string } }>(SET, { input: { userId: world.users.swA2.id, sweNumber: ' sw 0012345 ' } });
      expect(done.setStaffSweNumber.sweNumber).toBe('SW0012345');
      const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' AND record_type = 'User' ORDER BY occurred_at DESC LIMIT 1`, [world.users.swA2.id]);
      expect(audit.changes.sweNumber).toEqual({ before: null, after: 'SW0012345' });
      for (const bad of ['AB123456', 'SW', 'SW12A45', 'XX123456', 'SW12345678901']) {
        const res = await admin.gql(SET, { input: { userId: world.users.swA2.id, sweNumber: bad } });
        expect([bad, errorCode(res), res.errors?.[0]?.extensions?.field]).toEqual([bad, 'BAD_USER_INPUT', 'sweNumber']);
      }
      expect(errorCode(await admin.gql(SET, { input: { userId: world.users.swA1.id, sweNumber: 'SW0012345' } }))).toBe('CONFLICT');
      expect(errorCode(await admin.gql(SET, { input: { userId: world.users.advA.id, sweNumber: 'SW777' } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await admin.gql(SET, { input: { userId: world.users.ypA1.id, sweNumber: 'SW778' } }))).toBe('NOT_FOUND');
      expect(errorCode(await admin.gql(SET, { input: { userId: world.users.swB.id, sweNumber: 'SW779' } }))).toBe('NOT_FOUND');
      expect(errorCode(await head.gql(SET, { input: { userId: world.users.swA1.id, sweNumber: 'SW780' } }))).toBe('FORBIDDEN');
      expect(await number(world.users.swA2.id)).toBe('SW0012345');
      expect([await number(world.users.swA1.id), await number(world.users.advA.id), await number(world.users.swB.id)]).toEqual([null, null, null]);
      const { staffAccounts } = await admin.ok<{ staffAccounts: { id: string; sweNumber: string | null }[] }>(`{ staffAccounts { id sweNumber } }`);
      expect(staffAccounts.find((a) => a.id === world.users.swA2.id)?.sweNumber).toBe('SW0012345');
    });

    it("links an imported return's placeholder worker to the account given its number, and lets it go when the number changes", async () => {
      const [placeholder] = await db.dataSource.query(
        `INSERT INTO social_worker_placeholders (council_id, swe_number, name) VALUES ($1, 'SW555001', 'Sam From The Return') RETURNING id`,
        [world.councilA.id],
      );
      const [episode] = await db.dataSource.query(
        `INSERT INTO social_worker_episodes (child_id, placeholder_id, start_date, reason) VALUES ($1, $2, '2024-05-01', 'FCONTA') RETURNING id`,
        [world.children.a2.id, placeholder.id],
      );
      // The worker the child’s allocation history shows for the episode, as the head of service reads it on the record.
      const worker = async () =>
        (await head.ok<{ child: { socialWorkerEpisodes: { id: string; workerId: string | null; placeholder: boolean }[] } }>(`query($id: ID!) { child(id: $id) { socialWorkerEpisodes { id workerId placeholder } } }`, { id: world.children.a2.id }))
          .child.socialWorkerEpisodes.find((e) => e.id === episode.id)?.workerId ?? null;
      await admin.ok(SET, { input: { userId: world.users.swA1b.id, sweNumber: 'SW555001' } });
      expect(await worker()).toBe(world.users.swA1b.id);
      expect((await db.dataSource.query(`SELECT linked_user_id FROM social_worker_placeholders WHERE id = $1`, [placeholder.id]))[0].linked_user_id).toBe(world.users.swA1b.id);
      await admin.ok(SET, { input: { userId: world.users.swA1b.id, sweNumber: null } });
      expect(await worker()).toBeNull();
      expect(await number(world.users.swA1b.id)).toBeNull();
    });
  });
});

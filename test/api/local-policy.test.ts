import { ManualClock } from '../../packages/server/src/common/clock';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

/**
 * Local policy versions apply only to clocks that start on or after their date.
 * The regression: the first version a council added replaced the national
 * default for every child, so an older child's first review moved a week
 * earlier (2026-01-12 → 2026-01-05) the moment it was saved.
 */
describe('local policy: versions from a date, never retroactive', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const clock = new ManualClock(new Date('2026-02-02T10:00:00Z'));
  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    const res = await c.signIn(username, PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };
  const firstReviewDue = async (client: ApiClient, childId: string): Promise<string | undefined> => {
    const res = await client.ok<{ child: { alerts: { code: string; dueDate: string | null }[] } }>(`query($id: ID!) { child(id: $id) { alerts { code dueDate } } }`, { id: childId });
    return res.child.alerts.find((a) => a.code === 'REVIEW_OVERDUE')?.dueDate ?? undefined;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    // Amira became looked after on 10 December 2025 and has had no review: 20 working days, past Christmas, is 12 January.
    await db.dataSource.query(`DELETE FROM meetings WHERE child_id = $1`, [world.children.a1.id]);
    await db.dataSource.query(`UPDATE children SET date_looked_after = '2025-12-10' WHERE id = $1`, [world.children.a1.id]);
    await db.dataSource.query(`UPDATE placements SET start_date = '2025-12-10' WHERE child_id = $1 AND start_date < '2025-12-10'`, [world.children.a1.id]);
    api = await startTestApi(db.dataSource, { clock });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('keeps the national default as version zero and does not move a deadline that started before a new version', async () => {
    const tm = await as('tm.a1');
    expect(await firstReviewDue(tm, world.children.a1.id)).toBe('2026-01-12');

    const admin = await as('admin.a');
    const before = await admin.ok<{ policyProfile: { versionNumber: number; isNationalDefault: boolean; baseProfile: string }[] }>(`{ policyProfile { versionNumber isNationalDefault baseProfile } }`);
    expect(before.policyProfile).toEqual([{ versionNumber: 0, isNationalDefault: true, baseProfile: 'national' }]);

    const added = await admin.ok<{ addPolicyVersion: { versionNumber: number; isNationalDefault: boolean; effectiveFrom: string; firstReviewWorkingDays: number }[] }>(
      `mutation($input: PolicyVersionInput!) { addPolicyVersion(input: $input) { versionNumber isNationalDefault effectiveFrom firstReviewWorkingDays } }`,
      { input: { baseProfile: 'newham', effectiveFrom: '2026-02-09', firstReviewWorkingDays: 15, advocacyMinAge: 8 } },
    );
    expect(added.addPolicyVersion).toEqual([
      { versionNumber: 0, isNationalDefault: true, effectiveFrom: '2015-04-01', firstReviewWorkingDays: 20 },
      { versionNumber: 1, isNationalDefault: false, effectiveFrom: '2026-02-09', firstReviewWorkingDays: 15 },
    ]);
    // Amira's clock started under the national default: her first review is still due on 12 January.
    expect(await firstReviewDue(tm, world.children.a1.id)).toBe('2026-01-12');
  });

  it('refuses a version that starts today or earlier, and changes nothing', async () => {
    const admin = await as('admin.a');
    for (const effectiveFrom of ['2026-02-02', '2025-12-01']) {
      const res = await admin.gql(`mutation($input: PolicyVersionInput!) { addPolicyVersion(input: $input) { versionNumber } }`, {
        input: { baseProfile: 'national', effectiveFrom, firstReviewWorkingDays: 10 },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions).toMatchObject({ field: 'effectiveFrom' });
    }
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM policy_profile_versions WHERE council_id = $1`, [world.councilA.id]);
    expect(n).toBe(1);
  });

  it('runs a clock that starts on or after the version under it, while the older clock keeps its date', async () => {
    // A brother comes into care once the new version is in force: 15 working days from 16 February is 9 March.
    await db.dataSource.query(`DELETE FROM meetings WHERE child_id = $1`, [world.children.a1sib.id]);
    await db.dataSource.query(`UPDATE children SET date_looked_after = '2026-02-16' WHERE id = $1`, [world.children.a1sib.id]);
    await db.dataSource.query(`UPDATE placements SET start_date = '2026-02-16' WHERE child_id = $1 AND start_date < '2026-02-16'`, [world.children.a1sib.id]);
    clock.set(new Date('2026-04-01T10:00:00Z'));
    const tm = await as('tm.a1');
    expect(await firstReviewDue(tm, world.children.a1sib.id)).toBe('2026-03-09');
    expect(await firstReviewDue(tm, world.children.a1.id)).toBe('2026-01-12');
  });

  it('lets the administrator see and set the duty contact; others may not', async () => {
    const admin = await as('admin.a');
    await admin.ok(`mutation { updateDutyContact(input: { name: "Out-of-hours duty team", email: "duty@example.org", mobile: null }) }`);
    const read = await admin.ok<{ dutyContact: { name: string; email: string; mobile: string | null } }>(`{ dutyContact { name email mobile } }`);
    expect(read.dutyContact).toEqual({ name: 'Out-of-hours duty team', email: 'duty@example.org', mobile: null });
    const empty = await admin.gql(`mutation { updateDutyContact(input: { name: " ", email: null, mobile: null }) }`);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect((await admin.ok<{ dutyContact: { name: string } }>(`{ dutyContact { name } }`)).dutyContact.name).toBe('Out-of-hours duty team');
    const tm = await as('tm.a1');
    expect(errorCode(await tm.gql(`{ dutyContact { name } }`))).toBe('FORBIDDEN');
  });
});

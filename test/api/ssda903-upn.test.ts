import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

/** The child's record holds a UPN or the DfE's reason there is none (UN2 to UN5), as the SSDA903 return needs. */
describe('the statutory record on the child: UPN or why it is not known, mother, adoption decision', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;
  const update = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { upn version } }`;
  const version = async () => (await db.dataSource.query(`SELECT version FROM children WHERE id = $1`, [world.children.a1.id]))[0].version as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    sw = api.client();
    await sw.signIn('sw.a1', PASSWORD);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('takes UN2 to UN5, and a real UPN', async () => {
    const saved = await sw.ok<{ updateChild: { upn: string } }>(update, { input: { id: world.children.a1.id, expectedVersion: await version(), upn: 'UN4' } });
    expect(saved.updateChild.upn).toBe('UN4');
    const real = await sw.ok<{ updateChild: { upn: string } }>(update, { input: { id: world.children.a1.id, expectedVersion: await version(), upn: 'A318123456789' } });
    expect(real.updateChild.upn).toBe('A318123456789');
  });

  it('records whether a girl is a mother and her child’s date of birth, and refuses a child’s date of birth without it', async () => {
    await db.dataSource.query(`UPDATE children SET gender = 'FEMALE' WHERE id = $1`, [world.children.a1.id]);
    const q = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { mother mothersChildDateOfBirth } }`;
    const saved = await sw.ok<{ updateChild: unknown }>(q, { input: { id: world.children.a1.id, expectedVersion: await version(), mother: true, mothersChildDateOfBirth: '2024-02-03' } });
    expect(saved.updateChild).toEqual({ mother: true, mothersChildDateOfBirth: '2024-02-03' });
    const before = await version();
    const res = await sw.gql(q, { input: { id: world.children.a1.id, expectedVersion: before, mother: false } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await version()).toBe(before);
    const cleared = await sw.ok<{ updateChild: unknown }>(q, { input: { id: world.children.a1.id, expectedVersion: before, mother: false, mothersChildDateOfBirth: null } });
    expect(cleared.updateChild).toEqual({ mother: false, mothersChildDateOfBirth: null });
  });

  it('records the decision that the child should be placed for adoption, and refuses an end without its reason', async () => {
    const q = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { adoptionDecisionOn adoptionDecisionCeasedOn adoptionDecisionCeasedReason } }`;
    const saved = await sw.ok<{ updateChild: unknown }>(q, { input: { id: world.children.a1.id, expectedVersion: await version(), adoptionDecisionOn: '2025-01-10' } });
    expect(saved.updateChild).toEqual({ adoptionDecisionOn: '2025-01-10', adoptionDecisionCeasedOn: null, adoptionDecisionCeasedReason: null });
    for (const input of [{ adoptionDecisionCeasedOn: '2025-06-01' }, { adoptionDecisionCeasedOn: '2024-06-01', adoptionDecisionCeasedReason: 'RD1' }, { adoptionDecisionCeasedReason: 'RD9', adoptionDecisionCeasedOn: '2025-06-01' }]) {
      const before = await version();
      expect(errorCode(await sw.gql(q, { input: { id: world.children.a1.id, expectedVersion: before, ...input } }))).toBe('BAD_USER_INPUT');
      expect(await version()).toBe(before);
    }
    const ended = await sw.ok<{ updateChild: unknown }>(q, { input: { id: world.children.a1.id, expectedVersion: await version(), adoptionDecisionCeasedOn: '2025-06-01', adoptionDecisionCeasedReason: 'RD1' } });
    expect(ended.updateChild).toEqual({ adoptionDecisionOn: '2025-01-10', adoptionDecisionCeasedOn: '2025-06-01', adoptionDecisionCeasedReason: 'RD1' });
  });

  it('records previous permanence (PREV_PERM, LA_PERM, a partial DATE_PERM) with the DfE rules, audited, and refuses the rest changing nothing', async () => {
    const id = world.children.a1.id;
    const [child] = await db.dataSource.query(`SELECT date_of_birth::text AS dob, date_looked_after::text AS la FROM children WHERE id = $1`, [id]);
    const q = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { previousPermanence previousPermanenceLa previousPermanenceDate } }`;
    // The order's month, a year before care began, the day not known.
    const orderYear = Number(String(child.la ?? '2025-01-01').slice(0, 4)) - 1;
    const orderDate = `${orderYear}-${String(child.la ?? '2025-01-01').slice(5, 7)}-ZZ`;
    expect(child.dob < `${orderYear}-01-01`).toBe(true);
    const refused = async (input: Record<string, unknown>, field: string) => {
      const before = await version();
      const res = await sw.gql(q, { input: { id, expectedVersion: before, ...input } });
      expect([errorCode(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
      expect(await version()).toBe(before);
    };
    await refused({ previousPermanence: 'P2' }, 'previousPermanenceLa');
    await refused({ previousPermanence: 'P2', previousPermanenceLa: '318' }, 'previousPermanenceDate');
    await refused({ previousPermanence: 'P5', previousPermanenceLa: '318', previousPermanenceDate: orderDate }, 'previousPermanence');
    await refused({ previousPermanence: 'P2', previousPermanenceLa: '777', previousPermanenceDate: orderDate }, 'previousPermanenceLa');
    await refused({ previousPermanence: 'P2', previousPermanenceLa: '318', previousPermanenceDate: `${orderYear}-13-ZZ` }, 'previousPermanenceDate');
    await refused({ previousPermanence: 'P2', previousPermanenceLa: '318', previousPermanenceDate: `${orderYear}-ZZ-05` }, 'previousPermanenceDate');
    await refused({ previousPermanence: 'Z1', previousPermanenceLa: '318' }, 'previousPermanenceLa');
    if (child.la) await refused({ previousPermanence: 'P2', previousPermanenceLa: '318', previousPermanenceDate: `${child.la.slice(0, 7)}-ZZ` }, 'previousPermanenceDate');

    const saved = await sw.ok<{ updateChild: unknown }>(q, { input: { id, expectedVersion: await version(), previousPermanence: 'P2', previousPermanenceLa: 'WAL', previousPermanenceDate: orderDate } });
    expect(saved.updateChild).toEqual({ previousPermanence: 'P2', previousPermanenceLa: 'WAL', previousPermanenceDate: orderDate });
    const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`, [id]);
    expect(audit.changes.previousPermanence).toEqual({ before: null, after: 'P2' });
    // A stale version is a conflict; going back to "not known" needs the order's authority and date cleared with it.
    const stale = await sw.gql(q, { input: { id, expectedVersion: (await version()) - 1, previousPermanence: 'P1' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    await refused({ previousPermanence: 'Z1' }, 'previousPermanenceLa');
    const cleared = await sw.ok<{ updateChild: unknown }>(q, { input: { id, expectedVersion: await version(), previousPermanence: 'Z1', previousPermanenceLa: null, previousPermanenceDate: null } });
    expect(cleared.updateChild).toEqual({ previousPermanence: 'Z1', previousPermanenceLa: null, previousPermanenceDate: null });
  });

  it('refuses UN1 (worked out from the date of birth) and anything else, changing nothing', async () => {
    for (const upn of ['UN1', 'UN6', 'A12345']) {
      const before = await version();
      const res = await sw.gql(update, { input: { id: world.children.a1.id, expectedVersion: before, upn } });
      expect([upn, errorCode(res)]).toEqual([upn, 'BAD_USER_INPUT']);
      expect(await version()).toBe(before);
    }
  });
});

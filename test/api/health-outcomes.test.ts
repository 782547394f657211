import type { TestDatabase } from '../support/database';
import { startWorldApi, stopWorldApi } from '../support/world-api';
import { errorCode, type ApiClient, type TestApi } from '../support/api';
import { makeChild, type World } from '../support/world';

const SAVE = `mutation($input: SaveHealthOutcomesInput!) { saveHealthOutcomes(input: $input) {
  id version year sdqScore sdqReason convicted healthCheck immunisations teethCheck healthAssessment substanceMisuse interventionReceived interventionOffered } }`;
const READ = `query($id: ID!) { child(id: $id) { healthOutcomes { year version sdqScore convicted immunisations } } }`;

/** A child of 11 at 31 March 2026: SDQ and convictions asked, no development check. */
const DOB = '2014-06-01';
const complete = (childId: string, fields: Record<string, unknown> = {}) => ({
  childId, year: 2026, sdqScore: 17, sdqReason: null, convicted: false, healthCheck: null, immunisations: true, teethCheck: false,
  healthAssessment: true, substanceMisuse: false, interventionReceived: null, interventionOffered: null, ...fields,
});

describe('health outcomes (SSDA903 OC2)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;

  const freshChild = (dateOfBirth = DOB) =>
    db.dataSource.transaction((m) => makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth }));
  const rows = async (childId: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM health_outcomes WHERE child_id = $1`, [childId]))[0].n);

  beforeAll(async () => ({ db, world, api, client: sw } = await startWorldApi('swA1')), 60_000);
  afterAll(() => stopWorldApi({ db, api }));

  it('saves a year, reads it back on the child, updates it with the version, and audits both', async () => {
    const child = await freshChild();
    const first = (await sw.ok<{ saveHealthOutcomes: { id: string; version: number } }>(SAVE, { input: complete(child.id) })).saveHealthOutcomes;
    expect(first).toMatchObject({ year: 2026, version: 1, sdqScore: 17, convicted: false, healthCheck: null, teethCheck: false });
    const again = await sw.ok<{ saveHealthOutcomes: { version: number; sdqScore: number | null; sdqReason: string | null } }>(SAVE, {
      input: complete(child.id, { sdqScore: null, sdqReason: 'SDQ5', expectedVersion: first.version }),
    });
    expect(again.saveHealthOutcomes).toMatchObject({ version: 2, sdqScore: null, sdqReason: 'SDQ5' });
    await sw.ok(SAVE, { input: complete(child.id, { year: 2025 }) });
    const read = await sw.ok<{ child: { healthOutcomes: { year: number }[] } }>(READ, { id: child.id });
    expect(read.child.healthOutcomes.map((h) => h.year)).toEqual([2026, 2025]);
    const audit = await db.dataSource.query(`SELECT action FROM audit_events WHERE record_type = 'HealthOutcomes' AND record_id = $1 ORDER BY occurred_at`, [first.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('answers CONFLICT to a stale version or a second first save, and changes nothing', async () => {
    const child = await freshChild();
    await sw.ok(SAVE, { input: complete(child.id) });
    expect(errorCode(await sw.gql(SAVE, { input: complete(child.id) }))).toBe('CONFLICT');
    expect(errorCode(await sw.gql(SAVE, { input: complete(child.id, { sdqScore: 3, expectedVersion: 7 }) }))).toBe('CONFLICT');
    const [row] = await db.dataSource.query(`SELECT version, sdq_score FROM health_outcomes WHERE child_id = $1`, [child.id]);
    expect(row).toEqual({ version: 1, sdq_score: 17 });
  });

  it.each([
    ['an SDQ score over 40 (180)', { sdqScore: 41 }, 'sdqScore'],
    ['a score and a reason (197a)', { sdqReason: 'SDQ2' }, 'sdqReason'],
    ['no SDQ score or reason for a child of 11 (186)', { sdqScore: null }, 'sdqScore'],
    ['SDQ1 for a child aged 4 to 16 all year (157)', { sdqScore: null, sdqReason: 'SDQ1' }, 'sdqReason'],
    ['a reason that is not a code (196)', { sdqScore: null, sdqReason: 'SDQ9' }, 'sdqReason'],
    ['no answer on convictions for a child of 10 or over (543)', { convicted: null }, 'convicted'],
    ['a development check for a child of 5 or over (546)', { healthCheck: true }, 'healthCheck'],
    ['substance misuse without saying if an intervention was received (192)', { substanceMisuse: true }, 'interventionReceived'],
    ['no intervention received without saying if one was offered (159)', { substanceMisuse: true, interventionReceived: false }, 'interventionOffered'],
    ['an intervention offered when one was received (158)', { substanceMisuse: true, interventionReceived: true, interventionOffered: false }, 'interventionOffered'],
    ['an intervention with no substance misuse (193)', { interventionReceived: true }, 'interventionReceived'],
    ['a year still to come', { year: 2028 }, 'year'],
    ['a year before the child was born', { year: 2014 }, 'year'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, fields, field) => {
    const child = await freshChild();
    const res = await sw.gql(SAVE, { input: complete(child.id, fields) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0]?.extensions?.field)).toMatch(new RegExp(`(^|\\.)${field}$`));
    expect(await rows(child.id)).toBe(0);
  });

  it('asks a child under 5 about development checks and not convictions, and no SDQ under 4', async () => {
    const child = await freshChild('2022-05-01');
    const young = { sdqScore: null, convicted: null, healthCheck: true };
    expect((await sw.ok<{ saveHealthOutcomes: { healthCheck: boolean } }>(SAVE, { input: complete(child.id, young) })).saveHealthOutcomes.healthCheck).toBe(true);
    for (const wrong of [{ healthCheck: null }, { convicted: false }, { sdqScore: 10 }]) {
      expect(errorCode(await sw.gql(SAVE, { input: complete(child.id, { ...young, ...wrong, year: 2025 }) }))).toBe('BAD_USER_INPUT');
    }
  });
});

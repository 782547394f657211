import type { TestDatabase } from '../support/database';
import { startWorldApi, stopWorldApi } from '../support/world-api';
import { errorCode, type ApiClient, type TestApi } from '../support/api';
import { makeChild, type World } from '../support/world';

const RECORD = `mutation($input: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $input) { id version kind startDate endDate } }`;
const UPDATE = `mutation($input: UpdateMissingEpisodeInput!) { updateMissingEpisode(input: $input) { id version kind startDate endDate } }`;
const READ = `query($id: ID!) { child(id: $id) { missingEpisodes { kind startDate endDate } } }`;

describe('missing and away-from-placement periods (SSDA903 missing)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;

  /** Looked after from 15 January 2024 to 1 October 2026 (the API's clock says 24 November 2026). */
  const freshChild = () =>
    db.dataSource.transaction((m) =>
      makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth: '2010-02-02', dateLookedAfter: '2024-01-15', dateCeasedLookedAfter: '2026-10-01' }),
    );
  const rows = async (childId: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM missing_episodes WHERE child_id = $1`, [childId]))[0].n);

  beforeAll(async () => ({ db, world, api, client: sw } = await startWorldApi('swA1')), 60_000);
  afterAll(() => stopWorldApi({ db, api }));

  it('records a period still open, ends it when the child comes back, lists it on the child, and audits both', async () => {
    const child = await freshChild();
    const made = (await sw.ok<{ recordMissingEpisode: { id: string; version: number } }>(RECORD, { input: { childId: child.id, kind: 'M', startDate: '2025-02-03' } })).recordMissingEpisode;
    expect(made).toMatchObject({ kind: 'M', startDate: '2025-02-03', endDate: null, version: 1 });
    const ended = await sw.ok(UPDATE, { input: { id: made.id, endDate: '2025-02-05', expectedVersion: 1 } });
    expect(ended).toMatchObject({ updateMissingEpisode: { endDate: '2025-02-05', version: 2 } });
    const read = await sw.ok<{ child: { missingEpisodes: unknown[] } }>(READ, { id: child.id });
    expect(read.child.missingEpisodes[0]).toEqual({ kind: 'M', startDate: '2025-02-03', endDate: '2025-02-05' });
    const audit = await db.dataSource.query(`SELECT action FROM audit_events WHERE record_type = 'MissingEpisode' AND record_id = $1 ORDER BY occurred_at`, [made.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(errorCode(await sw.gql(UPDATE, { input: { id: made.id, kind: 'A', expectedVersion: 1 } }))).toBe('CONFLICT');
  });

  it('records whether a return interview was offered and accepted once the child is back', async () => {
    const child = await freshChild();
    const WITH = `mutation($input: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $input) { id version returnInterviewOffered returnInterviewAccepted } }`;
    const made = (await sw.ok<{ recordMissingEpisode: { id: string } }>(WITH, { input: { childId: child.id, kind: 'A', startDate: '2025-06-01', endDate: '2025-06-02', returnInterviewOffered: true } })).recordMissingEpisode;
    expect(made).toMatchObject({ returnInterviewOffered: true, returnInterviewAccepted: null });
    const accepted = await sw.ok(`mutation($input: UpdateMissingEpisodeInput!) { updateMissingEpisode(input: $input) { version returnInterviewOffered returnInterviewAccepted } }`, {
      input: { id: made.id, returnInterviewAccepted: true, expectedVersion: 1 },
    });
    expect(accepted).toEqual({ updateMissingEpisode: { version: 2, returnInterviewOffered: true, returnInterviewAccepted: true } });
    // Taking the offer back while it is accepted is refused, and nothing changes.
    const res = await sw.gql(UPDATE, { input: { id: made.id, returnInterviewOffered: false, expectedVersion: 2 } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await db.dataSource.query(`SELECT version, return_interview_offered FROM missing_episodes WHERE id = $1`, [made.id])).toEqual([{ version: 2, return_interview_offered: true }]);
  });

  it.each([
    ['a kind that is not M or A (1006)', { kind: 'X' }, 'kind'],
    ['a start in the future', { startDate: '2026-12-01' }, 'startDate'],
    ['a start before the child was looked after (581)', { startDate: '2023-12-01' }, 'startDate'],
    ['a start after care ended (578)', { startDate: '2026-10-02' }, 'startDate'],
    ['an end before the start (567)', { startDate: '2025-03-10', endDate: '2025-03-09' }, 'endDate'],
    ['a period overlapping another (574)', { startDate: '2024-05-02', endDate: '2024-05-03' }, 'startDate'],
    ['a return interview offered before the child came back', { returnInterviewOffered: true }, 'returnInterviewOffered'],
    ['a return interview accepted that was not offered', { endDate: '2025-01-02', returnInterviewOffered: false, returnInterviewAccepted: true }, 'returnInterviewAccepted'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, fields, field) => {
    const child = await freshChild();
    await sw.ok(RECORD, { input: { childId: child.id, kind: 'A', startDate: '2024-05-01', endDate: '2024-05-02' } });
    const res = await sw.gql(RECORD, { input: { childId: child.id, kind: 'M', startDate: '2025-01-01', ...fields } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0]?.extensions?.field)).toMatch(new RegExp(`(^|\\.)${field}$`));
    expect(await rows(child.id)).toBe(1);
  });
});

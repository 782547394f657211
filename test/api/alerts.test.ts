import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { ALERT_CODES, URGENCIES } from '../../packages/server/src/rules';

const TODAY = '2026-11-24';

describe('alerts, the drift list and local policy on the demo council', () => {
  let db: TestDatabase;
  let api: TestApi;
  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    const res = await c.signIn(username, DEMO_PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: TODAY });
    api = await startTestApi(db.dataSource, { now: new Date(`${TODAY}T10:00:00Z`) });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('shows every alert type on at least one demo child, to the head of service of each council', async () => {
    const seen = new Set<string>();
    for (const head of ['harriet.head', 'noah.head']) {
      const hos = await as(head);
      const res = await hos.ok<{ driftList: { alerts: { code: string }[] }[] }>(`{ driftList(first: 1000) { alerts { code } } }`);
      for (const entry of res.driftList) for (const a of entry.alerts) seen.add(a.code);
    }
    expect([...ALERT_CODES].filter((c) => !seen.has(c))).toEqual([]);
  });

  it('orders the drift list by urgency: the child who said they feel unsafe comes first', async () => {
    const tm = await as('tom.manager');
    const res = await tm.ok<{ driftList: { child: { legalFirstName: string }; topUrgency: string; alerts: { code: string; urgency: string; source: { council: string; section: string } }[] }[] }>(
      `{ driftList { child { legalFirstName } topUrgency alerts { code urgency source { council section } } } }`,
    );
    expect(res.driftList[0].child.legalFirstName).toBe('Chloe');
    expect(res.driftList[0].alerts[0].code).toBe('CHILD_FEELS_UNSAFE');
    const ranks = res.driftList.map((e) => URGENCIES.indexOf(e.topUrgency as (typeof URGENCIES)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const entry of res.driftList) for (const a of entry.alerts) expect(a.source.section).not.toBe('');
  });

  it('filters the drift list by alert type, urgency, team and social worker, naming the panel criteria met', async () => {
    type Drift = {
      drift: {
        totalCount: number;
        childrenReached: number;
        alertCounts: { code: string; title: string; children: number }[];
        teams: { id: string; name: string }[];
        workers: { id: string; displayName: string }[];
        entries: { child: { team: { id: string }; socialWorker: { id: string } | null }; alerts: { code: string; urgency: string; detail: string; criteria: { criterion: string }[] }[] }[];
      };
    };
    const Q = `query($f: DriftFilter) { drift(filter: $f) { totalCount childrenReached alertCounts { code title children } teams { id name } workers { id displayName }
      entries { child { team { id } socialWorker { id } } alerts { code urgency detail criteria { criterion } } } } }`;
    const head = await as('harriet.head');
    const all = (await head.ok<Drift>(Q, {})).drift;
    expect(all.totalCount).toBeGreaterThan(0);
    expect(all.childrenReached).toBeGreaterThanOrEqual(all.totalCount);
    expect(all.teams.length).toBeGreaterThan(1);
    expect(all.workers.length).toBeGreaterThan(1);

    const panel = (await head.ok<Drift>(Q, { f: { alert: 'PERMANENCE_PANEL_CRITERIA_MET' } })).drift;
    expect(panel.totalCount).toBe(all.alertCounts.find((a) => a.code === 'PERMANENCE_PANEL_CRITERIA_MET')!.children);
    for (const e of panel.entries) {
      expect(e.alerts.map((a) => a.code)).toEqual(['PERMANENCE_PANEL_CRITERIA_MET']);
      // The criteria met are named in the sentence, not "Meets 1 panel criterion".
      for (const c of e.alerts[0].criteria) expect(e.alerts[0].detail).toMatch(new RegExp(`criteri(on|a) .*\\b${c.criterion} \\(`));
    }

    const high = (await head.ok<Drift>(Q, { f: { urgency: 'HIGH' } })).drift;
    expect(high.entries.length).toBeGreaterThan(0);
    expect(high.entries.every((e) => e.alerts.every((a) => a.urgency === 'HIGH'))).toBe(true);

    const team = all.teams[0];
    const byTeam = (await head.ok<Drift>(Q, { f: { teamId: team.id } })).drift;
    expect(byTeam.entries.every((e) => e.child.team.id === team.id)).toBe(true);
    expect(byTeam.totalCount).toBeLessThan(all.totalCount);

    const worker = all.workers[0];
    const byWorker = (await head.ok<Drift>(Q, { f: { workerId: worker.id, urgency: 'HIGH' } })).drift;
    expect(byWorker.entries.every((e) => e.child.socialWorker?.id === worker.id && e.alerts.every((a) => a.urgency === 'HIGH'))).toBe(true);

    // A social worker's list: their own children, one worker to choose from.
    const sam = await as('sam.worker');
    const mine = (await sam.ok<Drift>(Q, {})).drift;
    expect(mine.workers).toHaveLength(1);
    expect(mine.childrenReached).toBeLessThan(all.childrenReached);
    // An id that is not one reads as one that does not exist.
    expect(errorCode(await sam.gql(Q, { f: { teamId: 'not-an-id' } }))).toBe('NOT_FOUND');
  });

  it('filters the children list by an alert', async () => {
    const tm = await as('tom.manager');
    const res = await tm.ok<{ children: { edges: { node: { legalFirstName: string } }[] } }>(
      `{ children(filter: { alert: CHILD_FEELS_UNSAFE }) { edges { node { legalFirstName } } } }`,
    );
    expect(res.children.edges.map((e) => e.node.legalFirstName)).toEqual(['Chloe']);
    const none = await tm.ok<{ children: { totalCount: number } }>(`{ children(filter: { alert: SECTION_20_DRIFT, name: "Chloe" }) { totalCount } }`);
    expect(none.children.totalCount).toBe(0);
  });

  it("gives a social worker only their own caseload's drift, with each alert's rule and source", async () => {
    const sam = await as('sam.worker');
    const res = await sam.ok<{ driftList: { child: { socialWorker: { displayName: string } }; alerts: { code: string; dueDate: string | null; daysOverdue: number | null; source: { council: string } }[] }[] }>(
      `{ driftList { child { socialWorker { displayName } } alerts { code dueDate daysOverdue source { council } } } }`,
    );
    expect(res.driftList.length).toBeGreaterThan(0);
    expect(new Set(res.driftList.map((e) => e.child.socialWorker.displayName)).size).toBe(1);
  });

  it("lists Bolton's panel criteria with their evidence on a child's alerts", async () => {
    const [precious] = await db.dataSource.query(`SELECT id FROM children WHERE legal_first_name = 'Precious'`);
    const ben = await as('ben.worker');
    const res = await ben.ok<{ child: { alerts: { code: string; criteria: { criterion: string; evidence: string }[] }[] } }>(
      `query($id: ID!) { child(id: $id) { alerts { code criteria { criterion evidence } } } }`,
      { id: precious.id },
    );
    const panel = res.child.alerts.find((a) => a.code === 'PERMANENCE_PANEL_CRITERIA_MET');
    // Proceedings past 26 weeks (a) and joint funding (e), each with its evidence.
    expect(panel?.criteria.map((c) => c.criterion)).toEqual(expect.arrayContaining(['a', 'e']));
    expect(panel?.criteria.every((c) => c.evidence.length > 0)).toBe(true);
  });

  it('offers decision support and measures for a child', async () => {
    const [alfie] = await db.dataSource.query(`SELECT id FROM children WHERE legal_first_name = 'Alfie'`);
    const tm = await as('tess.manager');
    const res = await tm.ok<{ child: { suggestions: { code: string; source: { council: string } }[]; measures: { daysInCare: number } } }>(
      `query($id: ID!) { child(id: $id) { suggestions { code source { council } } measures { daysInCare placementCostToDate } } }`,
      { id: alfie.id },
    );
    expect(res.child.suggestions.map((s) => s.code)).toContain('HEAD_OF_SERVICE_APPROVAL_NEEDED');
    expect(res.child.measures.daysInCare).toBeGreaterThan(0);
  });

  it('decision support reads Damian’s family network: his aunt’s assessment is under way, and who may apply for each order, with sources', async () => {
    const [damian] = await db.dataSource.query(`SELECT id FROM children WHERE legal_first_name = 'Damian'`);
    const sw = await as('sam.worker');
    const res = await sw.ok<{
      child: {
        suggestions: { code: string; reasons: string[]; options: string[] }[];
        whoMayApply: { order: string; law: string; source: { council: string; section: string }; people: { name: string; from: string; assessment: string; eligible: boolean; reasons: string[]; otherwise: string[] }[] }[];
      };
    }>(
      `query($id: ID!) { child(id: $id) {
        suggestions { code reasons options }
        whoMayApply { order law source { council section } people { name from assessment eligible reasons otherwise } }
      } }`,
      { id: damian.id },
    );
    const options = res.child.suggestions.find((s) => s.code === 'CONSIDER_OPTIONS_FOR_AGE')!;
    expect(options.reasons).toContain('An assessment of Lisa Brown (maternal aunt) as a carer is under way: keep the kinship options open until it ends');
    expect(options.reasons).not.toContain('No kinship carer is available');
    expect(options.options).toContain('SPECIAL_GUARDIANSHIP');
    // Reasons are written in words: no option codes such as LONG_TERM_FOSTERING.
    expect(res.child.suggestions.flatMap((s) => s.reasons).filter((r) => /[A-Z]{2,}_[A-Z]{2,}/.test(r))).toEqual([]);

    expect(res.child.whoMayApply.map((r) => [r.order, r.source.council, r.source.section])).toEqual([
      ['SPECIAL_GUARDIANSHIP', 'Dorset', '7.5'],
      ['CHILD_ARRANGEMENTS_ORDER', 'Dorset', '7.6'],
      ['ADOPTION', 'Dorset', '7.7'],
    ]);
    const sgo = res.child.whoMayApply[0].people;
    // His mother and aunt from the network, his foster carers from his placement; not the nursery key person.
    expect(sgo.map((p) => `${p.name}: ${p.from}`).sort()).toEqual(['Angie Carter: NETWORK', 'Denise and Paul Ashworth: CARER', 'Lisa Brown: NETWORK']);
    expect(sgo.find((p) => p.name === 'Angie Carter')).toMatchObject({ eligible: false, reasons: ['A parent may not become a special guardian'], otherwise: [] });
    expect(sgo.find((p) => p.name === 'Lisa Brown')).toMatchObject({
      assessment: 'UNDER_WAY',
      eligible: false,
      otherwise: ['With the council’s consent (the child is under a care order)', 'With the consent of everyone with parental responsibility'],
    });
    // 45 days with the foster carers: not yet the year special guardianship or adoption needs.
    expect(sgo.find((p) => p.name === 'Denise and Paul Ashworth')!.eligible).toBe(false);
    const cao = res.child.whoMayApply[1].people;
    expect(cao.find((p) => p.name === 'Angie Carter')).toMatchObject({ eligible: true, reasons: ['A parent or guardian'] });
  });

  it('lets the administrator add a policy version and a non-working day, audited; a head of service may only read them', async () => {
    const admin = await as('adam.admin');
    const before = await admin.ok<{ policyProfile: { baseProfile: string }[] }>(`{ policyProfile { baseProfile effectiveFrom } }`);
    expect(before.policyProfile.map((p) => p.baseProfile)).toEqual(['national']);
    const added = await admin.ok<{ addPolicyVersion: { baseProfile: string; effectiveFrom: string; planReviewWeeks: number }[] }>(
      `mutation($input: PolicyVersionInput!) { addPolicyVersion(input: $input) { baseProfile effectiveFrom planReviewWeeks } }`,
      { input: { baseProfile: 'dorset', effectiveFrom: '2027-04-01', planReviewWeeks: 10 } },
    );
    expect(added.addPolicyVersion.at(-1)).toEqual({ baseProfile: 'dorset', effectiveFrom: '2027-04-01', planReviewWeeks: 10 });
    const bad = await admin.gql(`mutation($input: PolicyVersionInput!) { addPolicyVersion(input: $input) { baseProfile } }`, {
      input: { baseProfile: 'atlantis', effectiveFrom: '2027-05-01' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    await admin.ok(`mutation { addNonWorkingDay(input: { date: "2027-01-04", name: "Council closure day" }) { date } }`);
    const [audit] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action IN ('POLICY_CHANGED', 'NON_WORKING_DAY_ADDED')`);
    expect(audit.n).toBe(2);
    const hos = await as('harriet.head');
    expect(errorCode(await hos.gql(`{ nonWorkingDays { date name } }`))).toBeUndefined();
    expect(errorCode(await hos.gql(`mutation { addNonWorkingDay(input: { date: "2027-01-05", name: "x" }) { date } }`))).toBe('FORBIDDEN');
  });
});

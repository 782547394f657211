import { LIFE_STORY_AUDIENCES, PLAN_OPTIONS, PLAN_STATUSES } from '@forever-planning/shared';
import { verifyPassword } from '../../packages/server/src/modules/auth/password';
import { seedDemoCouncil, type SeedSummary } from '../../packages/server/src/seed/demo-council';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';

const TODAY = '2026-03-16';

type Rows = Record<string, unknown>[];

describe('demo council seed', () => {
  let db: TestDatabase;
  let other: TestDatabase | undefined;
  let summary: SeedSummary;
  const q = (sql: string, params: unknown[] = []): Promise<Rows> => db.dataSource.query(sql, params);
  const riversideChildren = `SELECT c.* FROM children c JOIN councils k ON k.id = c.council_id WHERE k.la_code = '318'`;

  beforeAll(async () => {
    db = await createTestDatabase();
    summary = await seedDemoCouncil(db.dataSource, { today: TODAY });
  });
  afterAll(async () => {
    await db?.drop();
    await other?.drop();
  });

  it('is deterministic: the same today gives the same children and counts', async () => {
    other = await createTestDatabase();
    const again = await seedDemoCouncil(other.dataSource, { today: TODAY });
    expect(again.counts).toEqual(summary.counts);
    const children = `SELECT legal_first_name, legal_last_name, date_of_birth::text, local_id FROM children ORDER BY local_id, legal_last_name`;
    expect(await other.dataSource.query(children)).toEqual(await q(children));
  });

  it('refuses a database that already has a council', async () => {
    await expect(seedDemoCouncil(db.dataSource, { today: TODAY })).rejects.toThrow(/already holds a council/);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM councils`);
    expect(n).toBe(2);
  });

  it('gives Riverside at least 60 children aged 0 to 17, each in a team, with unique local ids', async () => {
    // Children looked after now: the care leavers (18 to 20) are counted below.
    const rows = await q(`SELECT count(*)::int AS n, min(age(DATE '${TODAY}', date_of_birth)) AS youngest,
      max(date_part('year', age(DATE '${TODAY}', date_of_birth)))::int AS oldest,
      min(date_part('year', age(DATE '${TODAY}', date_of_birth)))::int AS youngest_years,
      count(DISTINCT local_id)::int AS ids, count(team_id)::int AS teamed FROM (${riversideChildren} AND c.date_ceased_looked_after IS NULL) c`);
    expect(rows[0].n).toBeGreaterThanOrEqual(60);
    expect(rows[0].youngest_years).toBe(0);
    expect(rows[0].oldest).toBe(17);
    expect(rows[0].ids).toBe(rows[0].n);
    expect(rows[0].teamed).toBe(rows[0].n);
    const leavers = await q(`SELECT date_part('year', age(DATE '${TODAY}', c.date_of_birth))::int AS age, l.after_eighteen,
        (SELECT count(*)::int FROM care_leaver_birthdays b WHERE b.child_id = c.id) AS birthdays
      FROM (${riversideChildren} AND c.date_ceased_looked_after IS NOT NULL) c JOIN leaving_care l ON l.child_id = c.id ORDER BY age`);
    expect(leavers.map((l) => l.after_eighteen).sort()).toEqual(['STAYING_CLOSE', 'STAYING_PUT', 'SUPPORTED_ACCOMMODATION']);
    expect(leavers.every((l) => Number(l.age) >= 18 && Number(l.age) <= 20 && Number(l.birthdays) >= 1)).toBe(true);
  });

  it('covers every plan option and status, with histories and plans without contingency', async () => {
    const plans = await q(`SELECT p.* FROM plans p JOIN (${riversideChildren}) c ON c.id = p.child_id`);
    expect(new Set(plans.map((p) => p.primary_option))).toEqual(new Set(PLAN_OPTIONS));
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(PLAN_STATUSES));
    const [{ histories }] = await q(`SELECT count(*)::int AS histories FROM (SELECT child_id FROM plans GROUP BY child_id HAVING count(*) >= 2) h`);
    expect(histories).toBeGreaterThanOrEqual(3);
    const [{ none }] = await q(`SELECT count(*)::int AS none FROM plans p WHERE p.status NOT IN ('ENDED','DRAFT')
      AND NOT EXISTS (SELECT 1 FROM plan_contingencies c WHERE c.plan_id = p.id)`);
    expect(none).toBeGreaterThanOrEqual(2);
    const damian = await q(`SELECT o.outcome FROM plan_outcomes o JOIN plans p ON p.id = o.plan_id JOIN children c ON c.id = p.child_id
      WHERE c.legal_first_name = 'Damian' ORDER BY o.position`);
    expect(damian[0].outcome).toMatch(/Damian will feel safe/);
  });

  it('has life story items for every audience, including past and future release dates', async () => {
    const items = await q(`SELECT audience, release_on::text AS release_on FROM life_story_items`);
    expect(new Set(items.map((i) => i.audience))).toEqual(new Set(LIFE_STORY_AUDIENCES));
    const dates = items.filter((i) => i.audience === 'CHILD_FROM_DATE').map((i) => String(i.release_on));
    expect(dates.some((d) => d < TODAY)).toBe(true);
    expect(dates.some((d) => d > TODAY)).toBe(true);
  });

  it('has brothers and sisters living together and apart, with and without assessments and plans', async () => {
    const links = await q(`SELECT l.living_together,
      EXISTS (SELECT 1 FROM together_apart_assessments a WHERE a.sibling_link_id = l.id) AS assessed,
      EXISTS (SELECT 1 FROM keeping_in_touch_plans k WHERE k.sibling_link_id = l.id) AS kit FROM sibling_links l`);
    expect(links.some((l) => l.living_together)).toBe(true);
    expect(links.some((l) => !l.living_together && l.assessed && l.kit)).toBe(true);
    expect(links.some((l) => !l.living_together && !l.assessed)).toBe(true);
    expect(links.some((l) => !l.living_together && !l.kit)).toBe(true);
  });

  it('has the drift cases: many moves, long section 20, overdue reviews, long placement with parents', async () => {
    const [{ moved }] = await q(`SELECT count(*)::int AS moved FROM (SELECT child_id FROM placements
      WHERE start_date > DATE '${TODAY}' - INTERVAL '12 months' AND reason_new_episode <> 'S' GROUP BY child_id HAVING count(*) > 3) m`);
    expect(moved).toBeGreaterThanOrEqual(1);
    const [{ s20 }] = await q(`SELECT count(*)::int AS s20 FROM legal_statuses WHERE status = 'SECTION_20' AND end_date IS NULL
      AND start_date < DATE '${TODAY}' - INTERVAL '2 years'`);
    expect(s20).toBeGreaterThanOrEqual(1);
    const [{ overdue }] = await q(`SELECT count(*)::int AS overdue FROM meetings WHERE type IN ('FIRST_REVIEW','SECOND_REVIEW','SUBSEQUENT_REVIEW')
      AND held_on IS NULL AND due_date < DATE '${TODAY}'`);
    expect(overdue).toBeGreaterThanOrEqual(2);
    const [{ upcoming }] = await q(`SELECT count(*)::int AS upcoming FROM meetings WHERE held_on IS NULL AND due_date > DATE '${TODAY}'`);
    expect(upcoming).toBeGreaterThan(10);
    const [{ home }] = await q(`SELECT count(*)::int AS home FROM placements WHERE type = 'PARENTS' AND end_date IS NULL
      AND start_date < DATE '${TODAY}' - INTERVAL '12 months'`);
    expect(home).toBeGreaterThanOrEqual(1);
  });

  it('gives Amira what her portal shows', async () => {
    const [amira] = await q(`SELECT c.*, date_part('year', age(DATE '${TODAY}', c.date_of_birth))::int AS years FROM children c
      JOIN role_assignments r ON r.child_id = c.id JOIN users u ON u.id = r.user_id WHERE u.username = 'amira'`);
    expect(amira.legal_first_name).toBe('Amira');
    expect(amira.years).toBe(12);
    const [plan] = await q(`SELECT * FROM plans WHERE child_id = $1 ORDER BY plan_number DESC LIMIT 1`, [amira.id]);
    expect(plan).toMatchObject({ primary_option: 'LONG_TERM_FOSTERING', status: 'ENDORSED' });
    expect(plan.shared_with_child_at).not.toBeNull();
    expect(plan.child_friendly_summary).toMatch(/Forever Planning/);
    const [advocacy] = await q(`SELECT u.username FROM advocacy_referrals a JOIN users u ON u.id = a.advocate_id WHERE a.child_id = $1 AND a.status = 'ACTIVE'`, [amira.id]);
    expect(advocacy.username).toBe('ada.advocate');
    const [sam] = await q(`SELECT count(*)::int AS n FROM children c JOIN users u ON u.id = c.social_worker_id WHERE u.username = 'sam.worker'`);
    expect(sam.n).toBe(12);
  });

  it('creates every demo account with its role and the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const rows = await q(`SELECT u.password_hash, r.role, r.team_id, r.child_id FROM users u JOIN role_assignments r ON r.user_id = u.id WHERE u.username = $1`, [account.username]);
      expect(rows.map((r) => r.role)).toEqual([account.role]);
      expect(await verifyPassword(String(rows[0].password_hash), DEMO_PASSWORD)).toBe(true);
    }
    expect(summary.accounts.map((a) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
  });
});

import { loadChildFacts } from '../../packages/server/src/modules/alerts/child-facts.loader';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildWorld, type World } from '../support/world';

/**
 * The rules' facts are kept per child while children.facts_version stays the
 * same, so every write that changes what the rules read must move it, in the
 * same transaction, whoever makes the write (another API process, a script).
 */
describe('children.facts_version and the kept rules facts', () => {
  let db: TestDatabase;
  let world: World;

  const version = async (childId: string): Promise<string> =>
    String((await db.dataSource.query('SELECT facts_version::text AS v FROM children WHERE id = $1', [childId]))[0].v);

  async function moves(childId: string, write: () => Promise<unknown>): Promise<boolean> {
    const before = await version(childId);
    await write();
    return (await version(childId)) !== before;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
  });
  afterAll(() => db.drop());

  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  it('moves when a record the rules read changes, for the child it belongs to', async () => {
    const a1 = world.children.a1.id;
    expect(await moves(a1, () => q(`INSERT INTO placements (child_id, type, start_date, carer_name, in_area, weekly_cost) VALUES ($1, 'FOSTER_CARE', '2025-01-01', 'Carer', true, 100)`, [a1]))).toBe(true);
    expect(await moves(a1, () => q(`UPDATE placements SET carer_name = 'Another carer' WHERE child_id = $1`, [a1]))).toBe(true);
    expect(await moves(a1, () => q(`INSERT INTO meetings (child_id, type, due_date) VALUES ($1, 'FIRST_REVIEW', '2025-02-01')`, [a1]))).toBe(true);
    expect(await moves(a1, () => q(`UPDATE children SET date_looked_after = '2024-12-01' WHERE id = $1`, [a1]))).toBe(true);
  });

  it('moves for both children of a brother-or-sister link, and for a plan’s outcomes', async () => {
    const { a1, a1sib } = world.children;
    const [link] = await q(`SELECT id FROM sibling_links WHERE $1 IN (child_a_id, child_b_id)`, [a1.id]);
    const beforeSib = await version(a1sib.id);
    expect(await moves(a1.id, () => q(`UPDATE sibling_links SET living_together = NOT living_together WHERE id = $1`, [link.id]))).toBe(true);
    expect(await version(a1sib.id)).not.toBe(beforeSib);

    const beforeName = await version(a1.id);
    await q(`UPDATE children SET preferred_name = 'Sunny' WHERE id = $1`, [a1sib.id]);
    expect(await version(a1.id)).not.toBe(beforeName); // a1's facts show a1sib's name

    const [plan] = await q(`INSERT INTO plans (child_id, plan_number, status, created_by_id) VALUES ($1, 99, 'DRAFT', $2) RETURNING id`, [a1.id, world.users.swA1.id]);
    expect(await moves(a1.id, () => q(`INSERT INTO plan_outcomes (plan_id, position, outcome, measure) VALUES ($1, 1, 'o', 'm')`, [plan.id]))).toBe(true);
  });

  it('does not make the person who changed a related record the last to change the child', async () => {
    const a2 = world.children.a2.id;
    const [before] = await q(`SELECT updated_by_id FROM children WHERE id = $1`, [a2]);
    await db.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('forever_planning.acting_user_id', $1, true)`, [world.users.swA1.id]);
      await m.query(`INSERT INTO meetings (child_id, type, due_date) VALUES ($1, 'FIRST_REVIEW', '2025-03-01')`, [a2]);
    });
    const [after] = await q(`SELECT updated_by_id FROM children WHERE id = $1`, [a2]);
    expect(after.updated_by_id).toBe(before.updated_by_id);
  });

  it('stays put for changes the rules do not read', async () => {
    const a2 = world.children.a2.id;
    expect(await moves(a2, () => q(`UPDATE children SET school = 'Hill Primary' WHERE id = $1`, [a2]))).toBe(false);
    expect(await moves(a2, () => q(`INSERT INTO network_members (child_id, kind, name, relationship) VALUES ($1, 'RELATIVE', 'Gran', 'Grandmother')`, [a2]))).toBe(false);
  });

  it('hands back the same facts while nothing changed, and fresh facts after any write', async () => {
    const b1 = world.children.b1.id;
    const first = (await loadChildFacts(db.dataSource, [b1])).get(b1)!;
    expect((await loadChildFacts(db.dataSource, [b1])).get(b1)).toBe(first);
    expect(Object.isFrozen(first.placements)).toBe(true);

    // A write from outside this process (plain SQL) is seen on the next read.
    await q(`INSERT INTO placements (child_id, type, start_date, carer_name, in_area, weekly_cost) VALUES ($1, 'RESIDENTIAL', '2025-06-01', 'Oak House', false, 3000)`, [b1]);
    const after = (await loadChildFacts(db.dataSource, [b1])).get(b1)!;
    expect(after).not.toBe(first);
    expect(after.placements.map((p) => p.carerName)).toContain('Oak House');
  });
});

import { createTestDatabase, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let db: TestDatabase;
  afterEach(async () => db?.drop());

  it('apply to an empty database, leave no difference from the entities, and reverse completely', async () => {
    db = await createTestDatabase({ empty: true });
    const ds = db.dataSource;
    const applied = await ds.runMigrations();
    expect(applied.length).toBeGreaterThanOrEqual(2);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await ds.query(`INSERT INTO audit_events (action) VALUES ('SIGN_IN')`);
    await expect(ds.query(`UPDATE audit_events SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM audit_events`);
    expect(count).toBe(1);
  });

  it('enforces vocabularies and date order with check constraints', async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    const [council] = await ds.query(`INSERT INTO councils (name, la_code) VALUES ('C', '999') RETURNING id`);
    const [team] = await ds.query(`INSERT INTO teams (council_id, name) VALUES ($1, 'T') RETURNING id`, [council.id]);
    const insertChild = (gender: string, dob: string, lookedAfter: string) =>
      ds.query(
        `INSERT INTO children (council_id, team_id, local_id, legal_first_name, legal_last_name, date_of_birth, gender, date_looked_after)
         VALUES ($1, $2, 'X1', 'A', 'B', $3, $4, $5)`,
        [council.id, team.id, dob, gender, lookedAfter],
      );
    await expect(insertChild('ROBOT', '2015-01-01', '2020-01-01')).rejects.toThrow(/child_gender/);
    await expect(insertChild('FEMALE', '2015-01-01', '2010-01-01')).rejects.toThrow(/child_looked_after_after_birth/);
    await expect(insertChild('FEMALE', '2015-01-01', '2020-01-01')).resolves.toBeDefined();
  });
});

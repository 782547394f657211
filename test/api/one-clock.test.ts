import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { ChildMessageEntity } from '../../packages/server/src/modules/child-messages/child-message.entity';

/**
 * The server's Clock is the only "now": the time a record is written, updated
 * and audited is the clock's, not PostgreSQL's now(). The clock here is years
 * from the real date, so a time taken from the database shows at once.
 */
describe('one clock for records and the audit trail', () => {
  const AT = new Date('2031-06-15T09:30:00Z');
  let db: TestDatabase;
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, { now: AT });
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const day = (d: Date | string): string => new Date(d).toISOString().slice(0, 10);

  it('stamps a new record, its later update and their audit rows with the server clock', async () => {
    const child = api.client();
    await child.signIn('yp.a1', PASSWORD);
    await child.ok(`mutation($input: NotHappyMessageInput!) { sendNotHappyMessage(input: $input) { sentAt } }`, { input: { sendTo: 'WORKER', words: 'One clock test' } });
    const [message] = await db.dataSource.query(`SELECT id, created_at, updated_at FROM child_messages WHERE words = 'One clock test'`);
    expect(day(message.created_at)).toBe('2031-06-15');
    expect(day(message.updated_at)).toBe('2031-06-15');

    // A query-builder update (no entity loaded) takes the clock too.
    api.clock.set(new Date('2031-06-16T09:30:00Z'));
    await db.dataSource.getRepository(ChildMessageEntity).update({ id: message.id }, { acknowledgedAt: api.clock.now() });
    const [updated] = await db.dataSource.query(`SELECT created_at, updated_at FROM child_messages WHERE id = $1`, [message.id]);
    expect(day(updated.created_at)).toBe('2031-06-15');
    expect(day(updated.updated_at)).toBe('2031-06-16');

    const audit: { occurred_at: Date }[] = await db.dataSource.query(`SELECT occurred_at FROM audit_events WHERE child_id = $1`, [world.children.a1.id]);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((a) => day(a.occurred_at) === '2031-06-15')).toBe(true);
  });
});

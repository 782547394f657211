import path from 'node:path';
import { spawn } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi } from '../support/api';

/** A council going live without demo data: `npm run first-administrator`, then signing in as that person. */
const root = path.resolve(__dirname, '..', '..');

function run(db: TestDatabase, args: string[], password: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'packages', 'server', 'src', 'seed', 'first-administrator.cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  child.stdin.end(`${password}\n`);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

const ARGS = ['--council', 'Newham Council', '--la-code', '316', '--username', 'Ngozi.Admin', '--first-name', 'Ngozi', '--last-name', 'Okafor', '--email', 'ngozi@example.org'];
const PASSWORD = 'long river morning lantern 42';

describe('first administrator for a new council', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('refuses a weak password and an invalid code, creating nothing', async () => {
    const weak = await run(db, ARGS, 'password');
    expect(weak.code).toBe(1);
    const badCode = await run(db, ARGS.map((a) => (a === '316' ? '31' : a)), PASSWORD);
    expect(badCode.code).toBe(1);
    expect(badCode.output).toContain('three-digit DfE local authority code');
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM councils')).toEqual([{ n: 0 }]);
  });

  it('creates the council and an administrator who can sign in, and only once', async () => {
    const made = await run(db, ARGS, PASSWORD);
    expect(made.output).toContain('Created Newham Council and its administrator ngozi.admin');
    expect(made.code).toBe(0);
    const api = await startTestApi(db.dataSource);
    try {
      const client = api.client();
      const res = await client.signIn('ngozi.admin', PASSWORD);
      expect(res.errors).toBeUndefined();
      const me = await client.ok<{ me: { role: string; displayName: string } }>('{ me { role displayName } }');
      expect(me.me.role).toBe('ADMINISTRATOR');
    } finally {
      await api.close();
    }
    const again = await run(db, ARGS.map((a) => (a === 'Ngozi.Admin' ? 'second.admin' : a)), PASSWORD);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already holds a council');
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 1 }]);
  });
});

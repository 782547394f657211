import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { DEMO_ACCOUNTS } from '../../packages/server/src/seed/demo-accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';

/**
 * What README.md tells a new user, checked against what the product does: the
 * start-up banner, the demo council's size and accounts, every setting the code
 * reads, and the test command CI runs. A README that drifts fails here.
 */
const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The text of one `## ` section of the README. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end === -1 ? undefined : end);
}

function filesBelow(dir: string, keep: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter(keep);
}

/** Every environment variable the server and the portals' builds read (the benchmark documents its own). */
function variablesTheCodeReads(): string[] {
  const sources = [
    ...filesBelow(path.join(root, 'packages', 'server', 'src'), (f) => f.endsWith('.ts') && !f.includes(`${path.sep}bench${path.sep}`) && !/\.spec\.ts$/.test(f)),
    ...['professional-portal', 'young-person-portal'].map((p) => path.join(root, 'packages', p, 'vite.config.ts')),
    path.join(root, 'packages', 'ui', 'vite.ts'),
  ];
  const names = new Set<string>();
  const patterns = [/\benv\.([A-Z][A-Z0-9_]+)/g, /\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g, /\bint\(['"]([A-Z][A-Z0-9_]+)['"]/g];
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) names.add(m[1]);
  }
  // Set by npm for the scripts it runs (the folder it was started in), not a setting of ours.
  names.delete('INIT_CWD');
  return [...names].sort();
}

describe('README facts', () => {
  it('names every npm script a developer runs', () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>);
    // postinstall is npm's own hook, never typed.
    const missing = scripts.filter((name) => name !== 'postinstall' && !readme.includes(`npm run ${name}`) && !readme.includes(`npm ${name}`));
    expect(missing).toEqual([]);
    expect(section('Development')).toContain('`npm run lint`');
  });

  it('the configuration table names every variable the code reads', () => {
    const table = section('Configuration');
    const documented = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]));
    const read = variablesTheCodeReads();
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('the demo accounts table lists exactly the seeded accounts', () => {
    const table = section('Demo accounts');
    // The first cell of each row of the table: one or more `username`s.
    const firstCells = [...table.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]);
    const listed = new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([a-z][a-z.]*)`/g)].map((m) => m[1])));
    expect([...listed].sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
  });

  it('CI runs the README\'s test command', () => {
    const commands = section('The two commands');
    const testCommand = /^(npm [a-z]+)\s+#.*every test/m.exec(commands)?.[1];
    expect(testCommand).toBe('npm test');
    const ci = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8');
    expect(ci.split('\n').map((l) => l.trim())).toContain(testCommand);
  });

  describe('npm start on an empty database', () => {
    let db: TestDatabase;
    let output = '';
    let port = 0;

    beforeAll(async () => {
      db = await createTestDatabase();
      port = await freePort();
      const server = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'packages', 'server', 'src', 'main.ts')], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', FP_SEED_ON_EMPTY: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server.stdout.on('data', (d) => (output += String(d)));
      server.stderr.on('data', (d) => (output += String(d)));
      const until = Date.now() + 120_000;
      while (!output.includes('Press Ctrl+C to stop.') && Date.now() < until && server.exitCode === null) await new Promise((r) => setTimeout(r, 200));
      server.kill('SIGTERM');
      await new Promise((r) => server.once('close', r));
    }, 150_000);
    afterAll(async () => {
      await db?.drop();
    });

    it('prints every address the README says it prints', () => {
      const table = section('The two commands');
      const rows = [...table.matchAll(/^\| ([^|]+) \| (http:\/\/localhost:4000[^|]*) \|$/gm)];
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const [, , addresses] of rows) {
        for (const address of addresses.split(',').map((a) => a.trim())) {
          expect(output).toContain(address.replace('localhost:4000', `localhost:${port}`));
        }
      }
    });

    it('`npm run seed -- --reset`, as the README says, starts again with only the demo data', async () => {
      await db.dataSource.query(`INSERT INTO councils (name, la_code) VALUES ('Not demo data', '100')`);
      const seeded = spawnSync('npm', ['run', 'seed', '--', '--reset'], { cwd: root, env: { ...process.env, DATABASE_URL: db.url }, encoding: 'utf8' });
      expect(seeded.stdout).toContain('Reset: every table dropped.');
      expect(seeded.status).toBe(0);
      expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM councils WHERE name = 'Not demo data'`)).toEqual([{ n: 0 }]);
    }, 120_000);

    it('creates the demo council with as many children as the README says', async () => {
      const said = /"Riverside Borough Council", (\d+) children/.exec(section('Demo accounts'));
      expect(said).not.toBeNull();
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM children c JOIN councils k ON k.id = c.council_id WHERE k.name = 'Riverside Borough Council'`);
      expect(n).toBe(Number(said![1]));
    });
  });
});

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';

/**
 * The real server process (main.ts) refusing to start: each fault a person
 * starting it can fix is said in one sentence on stderr, with no stack trace,
 * and the process exits 1 without changing anything.
 */
const root = path.resolve(__dirname, '..', '..');

async function start(env: Record<string, string>, script = 'main.ts'): Promise<{ code: number | null; output: string }> {
  const server = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'packages', 'server', 'src', script)], {
    cwd: root,
    env: { ...process.env, FP_SEED_ON_EMPTY: 'false', NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += String(d)));
  server.stderr.on('data', (d) => (output += String(d)));
  const timer = setTimeout(() => server.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => server.once('close', resolve));
  clearTimeout(timer);
  return { code, output };
}

/** The sentence the server gives, and that it gave no stack trace. */
function expectOneSentence(output: string, sentence: RegExp): void {
  const line = output.split('\n').find((l) => l.startsWith('Forever Planning could not start.'));
  expect(line).toMatch(sentence);
  expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('start-up faults', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('a port already in use', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const { code, output } = await start({ DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expectOneSentence(output, new RegExp(`Port ${port} is in use\\. Stop the program using it, or start with PORT=<another port>\\.`));
    } finally {
      blocker.close();
    }
  });

  it('a DATABASE_URL nobody answers on', async () => {
    const port = await freePort(); // nothing listens there
    const { code, output } = await start({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nothing`, PORT: String(await freePort()) });
    expect(code).toBe(1);
    expectOneSentence(output, /Cannot reach the database .*Check that PostgreSQL is running and DATABASE_URL is right\./);
  });

  it('an FP_REPLICA_URL that is not a PostgreSQL URL, without repeating its password', async () => {
    const { code, output } = await start({ DATABASE_URL: db.url, FP_REPLICA_URL: 'mysql://reports:s3cret-word@replica.example/fp', PORT: String(await freePort()) });
    expect(code).toBe(1);
    expectOneSentence(output, /FP_REPLICA_URL must be a PostgreSQL connection URL, such as postgres:\/\/user:password@replica-host:5432\/forever_planning\./);
    expect(output).not.toContain('s3cret-word');
  });

  it('a DATABASE_URL naming a database that does not exist', async () => {
    const url = new URL(db.url);
    url.pathname = '/fp_no_such_database';
    const { code, output } = await start({ DATABASE_URL: url.toString(), PORT: String(await freePort()) });
    expect(code).toBe(1);
    expectOneSentence(output, /The database named in DATABASE_URL does not exist .*Create it first\./);
  });

  it('a data folder that cannot be used (a file where the folder should be)', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fp-startup-')), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const env: Record<string, string> = { FP_DATA_DIR: file, PORT: String(await freePort()), FP_EMBEDDED_PG_PORT: String(await freePort()) };
    const { code, output } = await start({ ...env, DATABASE_URL: '' });
    expect(code).toBe(1);
    expect(output).toContain('Forever Planning could not start.');
    expect(output).toContain(file);
  });

  it('a data folder whose PostgreSQL is already running: the start and the seed each refuse in one sentence', async () => {
    // PostgreSQL's own lock file naming a live process (this one) is what a running server leaves.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-busy-'));
    fs.mkdirSync(path.join(dataDir, 'postgres'));
    fs.writeFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), `${process.pid}\n${dataDir}/postgres\n`);
    const env = { FP_DATA_DIR: dataDir, PORT: String(await freePort()), FP_EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' };
    const busy = new RegExp(`The data folder ${dataDir} is in use by another running Forever Planning \\(PostgreSQL process ${process.pid}\\): stop that one first, or choose another folder with FP_DATA_DIR\\.`);

    const started = await start(env);
    expect(started.code).toBe(1);
    expectOneSentence(started.output, busy);

    const seeded = await start(env, 'seed/seed.cli.ts');
    expect(seeded.code).toBe(1);
    expect(seeded.output).toMatch(busy);
    expect(seeded.output).not.toContain('unexpectedly');
    // Nothing was made in the folder.
    expect(fs.readdirSync(path.join(dataDir, 'postgres'))).toEqual(['postmaster.pid']);
  });

  it('a migration that fails leaves the database as it was', async () => {
    // A table in the way of the next migration: it fails, and the whole run is rolled back.
    const empty = await createTestDatabase({ empty: true });
    try {
      await empty.dataSource.query('CREATE TABLE councils (id int)');
      const { code, output } = await start({ DATABASE_URL: empty.url, PORT: String(await freePort()) });
      expect(code).toBe(1);
      expectOneSentence(output, /A database migration failed, so nothing was changed and the server did not start: /);
      const tables = await empty.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
      // Only TypeORM's own (empty) bookkeeping table was added: no migration's table and none recorded as run.
      expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(['councils', 'migrations']);
      expect(await empty.dataSource.query('SELECT name FROM migrations')).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});

import net from 'node:net';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { startTestApi } from '../support/api';
import { buildWorld } from '../support/world';

/** The real server process (main.ts): graceful shutdown on SIGTERM, and the health checks. */

describe('graceful shutdown and health checks', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('on SIGTERM stops taking requests, finishes the one in flight, closes the pool and exits 0', async () => {
    const port = await freePort();
    const root = path.resolve(__dirname, '..', '..');
    const server: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'packages', 'server', 'src', 'main.ts')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), FP_SEED_ON_EMPTY: 'false', NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (d) => (output += String(d)));
    server.stderr!.on('data', (d) => (output += String(d)));
    const exited = new Promise<number | null>((resolve) => server.once('close', (code: number | null) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!output.includes('Forever Planning is running') && Date.now() < deadline && server.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('Forever Planning is running');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

      // A request in flight: headers and half the body sent before SIGTERM, the rest after.
      const body = JSON.stringify({ query: '{ me { id } }' });
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((r) => socket.once('connect', () => r()));
      let answer = '';
      socket.on('data', (d) => (answer += String(d)));
      const closed = new Promise<void>((r) => socket.once('close', () => r()));
      socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
      await new Promise((r) => setTimeout(r, 200));
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      // No new requests are taken.
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      socket.end(body.slice(5));
      await closed;
      expect(answer).toMatch(/^HTTP\/1.1 200/);
      expect(answer).toContain('"me":null');
      const code = await exited;
      expect({ code, output: code === 0 ? '' : output.slice(-600) }).toEqual({ code: 0, output: '' });
      expect(output).toContain('database connections closed');
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }, 90_000);

  it('/healthz says the process is up; /readyz says the database is reachable and migrated', async () => {
    const api = await startTestApi(db.dataSource);
    const empty = await createTestDatabase({ empty: true });
    const unmigrated = await startTestApi(empty.dataSource);
    try {
      expect(await (await fetch(`${api.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${api.baseUrl}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
      const pending = await fetch(`${unmigrated.baseUrl}/readyz`);
      expect(pending.status).toBe(503);
      expect((await fetch(`${unmigrated.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await unmigrated.close();
      await empty.drop();
      await api.close();
    }
  });
});

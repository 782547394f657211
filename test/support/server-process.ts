import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port';

const root = path.resolve(__dirname, '..', '..');

/** The real server (main.ts) in its own process: what an attacker reaches, crash and all. */
export interface ServerProcess {
  baseUrl: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Still running (not exited or killed). */
  alive(): boolean;
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-server-'));
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'packages', 'server', 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', FP_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const closed = new Promise<void>((resolve) =>
    child.once('close', () => {
      exited = true;
      resolve();
    }),
  );
  const started = Date.now();
  while (!output.includes('Forever Planning is running.')) {
    if (exited) throw new Error(`The server exited while starting:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    alive: () => !exited,
    stop: async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await closed;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

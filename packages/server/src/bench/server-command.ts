import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const SERVER_DIR = path.resolve(__dirname, '..', '..');

/**
 * Runs one of the server's command-line tools (`node [nodeArgs] -r @swc-node/register ...args`) in a process of its
 * own against a database, as a council would run it. Its output goes to a file, not a pipe: the commands end with
 * process.exit, which would cut a pipe's last writes off; the benches read their figures from its last lines.
 */
export function runServerCommand(
  args: readonly string[],
  databaseUrl: string,
  output: string,
  nodeArgs: readonly string[] = [],
): Promise<{ exitCode: number | null; text: string }> {
  const fd = fs.openSync(output, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', ...args], {
      cwd: SERVER_DIR,
      env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: databaseUrl },
      stdio: ['ignore', fd, 'inherit'],
    });
    child.on('error', (error) => {
      fs.closeSync(fd);
      reject(error);
    });
    child.on('close', (exitCode) => {
      fs.closeSync(fd);
      resolve({ exitCode, text: fs.readFileSync(output, 'utf8') });
    });
  });
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A primary and a streaming replica on this machine, with the distribution's PostgreSQL programs
 * (Debian's /usr/lib/postgresql/<version>/bin): for the replica test (test/api/replica.test.ts) and the
 * benchmark's replica figures (npm run bench:replica; BENCHMARKS.md). Nothing here touches another cluster.
 */

/** The newest installed version's bin folder. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error(`No PostgreSQL programs in ${root}/<version>/bin (apt-get install postgresql).`);
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return path.join(root, newest, 'bin');
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root, every program runs as the postgres system user. */
function run(program: string, args: string[]): string {
  const file = path.join(postgresBin(), program);
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  try {
    return execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`${program} ${args.join(' ')} failed: ${e.stderr?.toString() || e.stdout?.toString() || e.message}`, { cause: error });
  }
}

/** A folder the cluster's user owns (0700, as PostgreSQL wants). */
function ownedFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    // The parents must let postgres in.
    for (let p = path.dirname(dir); p !== path.dirname(p) && p.startsWith('/tmp/'); p = path.dirname(p)) fs.chmodSync(p, 0o755);
    fs.chownSync(dir, uid, gid);
  }
  fs.chmodSync(dir, 0o700);
}

function appendSettings(dir: string, port: number): void {
  const settings = [
    '',
    '# Forever Planning: a local cluster (src/bench/local-cluster.ts)',
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    'wal_level = replica',
    'max_wal_senders = 5',
    // A replica stopped for a while (the test stops one) finds the WAL it missed still there.
    'wal_keep_size = 256MB',
    'hot_standby = on',
    // A report running on the standby is not cancelled by replay at once (they wait up to this long).
    'max_standby_streaming_delay = 30s',
    '',
  ].join('\n');
  fs.appendFileSync(path.join(dir, 'postgresql.conf'), settings);
}

/** initdb a primary in `dir` (trust on 127.0.0.1 only, replication allowed from there) and start it on `port`. */
export function startPrimary(dir: string, port: number): string {
  ownedFolder(dir);
  run('initdb', ['-D', dir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  appendSettings(dir, port);
  fs.writeFileSync(
    path.join(dir, 'pg_hba.conf'),
    ['local all all trust', 'host all all 127.0.0.1/32 trust', 'local replication all trust', 'host replication all 127.0.0.1/32 trust', ''].join('\n'),
  );
  startCluster(dir);
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

/** A replica of the primary on `primaryPort`: pg_basebackup -R into `dir` (standby.signal, primary_conninfo), started on `port`. */
export function startReplica(primaryPort: number, dir: string, port: number): string {
  ownedFolder(dir);
  run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', dir, '-R', '-X', 'stream', '-c', 'fast']);
  appendSettings(dir, port);
  startCluster(dir);
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

/** Starts a stopped cluster (its settings say the port), waiting until it accepts connections. */
export function startCluster(dir: string): void {
  run('pg_ctl', ['-D', dir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
}

/** Stops a cluster: `fast` ends sessions cleanly, `immediate` as a crash would. */
export function stopCluster(dir: string, mode: 'fast' | 'immediate' = 'fast'): void {
  if (!fs.existsSync(path.join(dir, 'postmaster.pid'))) return;
  run('pg_ctl', ['-D', dir, '-m', mode, '-w', 'stop']);
}

import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import path from 'node:path';

/**
 * Every core of the machine: `node dist/cluster.js` (npm run start:cluster)
 * starts FP_WORKERS API processes (default: the cores Node may use) sharing
 * one port through node:cluster. The API keeps nothing between requests in
 * its own memory (BENCHMARKS.md, "Running several API instances"), so any
 * worker can answer any request.
 *
 * - The first worker starts alone and applies any pending migrations; the
 *   others start once it listens, so migrations never run twice at once.
 * - Each worker's heap is capped (FP_WORKER_MAX_OLD_SPACE_MB, default 192)
 *   and glibc keeps two malloc arenas (MALLOC_ARENA_MAX=2 unless set), which
 *   hold a process under 300 MB at 64 users (BENCHMARKS.md, session 9).
 * - A worker that dies unexpectedly is replaced; SIGTERM or SIGINT is passed
 *   to every worker, which drains and closes its pool (main.ts), and the
 *   primary exits when the last one has.
 * Needs DATABASE_URL (a real PostgreSQL): the embedded development database
 * is one process's own.
 */
const workers = Math.max(1, Number(process.env.FP_WORKERS ?? os.availableParallelism()));
const maxOldSpaceMb = Math.max(64, Number(process.env.FP_WORKER_MAX_OLD_SPACE_MB ?? 192));

if (!cluster.isPrimary) throw new Error('cluster.ts is the primary: workers run main.js');

cluster.setupPrimary({
  exec: path.join(__dirname, 'main.js'),
  execArgv: [...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')), `--max-old-space-size=${maxOldSpaceMb}`],
});

let stopping = false;

/** glibc reads it at process start, so it is given to each worker rather than set in main.js. */
const workerEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };

function fork(): Worker {
  const worker = cluster.fork(workerEnv);
  worker.on('exit', (code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`API worker ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
    fork();
  });
  return worker;
}

const first = fork();
first.once('listening', () => {
  for (let i = 1; i < workers; i++) fork();
  console.log(`${workers} API worker(s) share the port, each with a ${maxOldSpaceMb} MB heap limit.`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  });
}

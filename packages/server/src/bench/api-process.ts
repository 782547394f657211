import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { operationHash, type OperationManifest } from '../persisted-operations';
import * as S from './scenarios';

/**
 * How the benches start the API: compiled (`dist/main.js`), in production, with the bench's documents on the
 * allow-list. Shared by `npm run bench` and `npm run bench:side-by-side`, so both time the same process.
 */

/**
 * Production runs only known operations: the bench's documents go on the allow-list as an integrator's would
 * (FP_OPERATION_MANIFESTS; README), so the timed API runs the same hardening a council's does.
 */
export function writeBenchManifest(): string {
  const documents = [S.CASELOAD_QUERY, S.CHILD_RECORD_QUERY, S.DRIFT_LIST_QUERY, S.TRACKER_QUERY, S.QUARTERLY_REPORT_QUERY, S.YOUNG_PERSON_HOME_QUERY,
    S.SAVE_VIEW_DRAFT, S.SEND_VIEW, S.UPDATE_OUTCOME, S.RECORD_REVIEW, S.SIGN_IN];
  const manifest: OperationManifest = { version: 1, operations: {} };
  for (const text of documents) {
    const document = parse(text);
    const name = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ?? '(anonymous)';
    manifest.operations[operationHash(document)] = { name, source: 'src/bench/scenarios.ts' };
  }
  const file = path.join(os.tmpdir(), `fp-bench-operations-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return file;
}

/** The API's environment in a bench: production, the allow-list with the bench's documents, quiet logs, as `npm start` runs it. */
export function benchApiEnvironment(options: { serverDir: string; port: number; databaseUrl: string; manifest: string; nodeOptions: string }): Record<string, string> {
  const portalManifest = path.join(options.serverDir, 'dist', 'persisted-operations.json');
  return {
    NODE_ENV: 'production',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    FP_SEED_ON_EMPTY: 'false',
    // The portals' manifest when they are built, and the bench's own documents.
    FP_OPERATION_MANIFESTS: options.manifest,
    ...(fs.existsSync(portalManifest) ? {} : { FP_PORTAL_OPERATION_MANIFEST: options.manifest }),
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: options.nodeOptions,
    // As npm start, start:cluster and the image run it (two glibc malloc arenas); FP_BENCH_MALLOC_ARENA_MAX to compare.
    MALLOC_ARENA_MAX: process.env.FP_BENCH_MALLOC_ARENA_MAX ?? '2',
  };
}

/** CPU seconds a process has used (utime + stime from /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: 100 per second on Linux
}

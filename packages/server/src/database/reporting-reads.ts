import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../logger';
import { createDataSource } from './data-source';
import { isDatabaseUnavailable } from './unavailable';

/**
 * Reporting reads on a PostgreSQL streaming replica (FP_REPLICA_URL; README, "Reporting on a replica").
 *
 * The tracker, the reports, the SSDA903 return and audit trail searches run their usual SQL on the replica
 * when it is reachable and recent enough, else on the primary. Everything else (writes, audit rows, the
 * session check, which children an actor reaches) stays on the primary: callers decide those there first.
 *
 * "Recent enough" is measured, not guessed. A probe every second (at most) reads the primary's WAL insert
 * position and then the replica's replay position. A sample taken at time t means: everything committed
 * before t is at or below that position. The replica shows everything committed before the newest sample
 * it has replayed past, so what it shows is at most (now − that sample's time) old. It is read only while
 * that is within FP_REPLICA_MAX_LAG_SECONDS. The clock here is the process's monotonic one: lag is a fact
 * about the machines, not a rule about children (those take the server's Clock).
 *
 * Read-your-own-writes: after a person's write their reads go to the replica only once it has replayed past the
 * primary's position taken after that write. The position is kept twice: for the person in this process's memory,
 * and in a cookie of the browser (READS_AFTER_COOKIE), so the next request is held to it whichever API process
 * (npm run start:cluster, several containers) answers it. One helper does both (context.ts noteWriteFor), after
 * every GraphQL mutation, a life story upload (POST /media), an SSDA903 upload, and at the end of an import (in
 * the process that ran it, then in the answer of the poll that shows it ended). The audit rows that reads and
 * sign-ins write are not held to: holding them would send every reader's next report to the primary.
 *
 * A replica that refuses connections or fails a read sends that read to the primary at once (nothing is
 * said to the user) and is tried again after the next probe finds it well. Each switch is logged once.
 */
export type ReplicaState = 'in use' | 'behind' | 'unreachable' | 'not a standby' | 'not yet probed';

export interface ReplicaStatus {
  state: ReplicaState;
  /** At most how old what the replica shows is; null when not known. */
  secondsBehind: number | null;
  /** Reads answered by each since the process started. */
  reads: { replica: number; primary: number };
}

/** A WAL position ('16/B374D848') as a byte count. */
export function lsnValue(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

const WAL_PAGE_BYTES = 8192n;
const LONG_PAGE_HEADER_BYTES = 40n;

/**
 * Whether a replica that has replayed up to `replayed` has every record inserted below `position`. The insert
 * position of a primary whose last record ended on a WAL page boundary points past the next page's header,
 * where the replay position stays on the boundary: no record fits in between.
 */
export function replayedPast(replayed: bigint, position: bigint): boolean {
  if (replayed >= position) return true;
  return replayed % WAL_PAGE_BYTES === 0n && position - replayed <= LONG_PAGE_HEADER_BYTES;
}

interface Sample {
  at: number;
  position: bigint;
}

/** The cookie carrying the WAL position of the browser's last write (not secret: see readsAfterCookie). */
export const READS_AFTER_COOKIE = 'fp_reads_after';
const LSN_TEXT = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;
const requestFloor = new AsyncLocalStorage<{ position: bigint }>();

/**
 * Express middleware: a request carrying READS_AFTER_COOKIE reads the replica only once it is past that position.
 * A forged value can only hurt its sender: a higher one sends their own reports to the primary, a lower one shows
 * them their own change later; the session, reach and audit rows never depend on it.
 */
export function readsAfterCookie(req: Request, _res: Response, next: NextFunction): void {
  const text: unknown = req.cookies?.[READS_AFTER_COOKIE];
  if (typeof text === 'string' && LSN_TEXT.test(text)) requestFloor.run({ position: lsnValue(text) }, next);
  else next();
}

/** A write whose position could not be read (the primary was briefly unreachable): settled by the next sample. */
const UNKNOWN = -1n;
const MAX_WRITERS = 10_000;

const PRIMARY_POSITION_SQL = `SELECT pg_current_wal_insert_lsn()::text AS position`;
const REPLICA_POSITION_SQL = `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed`;

export interface ReportingReadsOptions {
  replicaUrl?: string;
  maxLagSeconds: number;
  /** Where each switch is said; the server's log by default. */
  log?: (state: ReplicaState, message: string) => void;
}

export class ReportingReads {
  readonly primary: DataSource;
  /** Null without FP_REPLICA_URL: every read on the primary, exactly as without this module. */
  readonly replica: DataSource | null;
  private readonly probePool: Pool | null;
  private readonly maxLagMs: number;
  private readonly probeEveryMs: number;
  private readonly log: (state: ReplicaState, message: string) => void;
  private samples: Sample[] = [];
  private replayed: bigint | null = null;
  private problem: Exclude<ReplicaState, 'in use' | 'behind'> | null = 'not yet probed';
  private problemDetail = '';
  private readonly lastWrite = new Map<string, bigint>();
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<void> | null = null;
  private announced: ReplicaState = 'not yet probed';
  private readonly counts = { replica: 0, primary: 0 };

  constructor(primary: DataSource, options: ReportingReadsOptions) {
    this.primary = primary;
    this.maxLagMs = options.maxLagSeconds * 1000;
    // Several probes within the allowed lag, and no more than one a second.
    this.probeEveryMs = Math.min(1000, Math.max(200, Math.floor(this.maxLagMs / 4)));
    this.log = options.log ?? ((state, message) => (state === 'in use' ? logger.info({ replica: state }, message) : logger.warn({ replica: state }, message)));
    if (options.replicaUrl) {
      // The primary's logger (the benchmark's SQL counter counts the replica's statements too).
      this.replica = createDataSource(options.replicaUrl, { replica: true, logger: primary.logger });
      // The probe has its own connection: a slow report never delays it, and it never hides a report's statement in
      // pg_stat_activity. A replica that hangs fails the probe within seconds (and the reads go to the primary).
      this.probePool = new Pool({ connectionString: options.replicaUrl, max: 1, connectionTimeoutMillis: 2_000, query_timeout: 5_000, application_name: 'forever-planning-replica-probe' });
      this.probePool.on('error', () => undefined);
    } else {
      this.replica = null;
      this.probePool = null;
    }
  }

  get configured(): boolean {
    return this.replica !== null;
  }

  /** Starts probing (a timer that does not keep the process alive). Nothing without a replica. */
  start(): void {
    if (!this.replica || this.timer) return;
    void this.probe();
    this.timer = setInterval(() => void this.probe(), this.probeEveryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.probing;
    if (this.replica?.isInitialized) await this.replica.destroy().catch(() => undefined);
    await this.probePool?.end().catch(() => undefined);
  }

  /** One probe: the primary's position (a sample), then the replica's. Never more than one at a time. */
  probe(): Promise<void> {
    if (!this.replica) return Promise.resolve();
    this.probing ??= this.probeNow().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async probeNow(): Promise<void> {
    const at = performance.now();
    try {
      const [row] = (await this.primary.query(PRIMARY_POSITION_SQL)) as { position: string }[];
      const position = lsnValue(row.position);
      this.samples.push({ at, position });
      // A write whose position was not read happened before this sample.
      for (const [userId, wrote] of this.lastWrite) if (wrote === UNKNOWN) this.lastWrite.set(userId, position);
    } catch {
      // The primary's own outage is the API's to report; without new samples the replica soon counts as behind.
    }
    const keepFrom = performance.now() - this.maxLagMs - 2 * this.probeEveryMs;
    while (this.samples.length > 1 && this.samples[0].at < keepFrom) this.samples.shift();
    try {
      if (!this.replica!.isInitialized) await this.replica!.initialize();
      const [row] = (await this.probePool!.query(REPLICA_POSITION_SQL)).rows as { standby: boolean; replayed: string | null }[];
      if (!row.standby || row.replayed === null) {
        this.fail('not a standby', 'pg_is_in_recovery() is false there: it was promoted, or is not a replica of this database');
      } else {
        this.replayed = lsnValue(row.replayed);
        this.problem = null;
        for (const [userId, wrote] of this.lastWrite) if (wrote !== UNKNOWN && replayedPast(this.replayed, wrote)) this.lastWrite.delete(userId);
      }
    } catch (error) {
      this.fail('unreachable', (error as Error).message);
    }
    this.announce();
  }

  private fail(problem: Exclude<ReplicaState, 'in use' | 'behind'>, detail: string): void {
    this.problem = problem;
    this.problemDetail = detail;
    this.replayed = null;
  }

  /** At most how many ms old what the replica shows is, now; null when not known. */
  private staleness(now: number): number | null {
    if (this.problem || this.replayed === null) return null;
    for (let i = this.samples.length - 1; i >= 0; i--) {
      if (replayedPast(this.replayed, this.samples[i].position)) return now - this.samples[i].at;
    }
    return null;
  }

  private state(now = performance.now()): ReplicaState {
    if (this.problem) return this.problem;
    const stale = this.staleness(now);
    return stale !== null && stale <= this.maxLagMs ? 'in use' : 'behind';
  }

  /** Logs a change of state, once. */
  private announce(): void {
    const state = this.state();
    if (state === this.announced) return;
    this.announced = state;
    const limit = `${this.maxLagMs / 1000} s (FP_REPLICA_MAX_LAG_SECONDS)`;
    const message = {
      'in use': 'reporting reads: on the replica',
      behind: `reporting reads: on the primary, the replica is more than ${limit} behind`,
      unreachable: `reporting reads: on the primary, the replica cannot be reached (${this.problemDetail}); trying it again every ${this.probeEveryMs} ms`,
      'not a standby': `reporting reads: on the primary, the replica is ${this.problemDetail}`,
      'not yet probed': 'reporting reads: on the primary until the replica is probed',
    }[state];
    this.log(state, message);
  }

  /** Whether this person's next reporting read (in this request: its READS_AFTER_COOKIE) would go to the replica. */
  usesReplica(userId: string | null): boolean {
    if (!this.replica?.isInitialized || this.state() !== 'in use' || this.replayed === null) return false;
    const floor = requestFloor.getStore()?.position;
    if (floor !== undefined && !replayedPast(this.replayed, floor)) return false;
    const wrote = userId ? this.lastWrite.get(userId) : undefined;
    return wrote === undefined || (wrote !== UNKNOWN && replayedPast(this.replayed, wrote));
  }

  /**
   * One reporting read for this person (null: an operator's tool, with no writes of its own): `read` runs on the
   * replica when usesReplica says so, else on the primary; a failure on the replica runs it again on the primary.
   * `read` must only read, and must not throw for bad input (check that before): anything but a GraphQLError it
   * throws on the replica is taken for the replica's fault.
   */
  async run<T>(userId: string | null, read: (ds: DataSource) => Promise<T>): Promise<T> {
    if (!this.usesReplica(userId)) {
      this.counts.primary++;
      return read(this.primary);
    }
    try {
      const answer = await read(this.replica!);
      this.counts.replica++;
      return answer;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (isDatabaseUnavailable(error)) {
        this.fail('unreachable', (error as Error).message);
        this.announce();
      } else {
        // A query the replica cancelled (a conflict with replay) or any other fault: this read only.
        logger.warn({ err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'reporting read failed on the replica: answered from the primary');
      }
      this.counts.primary++;
      return read(this.primary);
    }
  }

  /**
   * A reporting read the caller has decided to run on the primary (usesReplica said no: a screen statement that
   * must not go to the replica on a second look), counted as one answered by the primary.
   */
  onPrimary<T>(read: (ds: DataSource) => Promise<T>): Promise<T> {
    this.counts.primary++;
    return read(this.primary);
  }

  /**
   * After a person's write: their reporting reads wait for the replica to replay past the primary's position now
   * (the insert position, which is past every record of a committed write, even one with synchronous_commit off).
   * Returns that position as PostgreSQL writes it, for READS_AFTER_COOKIE; null without a replica or when the
   * primary did not answer.
   */
  async noteWrite(userId: string): Promise<string | null> {
    if (!this.replica) return null;
    let position = UNKNOWN;
    let text: string | null = null;
    try {
      const [row] = (await this.primary.query(PRIMARY_POSITION_SQL)) as { position: string }[];
      position = lsnValue(row.position);
      text = row.position;
    } catch {
      // UNKNOWN: the primary for this person until the next sample.
    }
    this.lastWrite.delete(userId);
    if (this.lastWrite.size >= MAX_WRITERS) this.lastWrite.delete(this.lastWrite.keys().next().value as string);
    this.lastWrite.set(userId, position);
    return text;
  }

  /**
   * For a one-off read (the SSDA903 command): the replica once it has replayed everything the primary had when
   * asked, waiting up to the allowed lag; else null (read the primary).
   */
  async caughtUpReplica(): Promise<DataSource | null> {
    if (!this.replica) return null;
    try {
      const [row] = (await this.primary.query(PRIMARY_POSITION_SQL)) as { position: string }[];
      const wanted = lsnValue(row.position);
      const until = performance.now() + this.maxLagMs;
      if (!this.replica.isInitialized) await this.replica.initialize();
      for (;;) {
        const [r] = (await this.replica.query(REPLICA_POSITION_SQL)) as { standby: boolean; replayed: string | null }[];
        if (!r.standby || r.replayed === null) return null;
        if (replayedPast(lsnValue(r.replayed), wanted)) return this.replica;
        if (performance.now() >= until) return null;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } catch {
      return null;
    }
  }

  status(): ReplicaStatus {
    const stale = this.staleness(performance.now());
    return { state: this.state(), secondsBehind: stale === null ? null : Math.round(stale / 100) / 10, reads: { ...this.counts } };
  }
}

import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import type { ServerConfig } from '../../config';
import { SessionEntity, type SignInMethod } from './session.entity';

export const SESSION_COOKIE = 'fp_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  id: string;
  user_id: string;
  last_seen_at: Date;
  idle_minutes: number;
  absolute_expires_at: Date;
  revoked_at: Date | null;
  role: Role;
  council_id: string;
  team_id: string | null;
  child_id: string | null;
  first_name: string;
  last_name: string;
  disabled_at: Date | null;
}

/** Only touch last_seen_at this often, so reads do not each cost a write. */
const TOUCH_AFTER_MS = 30_000;

/** How many sessions a process remembers the actor of (see `remembered`). */
const REMEMBERED_SESSIONS = 10_000;

/**
 * A session whose actor this process has seen, not yet checked for this request:
 * a screen statement checks it in SQL (`checkSql`) before it reads or audits anything.
 */
export interface UncheckedSession {
  tokenHash: string;
  actor: Actor;
  /** Set by the statement that checked it: true (valid, same actor) or false (anything else). */
  valid?: boolean;
  /** The check as CTEs, at the Clock's time now (SessionService.checkSql). */
  checkSql(): { sql: string; params: Record<string, unknown> };
}

/**
 * Sessions live in PostgreSQL so any API process can serve any request, and a
 * session can be revoked at once. The cookie carries a random token; the table
 * keeps only its hash.
 */
export class SessionService {
  /** Token hash → the actor its session had when last checked. Never trusted alone: see `remembered`. */
  private readonly known = new Map<string, Actor>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ServerConfig,
    private readonly clock: Clock,
  ) {}

  idleMinutesFor(role: Role): number {
    return role === 'YOUNG_PERSON' ? this.config.sessionIdleMinutesYoungPerson : this.config.sessionIdleMinutesProfessional;
  }

  async create(
    manager: EntityManager,
    userId: string,
    roleAssignmentId: string,
    role: Role,
    ip: string | null,
    how: { method: SignInMethod; providerSessionId?: string | null } = { method: 'PASSWORD' },
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session = manager.create(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      roleAssignmentId,
      lastSeenAt: now,
      idleMinutes: this.idleMinutesFor(role),
      absoluteExpiresAt: new Date(now.getTime() + this.config.sessionAbsoluteHours * 3_600_000),
      ipAddress: ip,
      signInMethod: how.method,
      providerSessionId: how.providerSessionId ?? null,
    });
    await manager.save(session);
    return { token, session };
  }

  /** The actor behind a cookie token, or null when it is unknown, revoked, idle too long or too old. */
  /** `touch: false` checks a session without keeping it alive (a live event stream is not the person at work). */
  async resolve(token: string | undefined, options: { touch?: boolean } = {}): Promise<{ actor: Actor; expiresAt: Date } | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    this.known.delete(tokenHash);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.last_seen_at, s.idle_minutes, s.absolute_expires_at, s.revoked_at,
              ra.role, ra.council_id, ra.team_id, ra.child_id, u.first_name, u.last_name, u.disabled_at
         FROM sessions s
         JOIN role_assignments ra ON ra.id = s.role_assignment_id
         JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row || row.revoked_at || row.disabled_at) return null;
    const now = this.clock.now().getTime();
    const idleExpiry = new Date(row.last_seen_at).getTime() + row.idle_minutes * 60_000;
    if (now >= idleExpiry || now >= new Date(row.absolute_expires_at).getTime()) return null;
    if (options.touch !== false && now - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [row.id, new Date(now)]);
    }
    const expiresAt = new Date(Math.min(now + row.idle_minutes * 60_000, new Date(row.absolute_expires_at).getTime()));
    const actor: Actor = {
      userId: row.user_id,
      sessionId: row.id,
      role: row.role,
      councilId: row.council_id,
      teamId: row.team_id,
      childId: row.child_id,
      firstName: row.first_name,
      lastName: row.last_name,
    };
    if (this.known.size >= REMEMBERED_SESSIONS) this.known.delete(this.known.keys().next().value as string);
    this.known.set(tokenHash, actor);
    return { actor, expiresAt };
  }

  /**
   * The actor this process last saw behind the token, UNCHECKED: for a screen
   * statement that checks the session itself (checkSql), so the caseload and a
   * record take one statement instead of the lookup plus the screen. Anything
   * else must resolve() the session; a statement that finds it invalid or
   * changed leaves the request to resolve() it (context.ts).
   */
  remembered(token: string | undefined): UncheckedSession | null {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const actor = this.known.get(tokenHash);
    if (!actor) return null;
    // A copy per request: services keep per-request reads keyed on the actor object (YoungPersonService).
    const session: UncheckedSession = { tokenHash, actor: { ...actor }, checkSql: () => this.checkSql(session) };
    return session;
  }

  /**
   * The same check as resolve(), as CTEs for a screen statement: `session_actor` is the
   * session's row when the token's session is live at the Clock's time (a parameter, never
   * the database's now()) and still the remembered actor, else no row; the statement gates its
   * reach and its audit rows on it. `session_touch` keeps the session alive as resolve() does.
   */
  checkSql(session: Pick<UncheckedSession, 'tokenHash' | 'actor'>): { sql: string; params: Record<string, unknown> } {
    const now = this.clock.now();
    const a = session.actor;
    return {
      sql: `session_actor AS (SELECT s.id, s.user_id, ra.role, ra.council_id, ra.team_id, ra.child_id
          FROM sessions s JOIN role_assignments ra ON ra.id = s.role_assignment_id JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = :sessionTokenHash AND s.revoked_at IS NULL AND u.disabled_at IS NULL
           AND s.last_seen_at + s.idle_minutes * interval '1 minute' > :sessionNow::timestamptz AND s.absolute_expires_at > :sessionNow::timestamptz
           AND s.id = :sessionId AND s.user_id = :sessionUserId AND ra.role = :sessionRole AND ra.council_id = :sessionCouncilId
           AND ra.team_id IS NOT DISTINCT FROM :sessionTeamId::uuid AND ra.child_id IS NOT DISTINCT FROM :sessionChildId::uuid
           AND u.first_name = :sessionFirstName AND u.last_name = :sessionLastName),
  session_touch AS (UPDATE sessions SET last_seen_at = :sessionNow::timestamptz
         WHERE id = (SELECT id FROM session_actor) AND last_seen_at < :sessionTouchBefore::timestamptz)`,
      params: {
        sessionTokenHash: session.tokenHash,
        sessionNow: now.toISOString(),
        sessionTouchBefore: new Date(now.getTime() - TOUCH_AFTER_MS).toISOString(),
        sessionId: a.sessionId,
        sessionUserId: a.userId,
        sessionRole: a.role,
        sessionCouncilId: a.councilId,
        sessionTeamId: a.teamId,
        sessionChildId: a.childId,
        sessionFirstName: a.firstName,
        sessionLastName: a.lastName,
      },
    };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId }, { revokedAt: this.clock.now() });
  }

  async revokeByToken(manager: EntityManager, token: string): Promise<void> {
    await manager.update(SessionEntity, { tokenHash: hashToken(token) }, { revokedAt: this.clock.now() });
  }

  /** Revokes every session of a user, except `keepSessionId` (the one making a password change). */
  async revokeAllForUser(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    const query = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: this.clock.now() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    await query.execute();
  }
}

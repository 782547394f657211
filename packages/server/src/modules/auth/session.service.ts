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

/**
 * Sessions live in PostgreSQL so any API process can serve any request, and a
 * session can be revoked at once. The cookie carries a random token; the table
 * keeps only its hash.
 */
export class SessionService {
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
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.last_seen_at, s.idle_minutes, s.absolute_expires_at, s.revoked_at,
              ra.role, ra.council_id, ra.team_id, ra.child_id, u.first_name, u.last_name, u.disabled_at
         FROM sessions s
         JOIN role_assignments ra ON ra.id = s.role_assignment_id
         JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [hashToken(token)],
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
    return {
      actor: {
        userId: row.user_id,
        sessionId: row.id,
        role: row.role,
        councilId: row.council_id,
        teamId: row.team_id,
        childId: row.child_id,
        firstName: row.first_name,
        lastName: row.last_name,
      },
      expiresAt,
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

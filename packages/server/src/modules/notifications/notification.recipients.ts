import type { EntityManager } from 'typeorm';
import type { ViewReader } from '@forever-planning/shared';
import type { NotificationPreference } from './notification.vocabulary';

/** A person a notification goes to; userId null is the council's duty / out-of-hours contact. */
export interface Recipient {
  userId: string | null;
  name: string;
  email: string | null;
  mobile: string | null;
  preference: NotificationPreference;
}

interface UserRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  notification_preference: NotificationPreference;
}

function fromRow(u: UserRow): Recipient {
  return { userId: u.id, name: `${u.first_name} ${u.last_name}`, email: u.email, mobile: u.phone, preference: u.notification_preference };
}

const USER_COLUMNS = 'u.id, u.first_name, u.last_name, u.email, u.phone, u.notification_preference';

export async function dutyContact(manager: EntityManager, councilId: string): Promise<Recipient> {
  const [c] = await manager.query(`SELECT duty_contact_name, duty_contact_email, duty_contact_mobile FROM councils WHERE id = $1`, [councilId]);
  return { userId: null, name: c?.duty_contact_name ?? 'Duty contact', email: c?.duty_contact_email ?? null, mobile: c?.duty_contact_mobile ?? null, preference: 'IMMEDIATE' };
}

/** The child's allocated social worker and the team manager of that worker's team (still active accounts). */
export async function workerAndManager(manager: EntityManager, childId: string): Promise<Recipient[]> {
  const rows: UserRow[] = await manager.query(
    `WITH worker AS (
       SELECT u.* FROM children c JOIN users u ON u.id = c.social_worker_id AND u.disabled_at IS NULL WHERE c.id = $1
     )
     SELECT ${USER_COLUMNS}, 0 AS rank FROM worker u
     UNION
     SELECT ${USER_COLUMNS}, 1 AS rank FROM users u
       JOIN role_assignments m ON m.user_id = u.id AND m.role = 'TEAM_MANAGER'
       JOIN role_assignments w ON w.team_id = m.team_id AND w.role = 'SOCIAL_WORKER'
       JOIN worker ON worker.id = w.user_id
      WHERE u.disabled_at IS NULL
     ORDER BY rank, last_name`,
    [childId],
  );
  return rows.map(fromRow);
}

export async function headsOfService(manager: EntityManager, councilId: string): Promise<Recipient[]> {
  const rows: UserRow[] = await manager.query(
    `SELECT DISTINCT ${USER_COLUMNS} FROM users u JOIN role_assignments r ON r.user_id = u.id AND r.role = 'HEAD_OF_SERVICE' AND r.council_id = $1
      WHERE u.disabled_at IS NULL ORDER BY u.last_name, u.first_name`,
    [councilId],
  );
  return rows.map(fromRow);
}

/** The reader a child chose: their worker, their IRO, or their advocate (an active referral). */
export async function readers(manager: EntityManager, childId: string, chosen: readonly ViewReader[]): Promise<Recipient[]> {
  if (chosen.length === 0) return [];
  const rows: UserRow[] = await manager.query(
    `SELECT DISTINCT ${USER_COLUMNS} FROM children c
       JOIN users u ON u.disabled_at IS NULL AND (
            ('WORKER' = ANY($2::text[]) AND u.id = c.social_worker_id)
         OR ('IRO' = ANY($2::text[]) AND u.id = c.iro_id)
         OR ('ADVOCATE' = ANY($2::text[]) AND u.id IN (SELECT a.advocate_id FROM advocacy_referrals a WHERE a.child_id = c.id AND a.status = 'ACTIVE')))
      WHERE c.id = $1`,
    [childId, chosen],
  );
  return rows.map(fromRow);
}

export async function userRecipient(manager: EntityManager, userId: string): Promise<Recipient | null> {
  const [row]: UserRow[] = await manager.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
  return row ? fromRow(row) : null;
}

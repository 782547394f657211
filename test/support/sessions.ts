import type { DataSource } from 'typeorm';
import type { ApiClient } from './api';

/**
 * The ways a session ends without its person signing out, each as a change to its row: for the suites that
 * show a screen's one statement refusing each as the general path's lookup does.
 */
export const SESSION_ENDINGS: Readonly<Record<string, string>> = {
  revoked: `revoked_at = last_seen_at`,
  idle: `last_seen_at = last_seen_at - interval '1 day'`,
  'too old': `absolute_expires_at = last_seen_at - interval '1 minute'`,
};

/** Picks this client's session row (the table keeps only a hash of the cookie's token): $1 is the token. */
const OF_TOKEN = `token_hash = encode(sha256($1::bytea), 'hex')`;
const tokenOf = (client: ApiClient): string => client.cookie!.replace('fp_session=', '');

/** Changes this client's session row: `set` is an assignment list, such as one of SESSION_ENDINGS. */
export async function changeSession(ds: DataSource, client: ApiClient, set: string): Promise<void> {
  await ds.query(`UPDATE sessions SET ${set} WHERE ${OF_TOKEN}`, [tokenOf(client)]);
}

/** When this client's session was last seen. */
export async function sessionLastSeen(ds: DataSource, client: ApiClient): Promise<Date> {
  const [{ seen }] = await ds.query(`SELECT last_seen_at AS seen FROM sessions WHERE ${OF_TOKEN}`, [tokenOf(client)]);
  return new Date(seen);
}

/** How many audit rows name this person as the one who acted. */
export async function auditRowsBy(ds: DataSource, userId: string): Promise<number> {
  return (await ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE actor_user_id = $1`, [userId]))[0].n as number;
}

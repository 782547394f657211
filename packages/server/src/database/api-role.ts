import { Client } from 'pg';

/**
 * Least privilege in PostgreSQL. Two kinds of connection:
 *
 * - the owner (DATABASE_OWNER_URL; the embedded PostgreSQL's superuser) runs
 *   the migrations and so owns every table, trigger and function;
 * - the API (DATABASE_URL) logs in as a role that is a member of `fp_api`,
 *   which the migration `ApiRoleLeastPrivilege` grants only the DML the API
 *   needs: INSERT and SELECT on the audit trail, no TRUNCATE, and no
 *   ownership, so it cannot DISABLE TRIGGER, DROP or ALTER anything.
 *
 * Roles belong to the whole PostgreSQL cluster; grants belong to one database.
 */
export const API_ROLE = 'fp_api';

/** The login the embedded PostgreSQL (and the tests) give the API: local only, like the embedded superuser's. */
export const EMBEDDED_API_USER = 'forever_planning_api';
export const EMBEDDED_API_PASSWORD = 'forever-planning-local-api';

/**
 * graphile-worker turns on row-level security (with no policy) on its tables,
 * so that only their owner sees jobs. The API's queue runs as fp_api: one
 * policy per such table lets it, and no other role, work them. Idempotent: run
 * by the migration and again after the queue's own migrations (main.ts).
 */
export const QUEUE_POLICIES_SQL = `
  DO $$
  DECLARE t record;
  BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity
                AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'fp_api_queue')
    LOOP
      EXECUTE format('CREATE POLICY fp_api_queue ON graphile_worker.%I FOR ALL TO fp_api USING (true) WITH CHECK (true)', t.relname);
    END LOOP;
  END
  $$`;

/** The same server and database as `url`, logged in as another user. */
export function withUser(url: string, user: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = password ? encodeURIComponent(password) : '';
  return parsed.toString();
}

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export class ApiRoleError extends Error {}

/**
 * Run by the owner after the migrations: makes sure the user in `apiUrl` may
 * act as fp_api. A user that does not exist yet is created with the password
 * in `apiUrl` (this needs CREATEROLE: the embedded PostgreSQL and docker
 * compose have it; a DBA may instead create it as README says). An existing
 * user's password is never touched. Nothing to do when both URLs are one user.
 */
export async function ensureApiLogin(ownerUrl: string, apiUrl: string): Promise<void> {
  const user = userOf(apiUrl);
  if (!user || user === userOf(ownerUrl) || user === API_ROLE) return;
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const [role] = (await client.query(`SELECT pg_has_role($1, $2, 'MEMBER') AS member FROM pg_roles WHERE rolname = $1`, [user, API_ROLE])).rows as { member: boolean }[];
    if (role?.member) return;
    const password = decodeURIComponent(new URL(apiUrl).password);
    try {
      if (role) await client.query(`GRANT ${ident(API_ROLE)} TO ${ident(user)}`);
      else await client.query(`CREATE ROLE ${ident(user)} LOGIN ${password ? `PASSWORD ${literal(password)}` : ''} IN ROLE ${ident(API_ROLE)}`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Another process (a second server, a parallel test run) created it at the same moment.
      if (code === '42710' || code === '23505') return;
      if (code === '42501') {
        throw new ApiRoleError(
          `The database user "${user}" in DATABASE_URL ${role ? `is not a member of ${API_ROLE}` : 'does not exist'}, and the owner in DATABASE_OWNER_URL may not ${role ? 'grant that' : 'create it'}: ` +
            `as an administrator run ${role ? `GRANT ${API_ROLE} TO ${user};` : `CREATE ROLE ${user} LOGIN PASSWORD '…' IN ROLE ${API_ROLE};`} (README, "PostgreSQL roles").`,
        );
      }
      throw error;
    }
  } finally {
    await client.end();
  }
}

/**
 * What the API's own connection could do that it should not: undefined when
 * it is an ordinary role, else one sentence for the start-up log.
 */
export async function apiRoleWarning(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string | undefined> {
  const [me] = await query(
    `SELECT r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolcreatedb AS createdb,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owner
       FROM pg_roles r, pg_class c
      WHERE r.rolname = current_user AND c.oid = 'public.audit_events'::regclass`,
  );
  if (!me) return undefined;
  const powers = [
    me.superuser && 'is a superuser',
    me.owner && 'owns the tables',
    me.createrole && 'may create roles',
    me.createdb && 'may create databases',
  ].filter(Boolean);
  if (powers.length === 0) return undefined;
  return (
    `The API connects to PostgreSQL as a user that ${powers.join(' and ')}, so it could switch off the audit trail's and retention's triggers. ` +
    `Run migrations as the owner (DATABASE_OWNER_URL) and give DATABASE_URL a user in the ${API_ROLE} role (README, "PostgreSQL roles").`
  );
}

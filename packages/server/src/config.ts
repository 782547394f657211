import path from 'node:path';
import { DEFAULT_MAX_BYTES } from './import/csv-file';

/** Every setting the server reads from its environment, with defaults, in one place. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Set: use this PostgreSQL. Unset: start an embedded PostgreSQL in dataDir. The API's own connection (a user in fp_api). */
  databaseUrl?: string;
  /** The owner of the schema, for migrations and the command-line tools; unset: DATABASE_URL does both (and is warned about). */
  databaseOwnerUrl?: string;
  dataDir: string;
  embeddedPort: number;
  production: boolean;
  /** The address people reach this server at (e.g. https://fp.council.gov.uk), for the provider's redirect URI; unset: each request's own. */
  publicUrl?: string;
  /** Cookie marked Secure (served over HTTPS). */
  secureCookies: boolean;
  sessionIdleMinutesProfessional: number;
  sessionIdleMinutesYoungPerson: number;
  sessionAbsoluteHours: number;
  /** Where the built portals are, served by the API process. */
  professionalPortalDir: string;
  youngPersonPortalDir: string;
  /** Extra origins allowed by CORS (portals served elsewhere). */
  corsOrigins: string[];
  seedOnEmpty: boolean;
  /** Benchmark only: count SQL statements per request into the x-sql-count header. */
  countSql: boolean;
  /**
   * How long one API process reuses a council's policy (profile versions and
   * non-working days) before reading it again; 0 reads it on every request.
   * A change made through this process is seen at once; other processes see
   * it within this many seconds.
   */
  policyCacheSeconds: number;
  /**
   * The hot screens in one SQL statement each (the caseload, a child's record: children.screen-query.ts) or two (the drift
   * list, the tracker page: drift.screen-query.ts, tracker.screen-query.ts, the audit rows after the rules);
   * FP_SCREEN_QUERIES=false answers them with the general resolvers only (the two give the same answers and audit rows).
   */
  screenQueries: boolean;
  /**
   * With screen queries on, the screen's statement also checks the session of a cookie this process has
   * seen (context.ts, SessionService.checkSql): one statement per request. FP_SESSION_IN_SCREEN=false
   * looks every session up first (two).
   */
  sessionInScreen: boolean;
  /** Operations compiled once per process by graphql-jit (compiled-operations.ts); FP_COMPILED_OPERATIONS=false interprets them with graphql-js. */
  compiledOperations: boolean;
  /**
   * With an allow-list, compile every listed document at start (FP_PRECOMPILE_OPERATIONS=true) instead of each on its
   * first request (the default: a process compiles only what it is asked, once, and keeps it; the 161 portal
   * documents in both forms cost about 1.3 s of CPU at start on a quiet core and 40 MB of heap, most never used by one process).
   */
  precompileOperations: boolean;
  media: MediaConfig;
  /** Only run operations whose hash is in a manifest (on in production). */
  enforceOperationAllowList: boolean;
  /** The manifests: the portals' (written by the build) and any an integrator adds. */
  operationManifests: string[];
  notifications: NotificationsConfig;
  /** The largest single file of an SSDA903 return the import reads (the CLI and the portal's upload). */
  importMaxBytes: number;
  /** Key for staff authenticator secrets at rest (32 bytes, base64); unset: generated once into the data folder. */
  totpKey?: string;
  /**
   * A PostgreSQL streaming replica of DATABASE_URL's database for the reporting reads (the tracker, the reports,
   * the SSDA903 return, audit trail searches: database/reporting-reads.ts); unset: every read on the primary.
   */
  replicaUrl?: string;
  /** The replica is read only while what it shows is at most this many seconds old; else the primary. */
  replicaMaxLagSeconds: number;
}

/** Templates a council sets up in GOV.UK Notify: one id per message, each with the personalisation in README. */
export const NOTIFY_TEMPLATE_KEYS = [
  'UNSAFE_EMAIL',
  'UNSAFE_SMS',
  'UNSAFE_ESCALATION_EMAIL',
  'UNSAFE_ESCALATION_SMS',
  'NOT_HAPPY_EMAIL',
  'VIEW_SHARED_EMAIL',
  'DAILY_DIGEST_EMAIL',
  'AUTHENTICATOR_RESET_EMAIL',
] as const;
export type NotifyTemplateKey = (typeof NOTIFY_TEMPLATE_KEYS)[number];

/**
 * Email and text messages to staff. GOV.UK Notify when its key is set, else
 * SMTP when its URL is set, else only the outbox table (the administrator's
 * Notifications screen), which is what development and the demo use.
 */
export interface NotificationsConfig {
  notify: { apiKey: string; baseUrl: string; templates: Record<NotifyTemplateKey, string> } | null;
  smtp: { url: string; from: string } | null;
  /** Run the job queue in this process (off only for tools that share the database but send nothing). */
  runQueue: boolean;
  /** How many times a send is tried before it is marked FAILED (backoff between tries grows exponentially). */
  maxAttempts: number;
  /** Head of service is told when nobody has acknowledged an unsafe message after this many seconds. */
  escalateAfterSeconds: number;
  /** Where links in a notification point: the professional portal's public address. */
  publicUrl: string;
  /** graphile-worker's cron line for the daily digest. */
  digestCron: string;
}

/** Life story uploads: size limit, where files are kept, the optional virus scanner and link signing. */
export interface MediaConfig {
  /** Largest upload accepted, in bytes; refused with 413 while it streams in. */
  maxBytes: number;
  storage: { driver: 'local'; dir: string } | { driver: 's3'; endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  /** clamd (ClamAV's daemon) over TCP; unset: files are not scanned (recorded as NOT_SCANNED). */
  clamav: { host: string; port: number; timeoutMs: number } | null;
  /** HMAC key for short-lived download links; unset: generated once into the data folder. */
  linkKey?: string;
  linkSeconds: number;
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive whole number, but it is "${raw}".`);
  }
  return value;
}

export class ConfigError extends Error {}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: int('PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseOwnerUrl: ownerUrl(env),
    dataDir: path.resolve(env.FP_DATA_DIR ?? path.join(repoRoot, '.data')),
    embeddedPort: int('FP_EMBEDDED_PG_PORT', 54329),
    production,
    publicUrl: env.FP_PUBLIC_URL || undefined,
    secureCookies: env.FP_SECURE_COOKIES ? env.FP_SECURE_COOKIES === 'true' : production,
    sessionIdleMinutesProfessional: int('FP_SESSION_IDLE_MINUTES', 30),
    sessionIdleMinutesYoungPerson: int('FP_SESSION_IDLE_MINUTES_YOUNG_PERSON', 120),
    sessionAbsoluteHours: int('FP_SESSION_ABSOLUTE_HOURS', 12),
    professionalPortalDir: path.resolve(
      env.FP_PROFESSIONAL_PORTAL_DIR ?? path.join(repoRoot, 'packages', 'professional-portal', 'dist'),
    ),
    youngPersonPortalDir: path.resolve(
      env.FP_YOUNG_PERSON_PORTAL_DIR ?? path.join(repoRoot, 'packages', 'young-person-portal', 'dist'),
    ),
    corsOrigins: (env.FP_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    // Production never creates the demo council (published password) unless asked for in so many words.
    seedOnEmpty: production ? env.FP_SEED_ON_EMPTY === 'true' : env.FP_SEED_ON_EMPTY !== 'false',
    countSql: env.FP_COUNT_SQL === 'true',
    policyCacheSeconds: int('FP_POLICY_CACHE_SECONDS', 30),
    screenQueries: env.FP_SCREEN_QUERIES !== 'false',
    sessionInScreen: env.FP_SCREEN_QUERIES !== 'false' && env.FP_SESSION_IN_SCREEN !== 'false',
    compiledOperations: env.FP_COMPILED_OPERATIONS !== 'false',
    precompileOperations: env.FP_PRECOMPILE_OPERATIONS === 'true',
    media: loadMediaConfig(env),
    enforceOperationAllowList: env.FP_OPERATION_ALLOW_LIST ? env.FP_OPERATION_ALLOW_LIST === 'on' : production,
    operationManifests: [
      path.resolve(env.FP_PORTAL_OPERATION_MANIFEST ?? path.join(repoRoot, 'packages', 'server', 'dist', 'persisted-operations.json')),
      ...(env.FP_OPERATION_MANIFESTS ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((p) => path.resolve(p)),
    ],
    notifications: loadNotificationsConfig(env),
    importMaxBytes: int('FP_IMPORT_MAX_BYTES', DEFAULT_MAX_BYTES, env),
    totpKey: env.FP_TOTP_KEY || undefined,
    replicaUrl: replicaUrl(env),
    replicaMaxLagSeconds: int('FP_REPLICA_MAX_LAG_SECONDS', 5, env),
  };
}

/** FP_REPLICA_URL: a postgres:// URL, and only beside a DATABASE_URL (the embedded PostgreSQL has no replica). */
function replicaUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.FP_REPLICA_URL || undefined;
  if (!url) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  // Never echo the value: it may hold a password.
  if (!parsed || !/^postgres(ql)?:$/.test(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError('FP_REPLICA_URL must be a PostgreSQL connection URL, such as postgres://user:password@replica-host:5432/forever_planning.');
  }
  if (!env.DATABASE_URL) throw new ConfigError('FP_REPLICA_URL is set without DATABASE_URL: a replica reads from a primary of your own, and the embedded PostgreSQL has none. Set DATABASE_URL too, or unset FP_REPLICA_URL.');
  return url;
}

function ownerUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DATABASE_OWNER_URL && !env.DATABASE_URL) throw new ConfigError('DATABASE_OWNER_URL is set without DATABASE_URL: set both (the owner for migrations, and the API\'s own user), or neither for the embedded PostgreSQL.');
  return env.DATABASE_OWNER_URL || undefined;
}

/** GOV.UK Notify's own API, used when FP_NOTIFY_BASE_URL is unset. */
export const NOTIFY_DEFAULT_BASE_URL = 'https://api.notifications.service.gov.uk';

function loadNotificationsConfig(env: NodeJS.ProcessEnv): NotificationsConfig {
  const apiKey = env.FP_NOTIFY_API_KEY || undefined;
  let notify: NotificationsConfig['notify'] = null;
  if (apiKey) {
    // A Notify key is "<name>-<service id (uuid)>-<secret (uuid)>": the client signs its JWT from the last 72 characters.
    if (!/[0-9a-f-]{36}-[0-9a-f-]{36}$/i.test(apiKey)) throw new ConfigError('FP_NOTIFY_API_KEY must be a GOV.UK Notify API key (name, service id and secret).');
    const missing = NOTIFY_TEMPLATE_KEYS.filter((k) => !env[`FP_NOTIFY_TEMPLATE_${k}`]);
    if (missing.length) throw new ConfigError(`FP_NOTIFY_API_KEY is set, so these template ids are needed too: ${missing.map((k) => `FP_NOTIFY_TEMPLATE_${k}`).join(', ')}.`);
    const templates = Object.fromEntries(NOTIFY_TEMPLATE_KEYS.map((k) => [k, env[`FP_NOTIFY_TEMPLATE_${k}`] as string])) as Record<NotifyTemplateKey, string>;
    notify = { apiKey, baseUrl: (env.FP_NOTIFY_BASE_URL || NOTIFY_DEFAULT_BASE_URL).replace(/\/$/, ''), templates };
  }
  const smtpUrl = env.FP_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('FP_SMTP_URL must start with smtp:// or smtps://.');
  const port = env.PORT || '4000';
  return {
    notify,
    smtp: smtpUrl ? { url: smtpUrl, from: env.FP_SMTP_FROM || 'Forever Planning <no-reply@forever-planning.invalid>' } : null,
    runQueue: env.FP_NOTIFICATIONS_QUEUE !== 'off',
    maxAttempts: int('FP_NOTIFY_MAX_ATTEMPTS', 10, env),
    escalateAfterSeconds: int('FP_UNSAFE_ESCALATE_AFTER_SECONDS', 30 * 60, env),
    publicUrl: (env.FP_PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    digestCron: env.FP_DIGEST_CRON || '0 7 * * *',
  };
}

function loadMediaConfig(env: NodeJS.ProcessEnv): MediaConfig {
  const dataDir = path.resolve(env.FP_DATA_DIR ?? path.join(repoRoot, '.data'));
  const driver = env.FP_MEDIA_STORAGE ?? 'local';
  if (driver !== 'local' && driver !== 's3') throw new ConfigError(`FP_MEDIA_STORAGE must be "local" or "s3", but it is "${driver}".`);
  if (driver === 's3' && !env.FP_S3_BUCKET) throw new ConfigError('FP_S3_BUCKET is needed when FP_MEDIA_STORAGE is "s3".');
  return {
    maxBytes: int('FP_MEDIA_MAX_BYTES', 20 * 1024 * 1024, env),
    storage:
      driver === 's3'
        ? {
            driver,
            endpoint: env.FP_S3_ENDPOINT || undefined,
            region: env.FP_S3_REGION ?? 'eu-west-2',
            bucket: env.FP_S3_BUCKET as string,
            accessKeyId: env.FP_S3_ACCESS_KEY_ID || undefined,
            secretAccessKey: env.FP_S3_SECRET_ACCESS_KEY || undefined,
            forcePathStyle: env.FP_S3_FORCE_PATH_STYLE !== 'false',
          }
        : { driver, dir: path.resolve(env.FP_MEDIA_DIR ?? path.join(dataDir, 'media')) },
    clamav: env.FP_CLAMAV_HOST
      ? { host: env.FP_CLAMAV_HOST, port: int('FP_CLAMAV_PORT', 3310, env), timeoutMs: int('FP_CLAMAV_TIMEOUT_MS', 30_000, env) }
      : null,
    linkKey: env.FP_MEDIA_LINK_KEY || undefined,
    linkSeconds: int('FP_MEDIA_LINK_SECONDS', 300, env),
  };
}

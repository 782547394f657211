import path from 'node:path';

/** Every setting the server reads from its environment, with defaults, in one place. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Set: use this PostgreSQL. Unset: start an embedded PostgreSQL in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  production: boolean;
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
  /** Only run operations whose hash is in a manifest (on in production). */
  enforceOperationAllowList: boolean;
  /** The manifests: the portals' (written by the build) and any an integrator adds. */
  operationManifests: string[];
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
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
    dataDir: path.resolve(env.FP_DATA_DIR ?? path.join(repoRoot, '.data')),
    embeddedPort: int('FP_EMBEDDED_PG_PORT', 54329),
    production,
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
    seedOnEmpty: env.FP_SEED_ON_EMPTY !== 'false',
    enforceOperationAllowList: env.FP_OPERATION_ALLOW_LIST ? env.FP_OPERATION_ALLOW_LIST === 'on' : production,
    operationManifests: [
      path.resolve(env.FP_PORTAL_OPERATION_MANIFEST ?? path.join(repoRoot, 'packages', 'server', 'dist', 'persisted-operations.json')),
      ...(env.FP_OPERATION_MANIFESTS ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((p) => path.resolve(p)),
    ],
  };
}

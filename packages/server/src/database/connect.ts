import type { ServerConfig } from '../config';
import { EMBEDDED_API_PASSWORD, EMBEDDED_API_USER, withUser } from './api-role';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from './embedded-postgres';

export interface ResolvedDatabase {
  /** The API's own connection: a user in the fp_api role (database/api-role.ts). */
  url: string;
  /** The schema's owner: migrations and the command-line tools. */
  ownerUrl: string;
  /** The setting each connection came from, for messages: DATABASE_URL, DATABASE_OWNER_URL, or the embedded PostgreSQL. */
  urlSetting: string;
  ownerUrlSetting: string;
  /** For the start-up log: which database is in use, without any password. */
  description: string;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'forever_planning';

/**
 * DATABASE_URL (and DATABASE_OWNER_URL, else DATABASE_URL again) when set;
 * otherwise the embedded PostgreSQL in the data folder, whose superuser owns
 * the schema and whose API logs in as forever_planning_api.
 */
export async function resolveDatabase(config: ServerConfig, log: (m: string) => void = () => undefined): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    const parsed = new URL(config.databaseUrl);
    return {
      url: config.databaseUrl,
      ownerUrl: config.databaseOwnerUrl ?? config.databaseUrl,
      urlSetting: 'DATABASE_URL',
      ownerUrlSetting: config.databaseOwnerUrl ? 'DATABASE_OWNER_URL' : 'DATABASE_URL',
      description: `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname} (DATABASE_URL)`,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPort, log);
  try {
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  const ownerUrl = withDatabase(embedded.url, EMBEDDED_DATABASE_NAME);
  return {
    url: withUser(ownerUrl, EMBEDDED_API_USER, EMBEDDED_API_PASSWORD),
    ownerUrl,
    urlSetting: 'the embedded PostgreSQL',
    ownerUrlSetting: 'the embedded PostgreSQL',
    description: `embedded PostgreSQL 17 on 127.0.0.1:${config.embeddedPort}, data in ${config.dataDir}`,
    stop: () => embedded.stop(),
  };
}

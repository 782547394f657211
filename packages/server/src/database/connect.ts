import type { ServerConfig } from '../config';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  /** For the start-up log: which database is in use, without any password. */
  description: string;
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'forever_planning';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in the data folder. */
export async function resolveDatabase(config: ServerConfig, log: (m: string) => void = () => undefined): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    const parsed = new URL(config.databaseUrl);
    return {
      url: config.databaseUrl,
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
  return {
    url: withDatabase(embedded.url, EMBEDDED_DATABASE_NAME),
    description: `embedded PostgreSQL 17 on 127.0.0.1:${config.embeddedPort}, data in ${config.dataDir}`,
    stop: () => embedded.stop(),
  };
}

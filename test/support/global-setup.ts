import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { Client } from 'pg';
import { createDataSource } from '../../packages/server/src/database/data-source';
import { EMBEDDED_API_PASSWORD, EMBEDDED_API_USER, ensureApiLogin, withUser } from '../../packages/server/src/database/api-role';
import { startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '../../packages/server/src/database/embedded-postgres';

declare global {
  var __FP_EMBEDDED__: EmbeddedDatabase | undefined;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Finds PostgreSQL (DATABASE_URL, else 127.0.0.1:5432, else an embedded one it
 * starts) and builds one migrated template database that each suite copies,
 * and a login for the API with only the fp_api role's rights.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!(await reachable(adminUrl))) {
    if (process.env.DATABASE_URL) {
      throw new Error(`DATABASE_URL is set but its server cannot be reached. Start it, or unset DATABASE_URL.`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-test-pg-'));
    console.log(`\nNo PostgreSQL on 127.0.0.1:5432: starting an embedded PostgreSQL in ${dir}`);
    globalThis.__FP_EMBEDDED__ = await startEmbeddedPostgres(dir, 54400 + (process.pid % 500));
    adminUrl = globalThis.__FP_EMBEDDED__.url;
  }
  const template = `fp_test_template_${process.pid}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${template}`);
  await client.end();
  const ds = createDataSource(withDatabase(adminUrl, template));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  // The API's least-privilege login (a member of fp_api, whose grants every copy of the template inherits).
  const apiUrl = withUser(adminUrl, EMBEDDED_API_USER, EMBEDDED_API_PASSWORD);
  await ensureApiLogin(withDatabase(adminUrl, template), withDatabase(apiUrl, template));
  process.env.FP_TEST_ADMIN_URL = adminUrl;
  process.env.FP_TEST_API_URL = apiUrl;
  process.env.FP_TEST_TEMPLATE = template;
}

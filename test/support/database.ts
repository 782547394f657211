import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../packages/server/src/database/data-source';
import { withDatabase } from '../../packages/server/src/database/embedded-postgres';

/** Set by the global setup: the server every suite talks to and the migrated template. */
export function testServer(): { adminUrl: string; apiUrl: string; template: string } {
  const adminUrl = process.env.FP_TEST_ADMIN_URL;
  const apiUrl = process.env.FP_TEST_API_URL;
  const template = process.env.FP_TEST_TEMPLATE;
  if (!adminUrl || !apiUrl || !template) throw new Error('The jest global setup did not run: use npm test.');
  return { adminUrl, apiUrl, template };
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServer().adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  /** As the superuser that owns the schema (what most suites use to arrange and inspect). */
  url: string;
  dataSource: DataSource;
  /** As the API's least-privilege login, a member of fp_api (what the server itself connects as). */
  apiUrl: string;
  /** A data source on apiUrl, opened on first use and closed by drop(). */
  apiDataSource(): Promise<DataSource>;
  drop(): Promise<void>;
}

/** A fresh database for one suite, copied from the migrated template, dropped afterwards. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const { adminUrl, apiUrl: apiServerUrl, template } = testServer();
  const name = `fp_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = withDatabase(adminUrl, name);
  const dataSource = createDataSource(url, { poolSize: 5 });
  await dataSource.initialize();
  const apiUrl = withDatabase(apiServerUrl, name);
  let apiSource: DataSource | undefined;
  return {
    name,
    url,
    dataSource,
    apiUrl,
    async apiDataSource() {
      if (!apiSource) {
        apiSource = createDataSource(apiUrl, { poolSize: 5 });
        await apiSource.initialize();
      }
      return apiSource;
    },
    async drop() {
      if (apiSource?.isInitialized) await apiSource.destroy();
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

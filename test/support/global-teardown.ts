import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.FP_TEST_ADMIN_URL;
  const template = process.env.FP_TEST_TEMPLATE;
  if (adminUrl && template) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__FP_EMBEDDED__?.stop();
}

import type { TestDatabase } from './database';

/** Everything the import writes, with versions: two equal snapshots mean nothing changed. */
export async function snapshot(db: TestDatabase): Promise<unknown> {
  const q = (sql: string) => db.dataSource.query(sql);
  return {
    councils: await q(`SELECT id, name, la_code, ons_code, version FROM councils ORDER BY la_code, ons_code`),
    teams: await q(`SELECT id, name, version FROM teams ORDER BY name`),
    children: await q(`SELECT c.*, NULL AS facts_version FROM children c ORDER BY local_id`),
    placements: await q(`SELECT * FROM placements ORDER BY child_id, start_date`),
    legal: await q(`SELECT * FROM legal_statuses ORDER BY child_id, start_date`),
    meetings: await q(`SELECT * FROM meetings ORDER BY child_id, held_on`),
    missing: await q(`SELECT * FROM missing_episodes ORDER BY child_id, start_date`),
    health: await q(`SELECT * FROM health_outcomes ORDER BY child_id, year`),
    carers: await q(`SELECT * FROM prospective_carers ORDER BY child_id, stage_on`),
  };
}


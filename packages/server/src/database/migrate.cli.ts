import 'reflect-metadata';
import { ApiRoleError } from './api-role';
import { runCli, withCliDatabase } from './cli-database';
import { MigrationFailedError, migrateAsOwner } from './migrate';

/**
 * `npm run migrate`: what the server does before it serves, on its own, as the
 * schema's owner (DATABASE_OWNER_URL): the migrations, the job queue's schema
 * and the API's login in fp_api. A deployment that keeps the owner's password
 * away from the API runs this first (docker-compose.yml's `migrate` service),
 * and the API then needs only DATABASE_URL.
 */
async function main(): Promise<number> {
  return withCliDatabase(
    async (_ds, database) => {
      const applied = await migrateAsOwner(database);
      console.log(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.` : 'The database was up to date.');
      console.log(`${database.description}: the API's login in DATABASE_URL may act as fp_api.`);
      return 0;
    },
    {
      migrate: false,
      explain: (error) =>
        error instanceof MigrationFailedError ? `A migration failed, so nothing was changed: ${error.message}` : error instanceof ApiRoleError ? error.message : undefined,
    },
  );
}

runCli(main, 'The migration');

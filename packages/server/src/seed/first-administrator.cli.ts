import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runCli, withCliDatabase } from '../database/cli-database';
import { createFirstAdministrator, FirstAdministratorError } from './first-administrator';

/**
 * `npm run first-administrator -- --council "…" --la-code 316 --username … --first-name … --last-name … [--email …]`
 * with the password on standard input (never on the command line, where the
 * shell history and `ps` would keep it). Migrates the database, then creates the
 * council and its first administrator; refused once any council exists.
 */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      council: { type: 'string', default: '' },
      'la-code': { type: 'string', default: '' },
      username: { type: 'string', default: '' },
      'first-name': { type: 'string', default: '' },
      'last-name': { type: 'string', default: '' },
      email: { type: 'string' },
    },
  });
  if (process.stdin.isTTY) {
    console.log('Give the password on standard input, for example: read -rs PW && printf %s "$PW" | npm run first-administrator -- …');
    return 1;
  }
  const password = await readStdin();
  return withCliDatabase(
    async (ds, database) => {
      const username = values.username.toLowerCase();
      await createFirstAdministrator(ds, {
        councilName: values.council, laCode: values['la-code'], username,
        firstName: values['first-name'], lastName: values['last-name'], email: values.email ?? null, password,
      });
      console.log(`Created ${values.council} and its administrator ${username} in ${database.description}. Sign in to the professional portal to add teams and staff.`);
      return 0;
    },
    { explain: (error) => (error instanceof FirstAdministratorError ? error.message : undefined) },
  );
}

runCli(main, 'Creating the first administrator');

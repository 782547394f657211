/** `npm run schema`: prints the schema from the code into schema.graphql at the repository root. */
import fs from 'node:fs';
import path from 'node:path';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { getSchema } from './schema';

export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

if (require.main === module) {
  printedSchema()
    .then((text) => {
      fs.writeFileSync(SCHEMA_FILE, text);
      console.log(`Wrote ${SCHEMA_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}

import fs from 'node:fs';
import { getSchema } from './schema';
import { ACCESS_FILE, printedAccess, printedSchema, rootFieldAccess, SCHEMA_FILE } from './schema.cli';

describe('the GraphQL schema', () => {
  it('declares who may call every Query and Mutation field', async () => {
    const undeclared = rootFieldAccess(await getSchema()).filter((f) => !f.rule).map((f) => f.field);
    expect(undeclared).toEqual([]);
  });

  it('matches the committed schema.graphql (run `npm run schema` after changing the API)', async () => {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed).toEqual(await printedSchema());
  });

  it('matches the committed access snapshot (run `npm run schema`; review it as a permission change)', async () => {
    const committed = fs.existsSync(ACCESS_FILE) ? fs.readFileSync(ACCESS_FILE, 'utf8') : '';
    expect(committed).toEqual(await printedAccess());
  });
});

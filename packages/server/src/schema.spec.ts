import fs from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { isObjectType, type GraphQLObjectType } from 'graphql';
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

  it('reads plain fields without a wrapper, and keeps the resolver of every field with roles, middleware or a field resolver', async () => {
    const schema = await getSchema();
    const storage = getMetadataStorage();
    const child = schema.getType('Child') as GraphQLObjectType;
    // Plain properties: graphql's default resolver (and graphql-jit reads them inline).
    expect(['id', 'displayName', 'dateOfBirth', 'age'].map((f) => child.getFields()[f].resolve)).toEqual([undefined, undefined, undefined, undefined]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const meta = storage.objectTypes.find((t) => t.name === type.name);
      if (!meta) continue;
      for (const f of storage.fields) {
        if (!(meta.target === f.target || meta.target.prototype instanceof f.target)) continue;
        // No plain field has roles or middleware today: this guards the next one.
        const field = type.getFields()[f.schemaName];
        if (field && (f.roles?.length || f.middlewares?.length || f.name !== f.schemaName)) {
          expect({ field: `${type.name}.${f.schemaName}`, resolve: typeof field.resolve }).toEqual({ field: `${type.name}.${f.schemaName}`, resolve: 'function' });
        }
      }
      for (const r of storage.fieldResolvers) {
        const target = r.getObjectType?.() as (typeof meta)['target'] | undefined;
        if (!target || !(meta.target === target || meta.target.prototype instanceof target)) continue;
        const field = type.getFields()[r.schemaName];
        if (field) expect({ field: `${type.name}.${r.schemaName}`, resolve: typeof field.resolve }).toEqual({ field: `${type.name}.${r.schemaName}`, resolve: 'function' });
      }
    }
    // Field resolvers of the child record (team, alerts...) keep theirs.
    expect(['team', 'alerts', 'currentPlacement', 'brothersAndSisters'].map((f) => typeof child.getFields()[f].resolve)).toEqual(['function', 'function', 'function', 'function']);
  });
});

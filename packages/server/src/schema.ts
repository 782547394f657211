import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { authChecker } from './common/access';
import { RESOLVERS } from './modules';

let built: Promise<GraphQLSchema> | null = null;

/** The one schema: every resolver, the single authChecker, and input validation on. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true, whitelist: true },
    emitSchemaFile: false,
  }).then(plainFieldsRead);
  return built;
}

/**
 * type-graphql wraps every field in a resolver, even a plain property with no roles and no middleware
 * (createBasicFieldResolver: an object and a middleware chain per field of every object served), and
 * graphql-jit cannot inline a property read behind it. Those wrappers are removed, so graphql's default
 * resolver reads the same property. A field with roles or middleware (there are no global middlewares),
 * a field resolver, or a property named otherwise than the field keeps its resolver (schema.spec.ts).
 */
type Target = ReturnType<typeof getMetadataStorage>['fields'][number]['target'];

function plainFieldsRead(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const objectTypes = new Map(storage.objectTypes.map((t) => [t.name, t]));
  const fieldsOf = new Map<Target, typeof storage.fields>();
  for (const f of storage.fields) fieldsOf.set(f.target, [...(fieldsOf.get(f.target) ?? []), f]);
  for (const type of Object.values(schema.getTypeMap())) {
    const meta = isObjectType(type) ? objectTypes.get(type.name) : undefined;
    if (!meta || !isObjectType(type)) continue;
    // The class and the classes it extends: a field may be declared on a base class.
    const classes = new Set<Target>();
    for (let c: Target | null = meta.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Target | null) classes.add(c);
    const resolved = new Set(storage.fieldResolvers.filter((r) => classes.has(r.getObjectType?.() as Target)).map((r) => r.schemaName));
    for (const field of Object.values(type.getFields())) {
      const declared = [...classes].flatMap((c) => fieldsOf.get(c) ?? []).filter((f) => f.schemaName === field.name);
      const plain = declared.length > 0 && declared.every((f) => f.name === f.schemaName && !f.roles?.length && !f.middlewares?.length);
      if (plain && !resolved.has(field.name)) field.resolve = undefined;
    }
  }
  return schema;
}

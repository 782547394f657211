import { registerEnumType } from 'type-graphql';

/** A GraphQL enum made from one of the shared vocabularies, so the two never drift apart. */
export function graphqlEnum<T extends string>(name: string, values: readonly T[], description?: string): { [K in T]: K } {
  const e = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(e, { name, description });
  return e;
}

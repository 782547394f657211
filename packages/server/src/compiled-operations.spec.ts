import { GraphQLEnumType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLString, Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { compiledOperationsGateway } from './compiled-operations';
import { normaliseDocument } from './persisted-operations';

/** A schema small enough to count graphql-js's and graphql-jit's coercions of a variable. */
function toySchema() {
  const parsed = { count: 0 };
  const Shout = new GraphQLScalarType({
    name: 'Shout',
    parseValue: (value) => {
      parsed.count += 1;
      if (typeof value !== 'string') throw new TypeError('Shout must be a string.');
      return value.toUpperCase();
    },
  });
  const Colour = new GraphQLEnumType({ name: 'Colour', values: { RED: { value: 'red' }, BLUE: { value: 'blue' } } });
  const Pick = new GraphQLObjectType({ name: 'Pick', fields: { name: { type: GraphQLString }, times: { type: GraphQLInt } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        pick: {
          type: new GraphQLList(Pick),
          args: { colour: { type: new GraphQLNonNull(Colour) }, word: { type: Shout }, times: { type: GraphQLInt } },
          resolve: (_root, args: { colour: string; word?: string; times?: number }) => [{ name: `${args.colour} ${args.word ?? ''}`.trim(), times: args.times ?? null }],
        },
      },
    }),
  });
  return { schema, parsed };
}

const LISTED = 'query Pick($colour: Colour!, $word: Shout, $times: Int = 3) { pick(colour: $colour, word: $word, times: $times) { name times } }';
/** What Apollo Client sends for it: `__typename` added below the root. */
const FROM_PORTAL = 'query Pick($colour: Colour!, $word: Shout, $times: Int = 3) { pick(colour: $colour, word: $word, times: $times) { name times __typename } }';

async function run(gateway: ReturnType<typeof compiledOperationsGateway>, text: string, variables: Record<string, unknown>) {
  const { executor } = await gateway.load({ apollo: {} } as never);
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return executor!({ queryHash: text, operationName: 'Pick', document, operation, request: { variables }, contextValue: {}, context: {} } as never);
}

describe('compiled operations', () => {
  it('runs a document whose directives read a variable (@skip(if: $hide)), as the child audit trail page sends', async () => {
    const { schema } = toySchema();
    const gateway = compiledOperationsGateway(schema);
    const text = 'query Pick($colour: Colour!, $hide: Boolean!) { pick(colour: $colour) { name times @skip(if: $hide) } }';
    expect(await run(gateway, text, { colour: 'RED', hide: true })).toEqual({ data: { pick: [{ name: 'red' }] } });
    expect(await run(gateway, text, { colour: 'RED', hide: false })).toEqual({ data: { pick: [{ name: 'red', times: null }] } });
  });

  it('compiles the allow-listed documents at start, and a request as the portal sends it compiles nothing more', async () => {
    const { schema } = toySchema();
    const gateway = compiledOperationsGateway(schema);
    gateway.precompile([normaliseDocument(parse(LISTED))]);
    expect(gateway.precompiledCount()).toBe(2);
    expect(gateway.compilations()).toBe(2);
    expect(await run(gateway, FROM_PORTAL, { colour: 'RED', word: 'hi' })).toEqual({ data: { pick: [{ name: 'red HI', times: 3, __typename: 'Pick' }] } });
    expect(await run(gateway, print(parse(LISTED)), { colour: 'BLUE' })).toEqual({ data: { pick: [{ name: 'blue', times: 3 }] } });
    expect(gateway.compilations()).toBe(2);
    // Anything not listed is compiled on its first request.
    await run(gateway, '{ pick(colour: RED) { name } }', {});
    expect(gateway.compilations()).toBe(3);
  });

  it('without precompile (the default at start), compiles a document on its first request only, with the same answers as precompiled', async () => {
    const { schema } = toySchema();
    const lazy = compiledOperationsGateway(schema);
    const eager = compiledOperationsGateway(schema);
    eager.precompile([normaliseDocument(parse(LISTED))]);
    expect(lazy.compilations()).toBe(0);
    for (const [text, variables] of [[FROM_PORTAL, { colour: 'RED', word: 'hi' }], [FROM_PORTAL, { colour: 'BLUE' }], [print(parse(LISTED)), { colour: 'BLUE', times: 1 }]] as const) {
      expect(await run(lazy, text, variables)).toEqual(await run(eager, text, variables));
    }
    // One compilation per document text, on its first request; the second request for FROM_PORTAL reused it.
    expect(lazy.compilations()).toBe(2);
    expect(lazy.compiledCount()).toBe(2);
  });

  it('coerces each variable once (graphql-js), and a bad enum value or scalar is BAD_USER_INPUT', async () => {
    const { schema, parsed } = toySchema();
    const gateway = compiledOperationsGateway(schema);
    expect(await run(gateway, LISTED, { colour: 'BLUE', word: 'once', times: 2 })).toEqual({ data: { pick: [{ name: 'blue ONCE', times: 2 }] } });
    expect(parsed.count).toBe(1);
    const badEnum = (await run(gateway, LISTED, { colour: 'GREEN' })) as unknown as { errors: { message: string; extensions: { code: string } }[] };
    expect(badEnum.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(badEnum.errors[0].message).toMatch(/Value "GREEN" does not exist in "Colour" enum/);
    const badScalar = (await run(gateway, LISTED, { colour: 'RED', word: 7 })) as unknown as { errors: { message: string; extensions: { code: string } }[] };
    expect(badScalar.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(badScalar.errors[0].message).toMatch(/Shout must be a string/);
  });
});

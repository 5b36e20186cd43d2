import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLBoolean, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { CompiledExecution } from './compiled-execution';

class RefusedError extends Error {}

const Filter = new GraphQLInputObjectType({
  name: 'Filter',
  fields: {
    word: { type: GraphQLString },
    // graphql-jit alone refuses a filter without this field, although it has a default.
    includeRemote: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: true },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: new GraphQLObjectType({ name: 'Echo', fields: { word: { type: GraphQLString }, includeRemote: { type: GraphQLBoolean } } }),
        args: { filter: { type: Filter } },
        resolve: (_root, args: { filter?: { word?: string; includeRemote: boolean } }) => args.filter ?? {},
      },
      numbers: { type: new GraphQLList(GraphQLInt), args: { first: { type: GraphQLInt } }, resolve: (_root, args: { first?: number }) => Array.from({ length: args.first ?? 3 }, (_, i) => i) },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw new RefusedError('not for you');
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLInt, resolve: () => 1 } } }),
});

describe('compiled execution', () => {
  let execution: CompiledExecution;
  let server: ApolloServer;
  let formatted: unknown[];

  beforeAll(async () => {
    execution = new CompiledExecution(schema);
    formatted = [];
    server = new ApolloServer({
      gateway: execution.gateway(),
      formatError: (error, raw) => {
        formatted.push(unwrapResolverError(raw));
        return error;
      },
    });
    await server.start();
  });
  afterAll(() => server.stop());

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  }

  it('runs queries compiled, with the same answers (input defaults filled in)', async () => {
    const before = { ...execution.runs };
    const result = await run(`query ($filter: Filter) { echo(filter: $filter) { word includeRemote } numbers(first: 2) }`, { filter: { word: 'まちづくり' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ echo: { word: 'まちづくり', includeRemote: true }, numbers: [0, 1] });
    expect(execution.runs.compiled).toBe(before.compiled + 1);
    expect(execution.runs.interpreted).toBe(before.interpreted);
  });

  it('gives a resolver error its code and original error, as graphql-js would', async () => {
    formatted.length = 0;
    const result = await run(`{ refused }`);
    expect(result.data).toEqual({ refused: null });
    expect(result.errors).toEqual([expect.objectContaining({ message: 'not for you', path: ['refused'], extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(formatted[0]).toBeInstanceOf(RefusedError);
  });

  it('leaves variables that do not coerce, and mutations, to graphql-js', async () => {
    const before = { ...execution.runs };
    const refused = await run(`query ($first: Int) { numbers(first: $first) }`, { first: 'many' });
    expect(refused.errors?.[0]).toEqual(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    expect(refused.errors?.[0].message).toMatch(/^Variable "\$first" got invalid value "many"/);
    expect((await run(`mutation { touch }`)).data).toEqual({ touch: 1 });
    expect(execution.runs).toEqual({ compiled: before.compiled, interpreted: before.interpreted + 2 });
  });
});

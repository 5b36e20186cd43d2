import fc from 'fast-check';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { OrganizationKind } from '@tsunagu/shared';
import { buildAppSchema } from '../../src/graphql/schema';
import { encodeCursor } from '../../src/graphql/pagination';
import { createAccount } from '../fixtures/account-fixtures';
import { ACTOR_NAMES, MURAKAMI, NIIGATA, createRoleActors, type ActorName } from '../fixtures/role-fixtures';
import { insertRmo, supportRequestInput } from '../fixtures/request-fixtures';
import { insertSupporter } from '../fixtures/supporter-fixtures';
import { captureLogs, type CapturedLogs } from '../fixtures/log-capture';
import { startTestApp, type TestApp } from '../test-app';

/**
 * Property-based fuzzing of the whole API: for every query and mutation, arguments generated from
 * the schema's own types (walked, not listed by hand), filled with hostile strings, wrong types and
 * extreme numbers, sent as every kind of user. Whatever comes in, the answer is a 2xx–4xx with a
 * stated code: never a 5xx, never INTERNAL_SERVER_ERROR. FUZZ_CASES sets the number of requests
 * (CI: at least 10,000); FUZZ_SEED replays a run.
 */
const CASES = Number(process.env.FUZZ_CASES ?? (process.env.CI ? 10_000 : 2_000));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const CONCURRENCY = 16;

// Strings people and attackers send: control characters, broken UTF-16, bidi marks, LIKE wildcards, markup, SQL.
const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udbff\udfff', '\u202e\u202dabc', '\u200f\u200e', '\ufeff', '\u2028\u2029',
  '%', '_', '\\', '%_\\', '100%_off\\', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR '1'='1", "'; DROP TABLE app_user; --",
  '${7*7}', '{{7*7}}', '../../etc/passwd', 'http://evil.example/phish?x=1', 'null', 'undefined', 'NaN', '-0', '1e309', 'ｱｲｳ', '防災',
  'x'.repeat(201), 'あ'.repeat(5001), '𠮷野家', '\t\n\r', 'a@b', 'admin@example.jp', 'not an email', 'Ａ＠Ｂ．ＪＰ',
];
const HOSTILE_NUMBERS = [0, -1, 1, 2, 20, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 0.5, -0.000001, Number.MAX_SAFE_INTEGER];
const CODES = ['01', '15', '47', '48', '00', '152129', '151009', '151033', '999999', '062014', '13101'];
// Cursors that decode to forged keys: impossible dates, offsets, huge scores, wrong shapes.
const FORGED_CURSORS = [
  encodeCursor(['2026-02-31 10:00:00+09', 'x']),
  encodeCursor(['2026-01-01 10:00:00+99', '1']),
  encodeCursor([2 ** 31, 'x']),
  encodeCursor([1e308, '2026-01-01T00:00:00Z', 'x']),
  encodeCursor(['2026-01-01T00:00:00Z', '99999999999999999999']),
  encodeCursor([]),
  Buffer.from('{"a":1}').toString('base64url'),
  Buffer.from('\u0000').toString('base64url'),
  '!!!!',
];
const DATES = ['2026-01-01T00:00:00Z', '2026-02-31T00:00:00Z', 'yesterday', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2026-01-01T00:00:00+99:00'];

/** Anything of the wrong type for a field. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

function stringArbitrary(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...CODES) },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom(...FORGED_CURSORS) },
    { weight: 1, arbitrary: fc.constantFrom(...DATES) },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

/**
 * An arbitrary for values of a GraphQL input type: of the right shape with hostile contents
 * (`loose` false, so they reach the resolvers), or now and then of the wrong type anywhere (`loose`).
 */
function inputArbitrary(type: GraphQLInputType, ids: string[], loose: boolean, depth = 0): fc.Arbitrary<unknown> {
  const wrongSometimes = (right: fc.Arbitrary<unknown>) => (loose ? fc.oneof({ weight: 8, arbitrary: right }, { weight: 1, arbitrary: wrongType }) : right);
  if (type instanceof GraphQLNonNull) return wrongSometimes(inputArbitrary(type.ofType, ids, loose, depth));
  if (type instanceof GraphQLList) {
    const item = inputArbitrary(type.ofType, ids, loose, depth + 1);
    // Now and then a long list, so per-item problems add up past any cap on reported problems.
    return wrongSometimes(fc.oneof({ weight: 8, arbitrary: fc.array(item, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 51, maxLength: 120 }) }));
  }
  if (type instanceof GraphQLEnumType) {
    return wrongSometimes(fc.constantFrom(...type.getValues().map((v) => v.value as string)));
  }
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 4) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(fields.map((f) => [f.name, inputArbitrary(f.type, ids, loose, depth + 1)]));
    const required = fields.filter((f) => f.type instanceof GraphQLNonNull).map((f) => f.name);
    return wrongSometimes(fc.record(record, { requiredKeys: required as never[] }));
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'Int':
    case 'Float':
      return wrongSometimes(fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
    case 'Boolean':
      return wrongSometimes(fc.boolean());
    case 'DateTimeISO':
      return wrongSometimes(fc.oneof(fc.constantFrom(...DATES), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), stringArbitrary(ids)));
    case 'JSON':
      return fc.jsonValue();
    default:
      return wrongSometimes(stringArbitrary(ids));
  }
}

/** Scalar fields of an object type, and one level of nested objects without required arguments. */
function selectionOf(type: GraphQLObjectType, depth = 0): string {
  const parts = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((a) => a.type instanceof GraphQLNonNull)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth < 2 && isObjectType(named)) return [`${field.name} { ${selectionOf(named, depth + 1)} }`];
    if (isCompositeType(named) && !isObjectType(named) && !isInterfaceType(named)) return [`${field.name} { __typename }`];
    return [];
  });
  return parts.length ? parts.join(' ') : '__typename';
}

interface Operation {
  name: string;
  document: string;
  args: fc.Arbitrary<Record<string, unknown>>;
}

function operationsOf(root: GraphQLObjectType, kind: 'query' | 'mutation', ids: string[]): Operation[] {
  return Object.values(root.getFields()).map((field: GraphQLField<unknown, unknown>) => {
    const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const named = getNamedType(field.type);
    const selection = isObjectType(named) ? ` { ${selectionOf(named)} }` : '';
    const document = `${kind} Fuzz_${field.name}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
    const argumentsOf = (loose: boolean) => fc.record(Object.fromEntries(field.args.map((a) => [a.name, inputArbitrary(a.type, ids, loose)])), { requiredKeys: [] });
    return { name: field.name, document, args: fc.oneof({ weight: 4, arbitrary: argumentsOf(false) }, { weight: 1, arbitrary: argumentsOf(true) }) };
  });
}

describe('fuzzing every operation', () => {
  let app: TestApp;
  let cookies: Record<ActorName, string | undefined>;
  let operations: Operation[];
  let logs: CapturedLogs;

  beforeAll(async () => {
    logs = captureLogs('error');
    app = await startTestApp({}, { logger: logs.logger });
    const actors = await createRoleActors(app);
    const ids: string[] = Object.values(actors).flatMap((a) => [a.userId, a.organizationId]).filter((id): id is string => Boolean(id));
    const owner = actors.ownerIntermediary.organizationId!;
    ids.push((await insertSupporter(app.dataSource, { name: '（架空）ファズ支援室', ownerOrganizationId: owner, municipalities: [[NIIGATA, MURAKAMI]] })).id);
    ids.push((await insertRmo(app.dataSource, { name: '（架空）ファズ地区協議会' })).id);
    const created = await app.graphql<{ createSupportRequest: { id: string } }>(
      'mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }',
      { input: supportRequestInput() },
      { cookie: actors.murakamiCity.cookie },
    );
    ids.push(created.data!.createSupportRequest.id);
    await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, email: 'admin@example.jp' });
    cookies = Object.fromEntries(ACTOR_NAMES.map((name) => [name, actors[name].cookie])) as Record<ActorName, string | undefined>;
    const schema = await buildAppSchema();
    operations = [...operationsOf(schema.getQueryType()!, 'query', ids), ...operationsOf(schema.getMutationType()!, 'mutation', ids)];
  });
  afterAll(() => app.close());

  it(`answers ${CASES} hostile requests without a 5xx or an internal error (seed ${SEED})`, async () => {
    const counts = { sent: 0, byCode: {} as Record<string, number> };
    const failures: { operation: string; actor: string; variables: unknown; status: number; errors: unknown }[] = [];
    const call = fc.record({
      operation: fc.integer({ min: 0, max: operations.length - 1 }).chain((i) => fc.tuple(fc.constant(i), operations[i].args)),
      actor: fc.constantFrom(...ACTOR_NAMES),
    });
    const refreshSessions = async () => {
      // Sign-out and password resets among the cases end sessions: each batch gets fresh ones.
      const rows: { user_id: string; email: string }[] = await app.dataSource.query(`SELECT id AS user_id, email FROM app_user WHERE email LIKE '%@roles.example.jp'`);
      for (const row of rows) {
        const name = ACTOR_NAMES.find((n) => `${n.toLowerCase()}@roles.example.jp` === row.email);
        if (name) cookies[name] = `tsunagu_session=${(await app.services.sessions.create(app.dataSource.manager, row.user_id)).token}`;
      }
    };

    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (batch) => {
        await refreshSessions();
        await app.dataSource.query('DELETE FROM sign_in_failure');
        const answers = await Promise.all(
          batch.map(async ({ operation: [index, variables], actor }) => {
            const op = operations[index];
            const res = await fetch(`${app.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(cookies[actor] ? { cookie: cookies[actor]! } : {}) },
              body: JSON.stringify({ query: op.document, variables }),
            });
            const text = await res.text();
            let errors: { extensions?: { code?: string } }[] = [];
            try {
              errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
            } catch {
              errors = [{ extensions: { code: `NOT_JSON ${text.slice(0, 80)}` } }];
            }
            counts.sent += 1;
            for (const code of errors.length ? errors.map((e) => e.extensions?.code ?? 'NO_CODE') : ['OK']) counts.byCode[code] = (counts.byCode[code] ?? 0) + 1;
            return { operation: op.name, actor, variables, status: res.status, errors };
          }),
        );
        failures.push(...answers.filter((a) => a.status >= 500 || a.errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code?.startsWith('NOT_JSON'))));
        // Every batch runs (no early stop), so one run shows every kind of failure at once.
        return true;
      }),
      { numRuns: Math.ceil(CASES / CONCURRENCY), seed: SEED, verbose: 0 },
    );
    const causes = new Map<string, number>();
    for (const line of logs.lines()) {
      const err = line.err as { message?: string } | undefined;
      const key = `${String(line.msg)}: ${String(err?.message ?? '').slice(0, 160)}`;
      causes.set(key, (causes.get(key) ?? 0) + 1);
    }
    const byOperation = new Map<string, number>();
    for (const f of failures) byOperation.set(`${f.operation} (${f.status})`, (byOperation.get(`${f.operation} (${f.status})`) ?? 0) + 1);
    console.log(`[fuzz] ${counts.sent} requests over ${operations.length} operations, seed ${SEED}: ${JSON.stringify(counts.byCode)}`);
    expect({ failing: Object.fromEntries(byOperation), logged: Object.fromEntries(causes), example: failures[0] }).toEqual({ failing: {}, logged: {}, example: undefined });
    expect(counts.sent).toBeGreaterThanOrEqual(CASES);
  }, 900_000);
});

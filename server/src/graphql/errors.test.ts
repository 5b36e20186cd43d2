import 'reflect-metadata';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ConflictReason, ForbiddenReason, InputReason, NotFoundReason, RateLimitReason, UnauthenticatedReason } from '@tsunagu/shared';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  invalidInput,
} from '../common/domain-errors';
import { createErrorFormatter } from './errors';

const logged: unknown[] = [];
const format = createErrorFormatter({ log: (error) => void logged.push(error) });

/** What Apollo hands formatError for an error a resolver threw: its own formatting, and the wrapped original. */
function thrownByResolver(original: unknown): [GraphQLFormattedError, unknown] {
  const wrapped = new GraphQLError('wrapped', { path: ['field'] });
  // graphql-js wraps whatever was thrown; set it directly so even a hostile proxy goes in untouched.
  Object.defineProperty(wrapped, 'originalError', { value: original });
  return [{ message: 'wrapped', path: ['field'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped];
}

/** Formats, and proves the result is plain JSON a response can carry. */
function formatted(original: unknown): GraphQLFormattedError {
  const result = format(...thrownByResolver(original));
  expect(() => JSON.stringify(result)).not.toThrow();
  return JSON.parse(JSON.stringify(result)) as GraphQLFormattedError;
}

describe('the error formatter maps each domain error to its extensions', () => {
  const cases: [Error & { reason: string }, Record<string, unknown>][] = [
    [
      invalidInput('title', InputReason.TOO_LONG, { max: 120 }),
      { code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG', params: { max: 120 } },
    ],
    [new UnauthenticatedError(), { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED', params: {} }],
    [
      new UnauthenticatedError(UnauthenticatedReason.INVALID_CREDENTIALS, 'Email or password is incorrect'),
      { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS', params: {} },
    ],
    [new ForbiddenError(ForbiddenReason.NOT_AUTHOR), { code: 'FORBIDDEN', reason: 'NOT_AUTHOR', params: {} }],
    [new NotFoundError(NotFoundReason.RMO_NOT_FOUND), { code: 'NOT_FOUND', reason: 'RMO_NOT_FOUND', params: {} }],
    [
      new ConflictError(ConflictReason.INVALID_TRANSITION, 'no', { status: 'OPEN', action: 'SUBMIT' }),
      { code: 'CONFLICT', reason: 'INVALID_TRANSITION', params: { status: 'OPEN', action: 'SUBMIT' } },
    ],
    [
      new ConflictError(ConflictReason.EMAIL_TAKEN, 'taken', {}, 'email'),
      { code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email', params: {} },
    ],
    [
      new RateLimitedError(RateLimitReason.TOO_MANY_SIGN_IN_ATTEMPTS, 42),
      { code: 'RATE_LIMITED', reason: 'TOO_MANY_SIGN_IN_ATTEMPTS', retryAfterSeconds: 42, params: { retryAfterSeconds: 42 } },
    ],
  ];
  it.each(cases.map(([error, extensions]) => [`${error.name} ${error.reason}`, error, extensions] as const))('%s', (_name, error, extensions) => {
    const result = formatted(error);
    expect(result.extensions).toEqual(extensions);
    expect(result.message).toBe(error.message);
    expect(result.path).toEqual(['field']);
  });

  it('turns class-validator failures into BAD_USER_INPUT with every problem as field, reason and params', () => {
    const validation = new ArgumentValidationError([
      { property: 'title', constraints: { maxChars: 'TOO_LONG' }, contexts: { maxChars: { reason: 'TOO_LONG', params: { max: 120 } } }, children: [] },
      {
        property: 'serviceArea',
        children: [
          { property: 'prefectureCodes', constraints: { arrayUnique: 'DUPLICATE' }, contexts: { arrayUnique: { reason: 'DUPLICATE' } }, children: [] },
        ],
      },
      // A constraint that declared no reason still gets one.
      { property: 'kind', constraints: { isEnum: 'kind must be an enum' }, children: [] },
    ]);
    expect(formatted(validation).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      reason: 'TOO_LONG',
      params: { max: 120 },
      problems: [
        { field: 'title', reason: 'TOO_LONG', params: { max: 120 } },
        { field: 'serviceArea.prefectureCodes', reason: 'DUPLICATE', params: {} },
        { field: 'kind', reason: 'INVALID_VALUE', params: {} },
      ],
    });
  });

  it("names the field of a variable GraphQL's own Int check refused (a budget beyond 32 bits)", () => {
    const result = format(
      {
        message: 'Variable "$input" got invalid value 3000000000 at "input.budgetMaxYen"; Int cannot represent non 32-bit signed integer value: 3000000000',
        extensions: { code: 'BAD_USER_INPUT' },
      },
      new GraphQLError('coercion'),
    );
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'budgetMaxYen',
      reason: 'OUT_OF_RANGE',
      params: { min: -2147483648, max: 2147483647 },
    });
  });

  it("reports graphql-js's untagged 'too many variable errors' as the caller's bad input, not an internal error", () => {
    const limit = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    const result = format({ message: limit.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, limit);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'variables', reason: 'INVALID_VALUE', params: {} });
  });

  it('passes problems of the request document through with their code', () => {
    const result = format({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(result).toEqual({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('masks anything else, including a GraphQLError that claims a refusal code, and logs it', () => {
    logged.length = 0;
    const secret = new Error('relation "supporter_service_area" does not exist');
    expect(formatted(secret)).toEqual({ message: 'Internal server error', path: ['field'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([secret]);
    const pretender = new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
    expect(format({ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }, pretender).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('answers SERVICE_UNAVAILABLE with its reason when the database cannot serve, thrown or passed through', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(formatted(refused).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
    // A transaction whose connection died mid-way: TypeORM refuses the statements that follow.
    for (const released of [new QueryRunnerAlreadyReleasedError(), new QueryRunnerProviderAlreadyReleasedError()]) {
      expect(formatted(released).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
    }
    const fromContext = format({ message: 'unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_BUSY' } }, new GraphQLError('x'));
    expect(fromContext.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_BUSY' });
  });
});

describe('the error formatter never throws', () => {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;
  const hostileProxy = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  );
  const loneSurrogates = `bad \uD800 text \uDC00 end`;
  const huge = 'x'.repeat(2_000_000);

  it.each([
    ['a string', 'just a string'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a symbol', Symbol('s')],
    ['a cyclic object', cyclic],
    ['a proxy whose every trap throws', hostileProxy],
    ['an Error with a huge message', new Error(huge)],
    ['an Error with lone surrogates', new Error(loneSurrogates)],
  ])('masks %s thrown by a resolver', (_case, thrown) => {
    const result = formatted(thrown);
    expect(result.message).toBe('Internal server error');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keeps a domain error with hostile values, cleaned: no lone surrogates, no cycles, bounded sizes', () => {
    const error = new InvalidInputError(`field${loneSurrogates}`, InputReason.UNKNOWN_RMO, {
      id: loneSurrogates,
      huge,
      self: cyclic as never,
      fn: (() => 1) as never,
      nan: Number.NaN,
    }, huge);
    const result = formatted(error);
    const text = JSON.stringify(result);
    expect(text.length).toBeLessThan(5000);
    expect(/[\uD800-\uDFFF]/.test(JSON.parse(text).message + JSON.stringify(result.extensions))).toBe(false);
    expect(result.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_RMO', params: { id: 'bad \uFFFD text \uFFFD end' } });
    expect(Object.keys(result.extensions?.params as object).sort()).toEqual(['huge', 'id']);
  });

  it('keeps a domain error whose params object is a throwing proxy', () => {
    const error = new ForbiddenError(ForbiddenReason.NOT_VISIBLE);
    Object.defineProperty(error, 'params', { value: hostileProxy });
    expect(formatted(error).extensions).toMatchObject({ code: expect.any(String) });
  });

  it('survives hostile formatted input and class-validator output', () => {
    const validation = new ArgumentValidationError([cyclic as never, { property: hostileProxy as never, children: [cyclic] } as never]);
    expect(() => JSON.stringify(format(...thrownByResolver(validation)))).not.toThrow();
    const weird = { message: huge, locations: [cyclic], path: [cyclic], extensions: { code: 'BAD_USER_INPUT' } } as unknown as GraphQLFormattedError;
    const result = format(weird, hostileProxy);
    expect(() => JSON.stringify(result)).not.toThrow();
    expect(JSON.stringify(result).length).toBeLessThan(5000);
  });

  it('survives a logger that throws', () => {
    const throwingLog = createErrorFormatter({ log: () => { throw new Error('log down'); } });
    expect(throwingLog(...thrownByResolver(new Error('x'))).extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

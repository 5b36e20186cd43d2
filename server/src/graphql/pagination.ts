import { Field, ObjectType } from 'type-graphql';
import { LIMITS } from '@tsunagu/shared';
import { badUserInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Checks `first`: default 20, 1–100, else BAD_USER_INPUT naming "first". */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return LIMITS.pageSizeDefault;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
    throw badUserInput('first', `must be between 1 and ${LIMITS.pageSizeMax}`);
  }
  return first;
}

/** Opaque cursor: base64url of the sort key values of the row it points after. */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

// PostgreSQL's text form of a timestamptz (CAST(… AS text), exact to the microsecond) or an ISO string.
const TIMESTAMP_TEXT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

/**
 * Decodes a cursor whose key values must match `shape` ('s' string, 'n' number, 't' timestamp
 * text, checked so a forged one cannot reach a SQL cast), else BAD_USER_INPUT.
 */
export function decodeCursor(cursor: string, shape: readonly ('s' | 'n' | 't')[]): (string | number)[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after', 'is not a cursor returned by this query');
  }
  const valid =
    Array.isArray(keys) &&
    keys.length === shape.length &&
    keys.every((key, i) =>
      shape[i] === 'n' ? typeof key === 'number' && Number.isFinite(key) : typeof key === 'string' && (shape[i] === 's' || TIMESTAMP_TEXT.test(key)),
    );
  if (!valid) throw badUserInput('after', 'is not a cursor returned by this query');
  return keys as (string | number)[];
}

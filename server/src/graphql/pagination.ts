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

/** Decodes a cursor whose key values must match `shape` ('s' string, 'n' number), else BAD_USER_INPUT. */
export function decodeCursor(cursor: string, shape: readonly ('s' | 'n')[]): (string | number)[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after', 'is not a cursor returned by this query');
  }
  const valid =
    Array.isArray(keys) &&
    keys.length === shape.length &&
    keys.every((key, i) => (shape[i] === 's' ? typeof key === 'string' : typeof key === 'number' && Number.isFinite(key)));
  if (!valid) throw badUserInput('after', 'is not a cursor returned by this query');
  return keys as (string | number)[];
}

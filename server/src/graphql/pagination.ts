import { Field, ObjectType } from 'type-graphql';
import { InputReason, LIMITS } from '@tsunagu/shared';
import { invalidInput } from '../common/domain-errors';
import { isId } from '../common/ids';

@ObjectType({ simpleResolvers: true })
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
    throw invalidInput('first', InputReason.OUT_OF_RANGE, { min: 1, max: LIMITS.pageSizeMax });
  }
  return first;
}

/** Opaque cursor: base64url of the sort key values of the row it points after. */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

// PostgreSQL's text form of a timestamptz (CAST(… AS text), exact to the microsecond) or an ISO string.
const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|([+-])(\d{2})(?::?(\d{2}))?)$/;
const BIGINT_TEXT = /^\d{1,18}$/;
const INT32_MAX = 2_147_483_647;

/** A timestamp PostgreSQL accepts: a real calendar day and time, year 1–9999, an offset within ±15:59. */
function isTimestampText(key: unknown): boolean {
  if (typeof key !== 'string') return false;
  const m = TIMESTAMP_TEXT.exec(key);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  // Date.UTC rolls 31 February over into March: a real day survives the round trip.
  const date = new Date(Date.UTC(2000, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1 || (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))) return false;
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  return offsetHours <= 15 && offsetMinutes <= 59;
}

/** Key kinds of a cursor: 'n' number, 'i' 32-bit integer, 't' timestamp text, 'u' record id, 'd' bigint as digits. */
type CursorKey = 'n' | 'i' | 't' | 'u' | 'd';

function isCursorKey(kind: CursorKey, key: unknown): boolean {
  switch (kind) {
    case 'n':
      return typeof key === 'number' && Number.isFinite(key);
    case 'i':
      return typeof key === 'number' && Number.isInteger(key) && Math.abs(key) <= INT32_MAX;
    case 't':
      return isTimestampText(key);
    case 'u':
      return isId(key);
    case 'd':
      return typeof key === 'string' && BIGINT_TEXT.test(key);
  }
}

/**
 * Decodes a cursor whose key values must match `shape`, checked so a forged one cannot reach a
 * SQL cast; else BAD_USER_INPUT on "after" with reason INVALID_CURSOR.
 */
export function decodeCursor(cursor: string, shape: readonly CursorKey[]): (string | number)[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidInput('after', InputReason.INVALID_CURSOR);
  }
  const valid = Array.isArray(keys) && keys.length === shape.length && keys.every((key, i) => isCursorKey(shape[i], key));
  if (!valid) throw invalidInput('after', InputReason.INVALID_CURSOR);
  return keys as (string | number)[];
}

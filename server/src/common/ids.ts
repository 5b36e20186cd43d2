import { InputReason } from '@tsunagu/shared';
import { invalidInput } from './domain-errors';

/** Every record id is a UUID (PostgreSQL's gen_random_uuid()); any version is accepted. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the form of a record id (checked before it reaches a SQL cast). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** `value` as an id, else BAD_USER_INPUT naming `field` with reason INVALID_ID. */
export function requireId(value: string, field: string): string {
  if (!isId(value)) throw invalidInput(field, InputReason.INVALID_ID);
  return value;
}

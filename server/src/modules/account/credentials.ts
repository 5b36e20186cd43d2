import { hash, verify } from '@node-rs/argon2';

/** Emails are compared and stored trimmed and lower-cased (app_user enforces lower case). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** argon2id with the library's defaults (19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown or removed user) it verifies
 * against a dummy one, so the answer takes as long and does not reveal which emails have accounts.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('tsunagu-no-such-account');
  const matches = await verify(storedHash ?? (await dummyHash), password).catch(() => false);
  return storedHash !== null && matches;
}

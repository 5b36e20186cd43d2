const DAY_MS = 24 * 60 * 60 * 1000;

/** Owners are reminded this long before a profile turns stale. */
export const REMINDER_DAYS = 14;

/** True when the profile turns stale within the reminder period (or already has). */
export function isReconfirmationDueSoon(reconfirmationDueAt: string | null | undefined, now: Date = new Date()): boolean {
  if (!reconfirmationDueAt) return false;
  return new Date(reconfirmationDueAt).getTime() - now.getTime() <= REMINDER_DAYS * DAY_MS;
}

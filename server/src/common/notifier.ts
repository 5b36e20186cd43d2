import type { EntityManager } from 'typeorm';

/**
 * The seam with the notification inbox (helper "notify", /work/wt/ISSUE10-CONTRACT.md): what a
 * service tells `services.notifications.notify(manager, event)` inside its transaction, so a
 * rolled-back change notifies nobody. Until the inbox lands, a placeholder with this exact
 * signature stands in (createServices).
 */
export interface NotificationEvent {
  kind: string;
  /** Recipients: every member of these organizations, and/or these users. */
  organizationIds?: string[];
  userIds?: string[];
  /** Never notify the actor who caused the event. */
  actorUserId?: string | null;
  /** Path inside the app the entry and the mail link to, e.g. `/offers/<id>`. */
  link: string;
  /** Facts the sentence is built from: names, dates, reason codes. No secrets. */
  params: Record<string, string | number | null>;
  /** What the entry is about, for filtering and dedup. */
  subject: { type: string; id: string };
}

export interface Notifier {
  notify(manager: EntityManager, event: NotificationEvent): Promise<void>;
}

/** Stands in until the inbox lands on main: tells nobody. */
export const pendingNotifier: Notifier = {
  async notify() {},
};

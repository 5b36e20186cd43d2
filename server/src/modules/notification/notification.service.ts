import type { DataSource, EntityManager } from 'typeorm';
import {
  InputReason,
  LIMITS,
  NOTIFICATION_KINDS_BY_ROLE,
  NotFoundReason,
  NotificationDelivery,
  NotificationKind,
  OrganizationKind,
  UserRole,
  defaultNotificationDelivery,
  isAppPath,
  roleOfOrganizationKind,
  type NotificationParams,
} from '@tsunagu/shared';
import { jstDate, type Clock } from '../../common/clock';
import { NotFoundError, invalidInput } from '../../common/domain-errors';
import { isId } from '../../common/ids';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import { jobType, type JobQueue, type JobRun } from '../../jobs/job-queue';
import type { MailMessage } from '../mail/mail-content';
import type { MailService } from '../mail/mail.service';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import { Notification } from './notification.entity';
import { digestMail, immediateNotificationMail, type MailRecipient } from './notification-mails';
import type { NotificationFilter, NotificationPreferenceInput } from './notification.inputs';
import type { NotificationConnection, NotificationPreference } from './notification.types';

/** Something happened that people must hear of (see ISSUE10-CONTRACT.md and the README's kinds table). */
export interface NotificationEvent {
  kind: NotificationKind;
  /** Recipients: every live member of these organizations, and/or these users. */
  organizationIds?: readonly string[];
  userIds?: readonly string[];
  /** …and/or every member of the municipality organizations of these municipality codes. */
  municipalityStaffOf?: readonly string[];
  /** …and/or every member of the prefecture organizations of these prefecture codes. */
  prefectureStaffOf?: readonly string[];
  /** Never notify the actor who caused the event. */
  actorUserId?: string | null;
  /** Path inside the app the entry and the mail link to, e.g. `/requests/<id>`. */
  link: string;
  /** Facts the sentence is built from: names, dates (YYYY-MM-DD), reason codes. No secrets. */
  params: NotificationParams;
  /** What the entry is about, for filtering and dedup: e.g. { type: 'Offer', id }. */
  subject: { type: string; id: string };
  /**
   * The mail to send instead of the generic one when a recipient wants this kind at once (a kind
   * whose mail says more, e.g. the reconfirmation reminder with its dates). Digest and inbox stay generic.
   */
  immediateMail?: (recipient: MailRecipient) => MailMessage;
}

/** The daily digest: scheduled at DIGEST_HOUR_JST, mails each user's undigested entries once per Japanese day. */
export const sendDailyDigests = jobType<Record<string, never>>('notifications.dailyDigest', { maxAttempts: 5 });


interface RecipientRow {
  id: string;
  email: string;
  display_name: string;
  delivery: NotificationDelivery;
}

interface DigestEntryRow {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
}

/**
 * The inbox, each user's delivery choices, immediate mails and the daily digest. `notify` runs inside
 * the caller's transaction: inbox rows and the mails they queue commit with the change or not at all.
 */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly appBaseUrl: string,
  ) {}

  /**
   * Writes an inbox entry for every recipient (never the actor, never a removed user) and queues the
   * mail of those who want this kind at once. Returns how many users were notified.
   */
  async notify(manager: EntityManager, event: NotificationEvent): Promise<number> {
    // A link to another site would turn every inbox and mail into a phishing vector: a programming error.
    if (!isAppPath(event.link)) throw new Error(`Notification link must be a path inside the app, got "${event.link}"`);
    const recipients = await this.recipients(manager, event);
    if (recipients.length === 0) return 0;
    const now = this.clock.now();
    const inserted: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notification (user_id, kind, params, link, subject_type, subject_id, actor_user_id, delivery, created_at)
       SELECT r.user_id, $3, $4::jsonb, $5, $6, $7, $8, r.delivery, $9
         FROM unnest($1::uuid[], $2::text[]) AS r(user_id, delivery)
       RETURNING id, user_id`,
      [
        recipients.map((r) => r.id),
        recipients.map((r) => r.delivery),
        event.kind,
        JSON.stringify(event.params),
        event.link,
        event.subject.type,
        event.subject.id,
        event.actorUserId ?? null,
        now,
      ],
    );
    const entryOf = new Map(inserted.map((row) => [row.user_id, row.id]));
    const mailed: { entryId: string; deliveryId: string }[] = [];
    for (const recipient of recipients.filter((r) => r.delivery === NotificationDelivery.IMMEDIATE)) {
      const to = { email: recipient.email, displayName: recipient.display_name };
      const message = event.immediateMail ? event.immediateMail(to) : immediateNotificationMail(this.appBaseUrl, to, event);
      mailed.push({ entryId: entryOf.get(recipient.id)!, deliveryId: await this.mail.send(manager, message) });
    }
    if (mailed.length) {
      await manager.query(
        `UPDATE notification n SET mail_delivery_id = m.delivery_id FROM unnest($1::uuid[], $2::bigint[]) AS m(id, delivery_id) WHERE n.id = m.id`,
        [mailed.map((m) => m.entryId), mailed.map((m) => m.deliveryId)],
      );
    }
    return recipients.length;
  }

  /** The viewer's own entries, newest first; `unreadOnly` leaves out those read. */
  async list(viewer: Viewer, filter: NotificationFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<NotificationConnection> {
    const limit = pageSize(first);
    const query = this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId', { userId: viewer.userId });
    if (filter?.unreadOnly) query.andWhere('n.read_at IS NULL');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['t', 'u']);
      query.andWhere('(n.created_at, n.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))', { cursorAt: createdAt, cursorId: id });
    }
    const { entities, raw } = await query
      .addSelect('CAST(n.created_at AS text)', 'created_key')
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ created_key: string }>();
    const edges = entities.slice(0, limit).map((node, i) => ({ node, cursor: encodeCursor([raw[i].created_key, node.id]) }));
    return { totalCount, edges, pageInfo: { hasNextPage: entities.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** How many of the viewer's entries are unread (the header's badge). */
  async unreadCount(viewer: Viewer): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [viewer.userId],
    );
    return count;
  }

  /**
   * Marks some of the viewer's entries read. An id that is not the viewer's gets the same NOT_FOUND
   * as one that does not exist, so nobody learns of another user's entries; then nothing is marked.
   */
  async markRead(viewer: Viewer, ids: readonly string[]): Promise<Notification[]> {
    if (ids.length === 0) throw invalidInput('ids', InputReason.TOO_FEW, { min: 1 });
    if (ids.length > LIMITS.pageSizeMax) throw invalidInput('ids', InputReason.TOO_MANY, { max: LIMITS.pageSizeMax });
    if (!ids.every(isId)) throw invalidInput('ids', InputReason.INVALID_ID);
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    return this.dataSource.transaction(async (manager) => {
      const own: { id: string }[] = await manager.query(`SELECT id FROM notification WHERE id = ANY($1::uuid[]) AND user_id = $2 FOR UPDATE`, [
        unique,
        viewer.userId,
      ]);
      if (own.length !== unique.length) throw new NotFoundError(NotFoundReason.NOTIFICATION_NOT_FOUND, 'Notification was not found');
      await manager.query(`UPDATE notification SET read_at = $3 WHERE id = ANY($1::uuid[]) AND user_id = $2 AND read_at IS NULL`, [
        unique,
        viewer.userId,
        this.clock.now(),
      ]);
      const entries = await manager.getRepository(Notification).createQueryBuilder('n').where('n.id IN (:...ids)', { ids: unique }).getMany();
      // In the order asked for.
      return unique.map((id) => entries.find((e) => e.id === id)!);
    });
  }

  /** Marks every unread entry of the viewer read; returns how many were unread. */
  async markAllRead(viewer: Viewer): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING 1)
       SELECT count(*)::int AS count FROM marked`,
      [viewer.userId, this.clock.now()],
    );
    return count;
  }

  /** The viewer's delivery for each kind their role can receive (their choice, else the default). */
  async preferences(viewer: Viewer): Promise<NotificationPreference[]> {
    return this.preferencesOf(this.dataSource.manager, viewer);
  }

  /**
   * Sets the viewer's delivery for some kinds; a choice equal to the default is stored as no choice,
   * so it follows the default. Kinds the viewer's role never receives are BAD_USER_INPUT.
   */
  async updatePreferences(viewer: Viewer, input: readonly NotificationPreferenceInput[]): Promise<NotificationPreference[]> {
    const allowed = NOTIFICATION_KINDS_BY_ROLE[viewer.role];
    const seen = new Set<NotificationKind>();
    input.forEach((item, i) => {
      if (!allowed.includes(item.kind)) throw invalidInput(`preferences.${i}.kind`, InputReason.INVALID_VALUE);
      if (seen.has(item.kind)) throw invalidInput(`preferences.${i}.kind`, InputReason.DUPLICATE);
      seen.add(item.kind);
    });
    return this.dataSource.transaction(async (manager) => {
      const before = await this.preferencesOf(manager, viewer, true);
      for (const item of input) {
        if (item.delivery === defaultNotificationDelivery(item.kind, viewer.role)) {
          await manager.query(`DELETE FROM notification_preference WHERE user_id = $1 AND kind = $2`, [viewer.userId, item.kind]);
        } else {
          await manager.query(
            `INSERT INTO notification_preference (user_id, kind, delivery, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = EXCLUDED.updated_at`,
            [viewer.userId, item.kind, item.delivery, this.clock.now()],
          );
        }
      }
      const after = await this.preferencesOf(manager, viewer, true);
      const changed = after.filter((p) => before.find((b) => b.kind === p.kind)?.delivery !== p.delivery).map((p) => p.kind);
      if (changed.length) {
        await this.audit.record(manager, viewer, {
          action: 'updateNotificationPreferences',
          entityType: 'User',
          entityId: viewer.userId,
          before: Object.fromEntries(before.filter((p) => changed.includes(p.kind)).map((p) => [p.kind, p.delivery])),
          after: Object.fromEntries(after.filter((p) => changed.includes(p.kind)).map((p) => [p.kind, p.delivery])),
        });
      }
      return after;
    });
  }

  /**
   * The digest job: for every user with entries waiting for the digest (unread, not yet digested),
   * one mail for today's Japanese date — at most one, whoever runs this and however often: the
   * (user, date) primary key of notification_digest decides. Each user commits on their own.
   */
  async sendDigests(run: Pick<JobRun, 'now'>): Promise<{ digests: number }> {
    const now = run.now;
    const digestDate = jstDate(now);
    const users: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.user_id AS id FROM notification n
        WHERE n.delivery = 'DAILY_DIGEST' AND n.digest_date IS NULL AND n.read_at IS NULL AND n.created_at <= $1
          AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d.user_id = n.user_id AND d.digest_date = $2)`,
      [now, digestDate],
    );
    let digests = 0;
    for (const { id } of users) {
      if (await this.sendDigestTo(id, digestDate, now)) digests++;
    }
    return { digests };
  }

  private async sendDigestTo(userId: string, digestDate: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [user]: { email: string; display_name: string }[] = await manager.query(
        `SELECT email, display_name FROM app_user WHERE id = $1 AND removed_at IS NULL`,
        [userId],
      );
      if (!user) return false;
      // Locked, so a second runner waits here and then finds them digested.
      const entries: DigestEntryRow[] = await manager.query(
        `SELECT id, kind, params, link FROM notification
          WHERE user_id = $1 AND delivery = 'DAILY_DIGEST' AND digest_date IS NULL AND read_at IS NULL AND created_at <= $2
          ORDER BY created_at, id FOR UPDATE`,
        [userId, now],
      );
      if (entries.length === 0) return false;
      const claimed: unknown[] = await manager.query(
        `INSERT INTO notification_digest (user_id, digest_date, entry_count, sent_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, digest_date) DO NOTHING RETURNING user_id`,
        [userId, digestDate, entries.length, now],
      );
      if (claimed.length === 0) return false;
      await manager.query(`UPDATE notification SET digest_date = $2 WHERE id = ANY($1::uuid[])`, [entries.map((e) => e.id), digestDate]);
      const deliveryId = await this.mail.send(
        manager,
        digestMail(this.appBaseUrl, { email: user.email, displayName: user.display_name }, digestDate, entries),
      );
      await manager.query(`UPDATE notification_digest SET mail_delivery_id = $3 WHERE user_id = $1 AND digest_date = $2`, [userId, digestDate, deliveryId]);
      return true;
    });
  }

  /** Live recipients of an event with the delivery each wants for its kind. */
  private async recipients(manager: EntityManager, event: NotificationEvent): Promise<(RecipientRow & { role: UserRole })[]> {
    const rows: (Omit<RecipientRow, 'delivery'> & { organization_kind: OrganizationKind; chosen: NotificationDelivery | null })[] = await manager.query(
      `SELECT u.id, u.email, u.display_name, o.kind AS organization_kind, p.delivery AS chosen
         FROM app_user u
         JOIN organization o ON o.id = u.organization_id
         LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $5
        WHERE u.removed_at IS NULL
          AND u.id IS DISTINCT FROM $6::uuid
          AND (u.organization_id = ANY($1::uuid[]) OR u.id = ANY($2::uuid[])
               OR (o.kind = 'MUNICIPALITY' AND o.municipality_code = ANY($3::text[]))
               OR (o.kind = 'PREFECTURE' AND o.prefecture_code = ANY($4::text[])))
        ORDER BY u.created_at, u.id`,
      [
        event.organizationIds ?? [],
        event.userIds ?? [],
        event.municipalityStaffOf ?? [],
        event.prefectureStaffOf ?? [],
        event.kind,
        event.actorUserId ?? null,
      ],
    );
    return rows.map((row) => {
      const role = roleOfOrganizationKind(row.organization_kind);
      return { id: row.id, email: row.email, display_name: row.display_name, role, delivery: row.chosen ?? defaultNotificationDelivery(event.kind, role) };
    });
  }

  private async preferencesOf(manager: EntityManager, viewer: Viewer, lock = false): Promise<NotificationPreference[]> {
    const rows: { kind: NotificationKind; delivery: NotificationDelivery }[] = await manager.query(
      `SELECT kind, delivery FROM notification_preference WHERE user_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [viewer.userId],
    );
    return NOTIFICATION_KINDS_BY_ROLE[viewer.role].map((kind) => {
      const defaultDelivery = defaultNotificationDelivery(kind, viewer.role);
      return { kind, delivery: rows.find((r) => r.kind === kind)?.delivery ?? defaultDelivery, defaultDelivery };
    });
  }
}

import type { DataSource, EntityManager } from 'typeorm';
import { ConflictReason, InputReason, NotFoundReason } from '@tsunagu/shared';
import { ConflictError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { pageSize } from '../../graphql/pagination';
import { jobType, type JobQueue, type JobRun } from '../../jobs/job-queue';
import type { MailMessage } from './mail-content';
import { MailDelivery, MailDeliveryStatus } from './mail-delivery.entity';
import type { MailSeal } from './mail-seal';
import type { MailTransport } from './mail-transport';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';

/**
 * Delivers one mail. Twelve attempts back off from seconds to about six hours (e^attempt s), so a
 * mail server that is down for most of a day still gets the mail; after that it is FAILED.
 */
export const deliverMail = jobType<{ deliveryId: string }>('mail.deliver', { maxAttempts: 12 });

const LAST_ERROR_MAX = 500;

/** Sends mail: queued with the change that causes it, delivered by the job queue, visible to operators. */
export class MailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly seal: MailSeal,
    private readonly transport: MailTransport,
    private readonly from: string,
    private readonly audit: AuditService,
  ) {}

  /**
   * Queues a mail inside the caller's transaction (a rolled-back change sends nothing). The content
   * is sealed until delivery and erased after it. Returns the delivery's id.
   */
  async send(manager: EntityManager, mail: MailMessage): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO mail_delivery (kind, recipient, subject, content, status) VALUES ($1, $2, $3, $4, 'PENDING') RETURNING id`,
      [mail.kind, mail.recipient, mail.subject, this.seal.seal({ text: mail.text, html: mail.html })],
    );
    await this.jobs.enqueue(manager, deliverMail, { deliveryId: String(id) }, { key: `mail:${id}` });
    return String(id);
  }

  /** Queues many mails in two statements (one insert, one enqueue), as `send` does one; returns their ids. */
  async sendMany(manager: EntityManager, mails: readonly MailMessage[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO mail_delivery (kind, recipient, subject, content, status)
       SELECT m.kind, m.recipient, m.subject, m.content, 'PENDING' FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[]) AS m(kind, recipient, subject, content)
       RETURNING id`,
      [mails.map((m) => m.kind), mails.map((m) => m.recipient), mails.map((m) => m.subject), mails.map((m) => this.seal.seal({ text: m.text, html: m.html }))],
    );
    const ids = rows.map((row) => String(row.id));
    await this.jobs.enqueueMany(manager, deliverMail, ids.map((id) => ({ payload: { deliveryId: id }, key: `mail:${id}` })));
    return ids;
  }

  /**
   * The job: delivers a pending mail once. The row stays locked while the mail server answers, so no
   * second run can send it too; a sent or missing mail is skipped (idempotent). A failure is recorded
   * for operators and rethrown so the queue retries; on the last attempt the mail becomes FAILED.
   */
  async deliver(deliveryId: string, run: JobRun): Promise<void> {
    let failure: unknown;
    await this.dataSource.transaction(async (manager) => {
      const [row]: { recipient: string; subject: string; content: Buffer | null; status: MailDeliveryStatus }[] = await manager.query(
        `SELECT recipient, subject, content, status FROM mail_delivery WHERE id = $1 FOR UPDATE`,
        [deliveryId],
      );
      if (!row || row.status !== MailDeliveryStatus.PENDING || !row.content) return;
      const { text, html } = this.seal.open<{ text: string; html: string }>(row.content);
      try {
        await this.transport.deliver({ from: this.from, to: row.recipient, subject: row.subject, text, html });
      } catch (error) {
        failure = error;
        await manager.query(
          `UPDATE mail_delivery SET attempts = attempts + 1, last_attempt_at = $2, last_error = $3, status = $4 WHERE id = $1`,
          [deliveryId, run.now, describe(error), run.isFinalAttempt ? MailDeliveryStatus.FAILED : MailDeliveryStatus.PENDING],
        );
        return;
      }
      // Nothing usable stays behind once the mail is out: the content (and any link in it) is erased.
      await manager.query(
        `UPDATE mail_delivery SET status = 'SENT', content = NULL, attempts = attempts + 1, last_attempt_at = $2, sent_at = $2, last_error = NULL
          WHERE id = $1`,
        [deliveryId, run.now],
      );
    });
    if (failure) throw failure;
  }

  /** Deliveries newest first, optionally of some statuses only (operators). */
  async list(statuses: MailDeliveryStatus[] | null | undefined, first: number | null | undefined): Promise<MailDelivery[]> {
    const limit = pageSize(first);
    const qb = this.dataSource.getRepository(MailDelivery).createQueryBuilder('m');
    if (statuses?.length) qb.where('m.status IN (:...statuses)', { statuses });
    return qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').limit(limit).getMany();
  }

  /** How many deliveries are in each status (operators' overview, metrics). */
  async counts(): Promise<Record<MailDeliveryStatus, number>> {
    const rows: { status: MailDeliveryStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM mail_delivery GROUP BY status`,
    );
    const counts = { PENDING: 0, SENT: 0, FAILED: 0 };
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }

  /** An operator sends a FAILED mail again (e.g. after fixing the mail server): it is PENDING with fresh attempts. */
  async retry(viewer: Viewer, id: string): Promise<MailDelivery> {
    if (!/^\d{1,18}$/.test(id)) throw invalidInput('id', InputReason.INVALID_ID);
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.getRepository(MailDelivery).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw new NotFoundError(NotFoundReason.MAIL_DELIVERY_NOT_FOUND, 'Mail delivery not found');
      if (delivery.status !== MailDeliveryStatus.FAILED || !delivery.content) {
        throw new ConflictError(ConflictReason.NOT_RETRYABLE, 'Only a failed mail whose content is still held can be sent again');
      }
      await manager.query(`UPDATE mail_delivery SET status = 'PENDING', attempts = 0 WHERE id = $1`, [id]);
      await this.jobs.enqueue(manager, deliverMail, { deliveryId: id }, { key: `mail:${id}` });
      await this.audit.record(manager, viewer, {
        action: 'retryMailDelivery',
        entityType: 'MailDelivery',
        entityId: id,
        before: { status: delivery.status, attempts: delivery.attempts, lastError: delivery.lastError },
        after: { status: MailDeliveryStatus.PENDING, attempts: 0 },
      });
      return manager.getRepository(MailDelivery).findOneByOrFail({ id });
    });
  }

  close(): void {
    this.transport.close();
  }
}

/** The mail server's or the network's answer, short enough for a table cell. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > LAST_ERROR_MAX ? `${message.slice(0, LAST_ERROR_MAX - 1)}…` : message;
}

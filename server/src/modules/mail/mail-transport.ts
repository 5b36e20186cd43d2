import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { MailSeal } from './mail-seal';

/** A mail as it leaves: sender, recipient, subject, both bodies. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where delivered mail goes: an SMTP server, or the development mailbox. */
export interface MailTransport {
  /** Resolves once the receiving side has accepted the mail; throws with its answer otherwise. */
  deliver(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Delivers through the SMTP server of SMTP_URL (STARTTLS when the server offers it). */
export class SmtpTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    // Bounded waits: a silent server fails the attempt (and it is retried) instead of holding a job for ever.
    this.transporter = createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail(mail);
    if (info.rejected?.length) throw new Error(`The mail server refused the recipient ${mail.to}`);
  }

  close(): void {
    this.transporter.close();
  }
}

/** One message in the development mailbox. */
export interface DevMailboxMessage {
  id: string;
  recipient: string;
  subject: string;
  receivedAt: Date;
  text: string;
  html: string;
}

interface DevMailboxRow {
  id: string;
  recipient: string;
  subject: string;
  content: Buffer;
  received_at: Date;
}

// The mailbox keeps the newest messages only; it is a development aid, not an archive.
const DEV_MAILBOX_KEEP = 200;

/**
 * Development and test without SMTP_URL: "delivers" into a table the /dev/mailbox page reads (sealed
 * like the queue, so a database copy shows no usable link) and prints the mail to the log.
 */
export class DevMailboxTransport implements MailTransport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seal: MailSeal,
    private readonly log: (message: string) => void = (message) => console.log(message),
  ) {}

  async deliver(mail: OutgoingMail): Promise<void> {
    await this.dataSource.query(`INSERT INTO dev_mailbox_message (recipient, subject, content) VALUES ($1, $2, $3)`, [
      mail.to,
      mail.subject,
      this.seal.seal({ text: mail.text, html: mail.html }),
    ]);
    await this.dataSource.query(
      `DELETE FROM dev_mailbox_message WHERE id <= (SELECT id FROM dev_mailbox_message ORDER BY id DESC OFFSET $1 LIMIT 1)`,
      [DEV_MAILBOX_KEEP],
    );
    this.log(`[mail] to ${mail.to}: ${mail.subject} (read it at /dev/mailbox)\n${mail.text}`);
  }

  /** The newest messages first, optionally only those to one recipient. */
  async messages(options: { recipient?: string; limit?: number } = {}): Promise<DevMailboxMessage[]> {
    const rows: DevMailboxRow[] = await this.dataSource.query(
      `SELECT id, recipient, subject, content, received_at FROM dev_mailbox_message
        WHERE $1::text IS NULL OR recipient = $1 ORDER BY id DESC LIMIT $2`,
      [options.recipient ?? null, options.limit ?? DEV_MAILBOX_KEEP],
    );
    return rows.map((row) => this.opened(row));
  }

  async message(id: string): Promise<DevMailboxMessage | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const [row]: DevMailboxRow[] = await this.dataSource.query(
      `SELECT id, recipient, subject, content, received_at FROM dev_mailbox_message WHERE id = $1`,
      [id],
    );
    return row ? this.opened(row) : null;
  }

  private opened(row: DevMailboxRow): DevMailboxMessage {
    const { text, html } = this.seal.open<{ text: string; html: string }>(row.content);
    return { id: String(row.id), recipient: row.recipient, subject: row.subject, receivedAt: row.received_at, text, html };
  }

  close(): void {}
}

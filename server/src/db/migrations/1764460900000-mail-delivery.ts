import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail that is really delivered: the outbox becomes mail_delivery, whose content is sealed while it
 * waits and erased once sent, with the attempts operators see; and the development mailbox.
 * Messages the old outbox never sent carried readable links: they are kept as FAILED, content erased.
 */
export class MailDelivery1764460900000 implements MigrationInterface {
  name = 'MailDelivery1764460900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_delivery (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        content bytea,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        sent_at timestamptz,
        CHECK (status <> 'SENT' OR (content IS NULL AND sent_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_delivery_status" ON mail_delivery (status, created_at DESC, id DESC)`);
    await queryRunner.query(`
      INSERT INTO mail_delivery (kind, recipient, subject, content, status, attempts, last_error, created_at, sent_at)
      SELECT kind, recipient, subject, NULL, CASE WHEN sent_at IS NULL THEN 'FAILED' ELSE 'SENT' END, 0,
             CASE WHEN sent_at IS NULL THEN 'Written before mail delivery existed; its content was erased' END,
             created_at, sent_at
        FROM outbox_message ORDER BY id`);
    await queryRunner.query(`DROP TABLE outbox_message`);
    // Development and test only (no SMTP_URL): what the mailbox page at /dev/mailbox shows, sealed like the queue.
    await queryRunner.query(`
      CREATE TABLE dev_mailbox_message (
        id bigserial PRIMARY KEY,
        recipient text NOT NULL,
        subject text NOT NULL,
        content bytea NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dev_mailbox_message`);
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_unsent" ON outbox_message (id) WHERE sent_at IS NULL`);
    await queryRunner.query(`
      INSERT INTO outbox_message (kind, recipient, subject, body, created_at, sent_at)
      SELECT kind, recipient, subject, '', created_at, COALESCE(sent_at, now()) FROM mail_delivery ORDER BY id`);
    await queryRunner.query(`DROP TABLE mail_delivery`);
  }
}

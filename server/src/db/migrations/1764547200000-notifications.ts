import type { MigrationInterface, QueryRunner } from 'typeorm';

const DELIVERIES = `'IMMEDIATE', 'DAILY_DIGEST', 'INBOX_ONLY'`;

/**
 * The in-app inbox (one row per recipient user and event), each user's delivery choice per kind of
 * event, and the daily digests sent — one per user and Japanese calendar day, by primary key.
 */
export class Notifications1764547200000 implements MigrationInterface {
  name = 'Notifications1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        -- Facts the sentence is rendered from (names, dates, codes); never a rendered sentence.
        params jsonb NOT NULL DEFAULT '{}',
        -- A path inside the app (e.g. /support-requests/<id>), never another site.
        link text NOT NULL CHECK (link ~ '^/[^/\\\\]'),
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        -- How the recipient wanted this kind delivered when it happened.
        delivery text NOT NULL CHECK (delivery IN (${DELIVERIES})),
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        mail_delivery_id bigint REFERENCES mail_delivery(id) ON DELETE SET NULL,
        -- The Japanese calendar day of the digest that carried it.
        digest_date date
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_inbox" ON notification (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_unread" ON notification (user_id) WHERE read_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_undigested" ON notification (user_id, created_at)
        WHERE delivery = 'DAILY_DIGEST' AND digest_date IS NULL AND read_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notification_subject" ON notification (subject_type, subject_id)`);

    await queryRunner.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN (${DELIVERIES})),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);

    await queryRunner.query(`
      CREATE TABLE notification_digest (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        digest_date date NOT NULL,
        entry_count int NOT NULL CHECK (entry_count > 0),
        mail_delivery_id bigint REFERENCES mail_delivery(id) ON DELETE SET NULL,
        sent_at timestamptz NOT NULL,
        -- No user gets more than one digest a day, whatever runs the job twice.
        PRIMARY KEY (user_id, digest_date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_digest`);
    await queryRunner.query(`DROP TABLE notification_preference`);
    await queryRunner.query(`DROP TABLE notification`);
  }
}

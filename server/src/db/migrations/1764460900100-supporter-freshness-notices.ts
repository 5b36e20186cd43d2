import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each profile passed each freshness stage (a week before stale, stale, hidden from search),
 * per confirmation: the scheduled sweep's marks, which also make its reminder mails once-only.
 */
export class SupporterFreshnessNotices1764460900100 implements MigrationInterface {
  name = 'SupporterFreshnessNotices1764460900100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE supporter_freshness_notice (
        profile_id uuid NOT NULL REFERENCES supporter_profile(id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('DUE_SOON', 'STALE', 'HIDDEN')),
        -- The confirmation this stage was reached from: reconfirming starts a new cycle.
        confirmed_at timestamptz NOT NULL,
        noted_at timestamptz NOT NULL,
        PRIMARY KEY (profile_id, confirmed_at, stage)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supporter_freshness_notice`);
  }
}

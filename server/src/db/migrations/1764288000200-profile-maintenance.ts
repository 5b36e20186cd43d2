import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Profile maintenance and verification. Search now lists only live profiles (not archived, with
 * support types, confirmed recently), so the confirmation-order index covers just those rows.
 */
export class ProfileMaintenance1764288000200 implements MigrationInterface {
  name = 'ProfileMaintenance1764288000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_supporter_confirmed"`);
    // The predicate repeats search's literal conditions so the planner can prove the index applies.
    await queryRunner.query(`
      CREATE INDEX "IDX_supporter_listed_confirmed" ON supporter_profile (availability_confirmed_at DESC, id DESC)
        WHERE archived_at IS NULL AND support_types <> '{}'`);
    // No such check for "a rejection has a reason": imported and demo rows were rejected before reasons existed.
    await queryRunner.query(
      `ALTER TABLE supporter_profile ADD CONSTRAINT "CHK_supporter_load_within_capacity" CHECK (current_load <= capacity)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE supporter_profile DROP CONSTRAINT "CHK_supporter_load_within_capacity"`);
    await queryRunner.query(`DROP INDEX "IDX_supporter_listed_confirmed"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_confirmed" ON supporter_profile (availability_confirmed_at DESC, id DESC)`,
    );
  }
}

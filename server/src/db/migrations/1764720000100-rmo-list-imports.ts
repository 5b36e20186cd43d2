import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Municipalities import their RMO lists through the same batches as rosters. */
export class RmoListImports1764720000100 implements MigrationInterface {
  name = 'RmoListImports1764720000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_check`);
    await queryRunner.query(`ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_check CHECK (kind IN ('SUPPORTER_ROSTER', 'RMO_LIST'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM import_batch WHERE kind = 'RMO_LIST'`);
    await queryRunner.query(`ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_check`);
    await queryRunner.query(`ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_check CHECK (kind IN ('SUPPORTER_ROSTER'))`);
  }
}

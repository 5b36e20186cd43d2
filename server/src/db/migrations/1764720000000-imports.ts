import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports: uploaded files waiting for their mapping (import_batch), the mark on profiles a prefecture
 * imported (imported_by_organization_id, claimed_at), and the claim links mailed to their contacts.
 */
export class Imports1764720000000 implements MigrationInterface {
  name = 'Imports1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('SUPPORTER_ROSTER')),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        created_by_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
        encoding text CHECK (encoding IN ('utf8', 'shift_jis')),
        sheet_names text[] NOT NULL DEFAULT '{}',
        sheet text,
        headers jsonb NOT NULL,
        rows jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        committed_at timestamptz,
        created_count int
      )`);
    await queryRunner.query(`CREATE INDEX import_batch_organization_idx ON import_batch (organization_id, created_at DESC)`);
    await queryRunner.query(`
      ALTER TABLE supporter_profile
        ADD COLUMN imported_by_organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        ADD COLUMN import_batch_id uuid REFERENCES import_batch(id) ON DELETE SET NULL,
        ADD COLUMN claimed_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE supporter_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL REFERENCES supporter_profile(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        claimed_at timestamptz,
        claimed_by_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX supporter_claim_profile_idx ON supporter_claim (profile_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supporter_claim`);
    await queryRunner.query(`ALTER TABLE supporter_profile DROP COLUMN claimed_at, DROP COLUMN import_batch_id, DROP COLUMN imported_by_organization_id`);
    await queryRunner.query(`DROP TABLE import_batch`);
  }
}

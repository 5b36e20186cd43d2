import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, users and sessions; supporter profiles gain an owner, archiving and verification details. */
export class Accounts1764288000000 implements MigrationInterface {
  name = 'Accounts1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY','PREFECTURE','RMO','INTERMEDIARY','OPERATOR')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        prefecture_code char(2) REFERENCES prefecture(code),
        municipality_code char(6) REFERENCES municipality(code),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Public-sector organizations are tied to their place; that is what area checks read.
        CHECK (kind <> 'PREFECTURE' OR prefecture_code IS NOT NULL),
        CHECK (kind NOT IN ('MUNICIPALITY','RMO') OR (municipality_code IS NOT NULL AND prefecture_code IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        membership_role text NOT NULL CHECK (membership_role IN ('OWNER','MEMBER')),
        removed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON app_user (email)`);
    await queryRunner.query(`CREATE INDEX "IDX_app_user_organization" ON app_user (organization_id)`);
    await queryRunner.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_user_session_user" ON user_session (user_id)`);
    await queryRunner.query(`
      ALTER TABLE supporter_profile
        ADD COLUMN owner_organization_id uuid REFERENCES organization(id),
        ADD COLUMN archived_at timestamptz,
        ADD COLUMN verification_reason text,
        ADD COLUMN verified_at timestamptz,
        ADD COLUMN verified_by_user_id uuid REFERENCES app_user(id)`);
    await queryRunner.query(`CREATE INDEX "IDX_supporter_owner" ON supporter_profile (owner_organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE supporter_profile DROP COLUMN verified_by_user_id, DROP COLUMN verified_at,
        DROP COLUMN verification_reason, DROP COLUMN archived_at, DROP COLUMN owner_organization_id`);
    await queryRunner.query(`DROP TABLE user_session`);
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TABLE organization`);
  }
}

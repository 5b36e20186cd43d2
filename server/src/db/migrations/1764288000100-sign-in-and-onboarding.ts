import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in failure counters (shared by every server instance), password-reset tokens, invitations
 * and the outbox that delivers their links by mail.
 */
export class SignInAndOnboarding1764288000100 implements MigrationInterface {
  name = 'SignInAndOnboarding1764288000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per key ('account:<email>' or 'address:<ip>'): a failure in a new window restarts the count.
    await queryRunner.query(`
      CREATE TABLE sign_in_failure (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        failures int NOT NULL CHECK (failures > 0)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_failure_window" ON sign_in_failure (window_start)`);
    await queryRunner.query(`
      CREATE TABLE password_reset_token (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_token_user" ON password_reset_token (user_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('PREFECTURE_STAFF','MUNICIPALITY_STAFF','RMO_STAFF','ORGANIZATION_MEMBER')),
        email text NOT NULL CHECK (email = lower(email)),
        organization_kind text NOT NULL CHECK (organization_kind IN ('MUNICIPALITY','PREFECTURE','RMO','INTERMEDIARY','OPERATOR')),
        organization_name text NOT NULL,
        -- Set for ORGANIZATION_MEMBER; the other kinds find or create their organization on acceptance.
        organization_id uuid REFERENCES organization(id),
        prefecture_code char(2) REFERENCES prefecture(code),
        municipality_code char(6) REFERENCES municipality(code),
        invited_by_user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES app_user(id),
        CHECK (kind <> 'ORGANIZATION_MEMBER' OR organization_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_inviter" ON invitation (invited_by_user_id, created_at DESC)`);
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox_message`);
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(`DROP TABLE password_reset_token`);
    await queryRunner.query(`DROP TABLE sign_in_failure`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit log: a trigger refuses UPDATE and DELETE whoever tries. */
export class AuditLog1764288000050 implements MigrationInterface {
  name = 'AuditLog1764288000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_email text,
        actor_organization_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_occurred" ON audit_entry (occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_organization" ON audit_entry (actor_organization_id, occurred_at DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entity" ON audit_entry (entity_type, entity_id)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entry`);
    await queryRunner.query(`DROP FUNCTION audit_entry_append_only()`);
  }
}

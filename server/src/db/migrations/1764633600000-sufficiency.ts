import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED = ['rmo', 'support_request', 'offer'];

/**
 * Sufficiency: the RMO record gains the survey's "which kinds of third-party support do you want?";
 * monthly snapshots per area keep the trend; and a change log lets servers cache demand until it moves.
 *
 * The change log takes no shared lock: each writing transaction inserts its own id once, so writers
 * never wait on each other (a single version row would serialize every request and offer write). A
 * reader's fingerprint is the number of committed changes, base + rows, which pruning keeps constant.
 */
export class Sufficiency1764633600000 implements MigrationInterface {
  name = 'Sufficiency1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rmo ADD COLUMN wanted_support_types text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      CREATE TABLE sufficiency_snapshot (
        month char(7) NOT NULL,
        area_code varchar(6) NOT NULL,
        prefecture_code char(2) NOT NULL,
        classification text NOT NULL,
        demand int NOT NULL,
        supply int NOT NULL,
        missing_types int NOT NULL,
        scarce_types int NOT NULL,
        taken_at timestamptz NOT NULL,
        PRIMARY KEY (area_code, month)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_sufficiency_snapshot_prefecture" ON sufficiency_snapshot (prefecture_code, month)`);
    await queryRunner.query(`CREATE INDEX "IDX_support_request_open_place" ON support_request (prefecture_code, municipality_code) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE TABLE sufficiency_demand_change (txid bigint PRIMARY KEY)`);
    await queryRunner.query(`CREATE TABLE sufficiency_demand_base (changes bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO sufficiency_demand_base VALUES (0)`);
    await queryRunner.query(`
      CREATE FUNCTION tsunagu_log_demand_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO sufficiency_demand_change VALUES (txid_current()) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER tsunagu_demand_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION tsunagu_log_demand_change()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER tsunagu_demand_change ON ${table}`);
    await queryRunner.query(`DROP FUNCTION tsunagu_log_demand_change()`);
    await queryRunner.query(`DROP TABLE sufficiency_demand_base`);
    await queryRunner.query(`DROP TABLE sufficiency_demand_change`);
    await queryRunner.query(`DROP INDEX "IDX_support_request_open_place"`);
    await queryRunner.query(`DROP TABLE sufficiency_snapshot`);
    await queryRunner.query(`ALTER TABLE rmo DROP COLUMN wanted_support_types`);
  }
}

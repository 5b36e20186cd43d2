import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED: { table: string; idColumn: string }[] = [
  { table: 'supporter_profile', idColumn: 'id' },
  { table: 'supporter_service_area', idColumn: 'supporter_id' },
  { table: 'supporter_track_record', idColumn: 'supporter_id' },
];

/** Versions of the change log kept; a server further behind reloads everything. */
const KEPT_VERSIONS = 10_000;

/**
 * The in-memory supporter catalogue (search and matching) learns not only that something changed
 * but which supporters: each statement on a watched table bumps the version, as before, and logs
 * the supporters it touched under the new version, in the same transaction. A server applies
 * just those rows instead of reloading every profile. TRUNCATE logs a NULL: reload everything.
 *
 * Search no longer runs in SQL, so its indexes (bigram and trigram GIN, costly on every write and
 * on seeding, and the listing order) go.
 */
export class SupporterCatalogueChanges1764461000000 implements MigrationInterface {
  name = 'SupporterCatalogueChanges1764461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of WATCHED) await queryRunner.query(`DROP TRIGGER tsunagu_matching_catalogue ON ${table}`);
    await queryRunner.query(`DROP FUNCTION tsunagu_bump_matching_catalogue()`);
    await queryRunner.query(`ALTER TABLE matching_catalogue_version RENAME TO supporter_catalogue_version`);
    await queryRunner.query(`ALTER TABLE supporter_catalogue_version ADD COLUMN pruned_through bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE TABLE supporter_catalogue_change (version bigint NOT NULL, supporter_id uuid)`);
    await queryRunner.query(`CREATE INDEX "IDX_supporter_catalogue_change_version" ON supporter_catalogue_change (version)`);
    await queryRunner.query(`
      CREATE FUNCTION tsunagu_log_catalogue_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v bigint;
      BEGIN
        -- A transactional row, not a sequence: a reader must never see the new number before the change commits.
        UPDATE supporter_catalogue_version SET version = version + 1 RETURNING version INTO v;
        IF TG_OP = 'TRUNCATE' THEN
          INSERT INTO supporter_catalogue_change VALUES (v, NULL);
        ELSE
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            EXECUTE format('INSERT INTO supporter_catalogue_change SELECT DISTINCT $1, %I FROM old_rows', TG_ARGV[0]) USING v;
          END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN
            EXECUTE format('INSERT INTO supporter_catalogue_change SELECT DISTINCT $1, %I FROM new_rows', TG_ARGV[0]) USING v;
          END IF;
        END IF;
        IF v % 1000 = 0 AND v > ${KEPT_VERSIONS} THEN
          DELETE FROM supporter_catalogue_change WHERE version <= v - ${KEPT_VERSIONS};
          UPDATE supporter_catalogue_version SET pruned_through = v - ${KEPT_VERSIONS};
        END IF;
        RETURN NULL;
      END $$`);
    for (const { table, idColumn } of WATCHED) {
      const run = `FOR EACH STATEMENT EXECUTE FUNCTION tsunagu_log_catalogue_change('${idColumn}')`;
      await queryRunner.query(`CREATE TRIGGER tsunagu_catalogue_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows ${run}`);
      await queryRunner.query(
        `CREATE TRIGGER tsunagu_catalogue_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ${run}`,
      );
      await queryRunner.query(`CREATE TRIGGER tsunagu_catalogue_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows ${run}`);
      await queryRunner.query(`CREATE TRIGGER tsunagu_catalogue_truncate AFTER TRUNCATE ON ${table} ${run}`);
    }
    await queryRunner.query(`DROP INDEX "IDX_supporter_search_bigrams"`);
    await queryRunner.query(`DROP FUNCTION tsunagu_bigrams(text)`);
    await queryRunner.query(`DROP INDEX "IDX_supporter_search_name"`);
    await queryRunner.query(`DROP INDEX "IDX_supporter_search_body"`);
    await queryRunner.query(`DROP INDEX "IDX_supporter_listed_confirmed"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_listed_confirmed" ON supporter_profile (availability_confirmed_at DESC, id DESC) WHERE archived_at IS NULL AND support_types <> '{}'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_supporter_search_name" ON supporter_profile USING gin (search_name gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_supporter_search_body" ON supporter_profile USING gin (search_body gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE FUNCTION tsunagu_bigrams(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000
        AS $$ SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i $$`);
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_search_bigrams" ON supporter_profile USING gin (tsunagu_bigrams(search_name || ' ' || search_body))`,
    );
    for (const { table } of WATCHED) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER tsunagu_catalogue_${event} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION tsunagu_log_catalogue_change()`);
    await queryRunner.query(`DROP TABLE supporter_catalogue_change`);
    await queryRunner.query(`ALTER TABLE supporter_catalogue_version DROP COLUMN pruned_through`);
    await queryRunner.query(`ALTER TABLE supporter_catalogue_version RENAME TO matching_catalogue_version`);
    await queryRunner.query(`
      CREATE FUNCTION tsunagu_bump_matching_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE matching_catalogue_version SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const { table } of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER tsunagu_matching_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION tsunagu_bump_matching_catalogue()`,
      );
    }
  }
}

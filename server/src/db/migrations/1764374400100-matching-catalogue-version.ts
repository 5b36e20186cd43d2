import type { MigrationInterface, QueryRunner } from 'typeorm';

const WATCHED = ['supporter_profile', 'supporter_service_area', 'supporter_track_record'];

/**
 * A version number of everything matching reads about supporters, bumped in the same transaction
 * as any change to it. Each server keeps the catalogue in memory and reloads it only when the
 * version it reads with a request differs, so every instance sees committed changes at once.
 */
export class MatchingCatalogueVersion1764374400100 implements MigrationInterface {
  name = 'MatchingCatalogueVersion1764374400100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE matching_catalogue_version (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), version bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO matching_catalogue_version (version) VALUES (1)`);
    // A transactional row, not a sequence: a reader must never see the new number before the change commits.
    await queryRunner.query(`
      CREATE FUNCTION tsunagu_bump_matching_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE matching_catalogue_version SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER tsunagu_matching_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION tsunagu_bump_matching_catalogue()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) await queryRunner.query(`DROP TRIGGER tsunagu_matching_catalogue ON ${table}`);
    await queryRunner.query(`DROP FUNCTION tsunagu_bump_matching_catalogue()`);
    await queryRunner.query(`DROP TABLE matching_catalogue_version`);
  }
}

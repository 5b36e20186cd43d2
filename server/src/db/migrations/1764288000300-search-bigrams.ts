import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bigram index for Japanese text search. pg_trgm needs three characters, but Japanese
 * search words are often two (防災, 福祉); without an index every such search read and
 * decompressed every profile's text. The function's high cost keeps the planner on the index.
 */
export class SearchBigrams1764288000300 implements MigrationInterface {
  name = 'SearchBigrams1764288000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION tsunagu_bigrams(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000
        AS $$ SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i $$`);
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_search_bigrams" ON supporter_profile USING gin (tsunagu_bigrams(search_name || ' ' || search_body))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_supporter_search_bigrams"`);
    await queryRunner.query(`DROP FUNCTION tsunagu_bigrams(text)`);
  }
}

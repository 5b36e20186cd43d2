import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadReferenceData } from '../reference/reference-data';

/** Loads the 47 prefectures and every current municipality (see db/reference/SOURCES.md). */
export class ReferenceData1764201600001 implements MigrationInterface {
  name = 'ReferenceData1764201600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { prefectures, municipalities } = loadReferenceData();
    // One statement per table via unnest keeps the migration fast on every start of a test database.
    await queryRunner.query(
      `INSERT INTO prefecture (code, name, kana, name_en, region, neighbour_codes)
       SELECT p.code, p.name, p.kana, p.name_en, p.region, ARRAY(SELECT jsonb_array_elements_text(p.neighbours))
       FROM jsonb_to_recordset($1::jsonb) AS p(code text, name text, kana text, name_en text, region text, neighbours jsonb)`,
      [
        JSON.stringify(
          prefectures.map((p) => ({ code: p.code, name: p.name, kana: p.kana, name_en: p.nameEn, region: p.region, neighbours: p.neighbourCodes })),
        ),
      ],
    );
    // Designated cities first so that wards' parent references resolve.
    const ordered = [...municipalities].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
    await queryRunner.query(
      `INSERT INTO municipality (code, name, kana, kind, prefecture_code, parent_code)
       SELECT m.code, m.name, m.kana, m.kind, m.prefecture_code, m.parent_code
       FROM jsonb_to_recordset($1::jsonb) AS m(code text, name text, kana text, kind text, prefecture_code text, parent_code text)`,
      [
        JSON.stringify(
          ordered.map((m) => ({
            code: m.code,
            name: m.name,
            kana: m.kana,
            kind: m.kind,
            prefecture_code: m.prefectureCode,
            parent_code: m.parentCode,
          })),
        ),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM municipality`);
    await queryRunner.query(`DELETE FROM prefecture`);
  }
}

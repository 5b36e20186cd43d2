import type { MigrationInterface, QueryRunner } from 'typeorm';
import { Availability, Framework, Step, SupportType, SupporterKind, VerificationStatus, enumValues } from '@tsunagu/shared';

/** SQL array literal of allowed enum values, for CHECK constraints. */
function allowed(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`;
}

// Folding used for search, kept in step with foldForSearch() in shared: NFKC, lower case,
// katakana → hiragana. Generated columns keep it right whoever writes the row.
const KATAKANA = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x30a1 + i)).join('');
const HIRAGANA = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x3041 + i)).join('');
function folded(expression: string): string {
  return `translate(lower(normalize(${expression}, NFKC)), '${KATAKANA}', '${HIRAGANA}')`;
}

export class CatalogueSchema1764201600000 implements MigrationInterface {
  name = 'CatalogueSchema1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE prefecture (
        code char(2) PRIMARY KEY,
        name text NOT NULL,
        kana text NOT NULL,
        name_en text NOT NULL,
        region text NOT NULL,
        neighbour_codes text[] NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`
      CREATE TABLE municipality (
        code char(6) PRIMARY KEY,
        name text NOT NULL,
        kana text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CITY','TOWN','VILLAGE','SPECIAL_WARD','DESIGNATED_CITY_WARD')),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        parent_code char(6) REFERENCES municipality(code)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_municipality_prefecture" ON municipality (prefecture_code, code)`);
    await queryRunner.query(`
      CREATE TABLE supporter_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        kana text NOT NULL,
        kind text NOT NULL CHECK (kind = ANY (${allowed(enumValues(SupporterKind))})),
        summary text NOT NULL,
        description text NOT NULL,
        support_types text[] NOT NULL CHECK (support_types <@ ${allowed(enumValues(SupportType))}),
        remote_available boolean NOT NULL DEFAULT false,
        frameworks text[] NOT NULL DEFAULT '{}' CHECK (frameworks <@ ${allowed(enumValues(Framework))}),
        fee_notes text,
        capacity int NOT NULL CHECK (capacity >= 0),
        current_load int NOT NULL DEFAULT 0 CHECK (current_load >= 0),
        availability text NOT NULL CHECK (availability = ANY (${allowed(enumValues(Availability))})),
        availability_confirmed_at timestamptz NOT NULL DEFAULT now(),
        steps text[] NOT NULL DEFAULT '{}' CHECK (steps <@ ${allowed(enumValues(Step))}),
        years_active int CHECK (years_active >= 0),
        website text,
        contact_email text,
        contact_phone text,
        verification_status text NOT NULL DEFAULT 'UNVERIFIED'
          CHECK (verification_status = ANY (${allowed(enumValues(VerificationStatus))})),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_name text GENERATED ALWAYS AS (${folded(`name || ' ' || kana`)}) STORED,
        search_body text GENERATED ALWAYS AS (${folded(`summary || ' ' || description`)}) STORED
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_confirmed" ON supporter_profile (availability_confirmed_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_supporter_types" ON supporter_profile USING gin (support_types)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_search_name" ON supporter_profile USING gin (search_name gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_supporter_search_body" ON supporter_profile USING gin (search_body gin_trgm_ops)`,
    );
    await queryRunner.query(`
      CREATE TABLE supporter_service_area (
        id bigserial PRIMARY KEY,
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id) ON DELETE CASCADE,
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) REFERENCES municipality(code),
        UNIQUE (supporter_id, prefecture_code, municipality_code)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_service_area_whole_prefecture" ON supporter_service_area (supporter_id, prefecture_code) WHERE municipality_code IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_service_area_supporter" ON supporter_service_area (supporter_id)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_service_area_prefecture" ON supporter_service_area (prefecture_code, supporter_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_area_municipality" ON supporter_service_area (municipality_code, supporter_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supporter_service_area`);
    await queryRunner.query(`DROP TABLE supporter_profile`);
    await queryRunner.query(`DROP TABLE municipality`);
    await queryRunner.query(`DROP TABLE prefecture`);
  }
}

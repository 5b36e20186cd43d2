import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
const SUPPORT_TYPES = list([
  'ISSUE_VISUALIZATION', 'DIALOGUE_FACILITATION', 'VISION_DRAFTING', 'PROJECT_SUPPORT', 'HUMAN_RESOURCE_DEVELOPMENT',
  'RMO_ESTABLISHMENT', 'SECRETARIAT_STAFF_TRAINING', 'PARTNER_MATCHING', 'RESTRUCTURING', 'CONSULTATION',
]);

/**
 * RMO records, support requests (with the RMOs they concern and intermediaries' marked interest)
 * and supporters' track records of earlier work and introductions, which matching reads as 面識.
 */
export class SupportRequests1764374400000 implements MigrationInterface {
  name = 'SupportRequests1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rmo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) NOT NULL REFERENCES municipality(code),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        area_unit text,
        legal_form text NOT NULL,
        founded_year int CHECK (founded_year BETWEEN 1900 AND 2100),
        activities text[] NOT NULL DEFAULT '{}',
        activities_note text,
        challenges text[] NOT NULL DEFAULT '{}',
        challenges_note text,
        optimization_state text NOT NULL,
        organization_id uuid UNIQUE REFERENCES organization(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_rmo_municipality" ON rmo (municipality_code, name)`);
    await queryRunner.query(`CREATE INDEX "IDX_rmo_prefecture" ON rmo (prefecture_code)`);

    await queryRunner.query(`
      CREATE TABLE support_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT','AWAITING_ENDORSEMENT','OPEN','CLOSED','WITHDRAWN')),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) NOT NULL REFERENCES municipality(code),
        author_organization_id uuid NOT NULL REFERENCES organization(id),
        created_by_user_id uuid NOT NULL REFERENCES app_user(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        background text NOT NULL DEFAULT '',
        support_types text[] NOT NULL DEFAULT '{}' CHECK (support_types <@ ARRAY[${SUPPORT_TYPES}]::text[]),
        step text,
        phase text,
        desired_start char(7) CHECK (desired_start ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        duration_months int CHECK (duration_months BETWEEN 1 AND 36),
        format text,
        funding_route text,
        budget_min_yen int CHECK (budget_min_yen >= 0),
        budget_max_yen int CHECK (budget_max_yen >= 0),
        rmo_agreement_confirmed boolean NOT NULL DEFAULT false,
        published boolean NOT NULL DEFAULT false,
        submitted_at timestamptz,
        endorsed_at timestamptz,
        endorsed_by_user_id uuid REFERENCES app_user(id),
        opened_at timestamptz,
        closed_at timestamptz,
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (budget_min_yen IS NULL OR budget_max_yen IS NULL OR budget_min_yen <= budget_max_yen),
        -- Whatever the path, nothing is submitted without its intake answer and a complete form
        -- (an unfinished draft may still be withdrawn).
        CHECK (status = 'DRAFT' OR (status = 'WITHDRAWN' AND submitted_at IS NULL) OR (rmo_agreement_confirmed AND support_types <> '{}' AND step IS NOT NULL
          AND desired_start IS NOT NULL AND duration_months IS NOT NULL AND format IS NOT NULL AND funding_route IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_support_request_municipality" ON support_request (municipality_code, updated_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_support_request_prefecture" ON support_request (prefecture_code, updated_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_support_request_author" ON support_request (author_organization_id)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_support_request_published" ON support_request (opened_at DESC, id DESC) WHERE published AND status = 'OPEN'`,
    );

    await queryRunner.query(`
      CREATE TABLE support_request_rmo (
        request_id uuid NOT NULL REFERENCES support_request(id) ON DELETE CASCADE,
        rmo_id uuid NOT NULL REFERENCES rmo(id),
        PRIMARY KEY (request_id, rmo_id)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_support_request_rmo_rmo" ON support_request_rmo (rmo_id)`);

    await queryRunner.query(`
      CREATE TABLE support_request_interest (
        request_id uuid NOT NULL REFERENCES support_request(id) ON DELETE CASCADE,
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id),
        organization_id uuid NOT NULL REFERENCES organization(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, supporter_id)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_support_request_interest_org" ON support_request_interest (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE supporter_track_record (
        id bigserial PRIMARY KEY,
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ENGAGEMENT','INTRODUCTION')),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) REFERENCES municipality(code),
        year int CHECK (year BETWEEN 1900 AND 2100),
        summary text NOT NULL DEFAULT ''
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_track_record_supporter" ON supporter_track_record (supporter_id)`);
    // Matching reads only the records in the request's prefecture.
    await queryRunner.query(`CREATE INDEX "IDX_track_record_prefecture" ON supporter_track_record (prefecture_code, supporter_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supporter_track_record`);
    await queryRunner.query(`DROP TABLE support_request_interest`);
    await queryRunner.query(`DROP TABLE support_request_rmo`);
    await queryRunner.query(`DROP TABLE support_request`);
    await queryRunner.query(`DROP TABLE rmo`);
  }
}

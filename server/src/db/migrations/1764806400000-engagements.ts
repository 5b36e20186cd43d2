import type { MigrationInterface, QueryRunner } from 'typeorm';

const STEPS = `'REFLECTION','SHARING','MODEL_FORMATION','HORIZONTAL_EXPANSION','REVIEW'`;
const STATUSES = `'PLANNED','ACTIVE','IN_REVIEW','COMPLETED','ENDED_EARLY'`;
const END_REASONS = `'RMO_WITHDREW','FUNDING_ENDED','SUPPORTER_UNAVAILABLE','GOALS_CHANGED','OTHER'`;
const ACTIVITY_KINDS = `'ARIKATA_MEETING','STUDY_SESSION','DELIBERATION','EXCHANGE_EVENT','VISIT','ONLINE_SESSION','OTHER'`;
const PARTIES = `'MUNICIPALITY','RMO','SUPPORTER','PREFECTURE'`;

/**
 * Engagements (issue 12): a municipality, its RMOs and a lead supporter through the five steps, with
 * each step's dates, the checklist the parties tick, the activity log, OJT trainees and the wrap-up
 * review; track records written when an engagement completes (lead and OJT, with whether the review
 * was positive); and the case library, whose folded text and its bigrams are stored once at write.
 */
export class Engagements1764806400000 implements MigrationInterface {
  name = 'Engagements1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE engagement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) NOT NULL REFERENCES municipality(code),
        origin text NOT NULL CHECK (origin IN ('OFFER','RECORDED')),
        offer_id uuid UNIQUE REFERENCES offer(id),
        request_id uuid REFERENCES support_request(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
        support_types text[] NOT NULL,
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id),
        supporter_organization_id uuid NOT NULL REFERENCES organization(id),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        current_step text NOT NULL CHECK (current_step IN (${STEPS})),
        -- Whether it took one of the supporter's places (a recorded one does only if a place was free).
        holds_place boolean NOT NULL,
        end_reason text CHECK (end_reason IN (${END_REASONS})),
        end_comment text CHECK (char_length(end_comment) <= 1000),
        started_at timestamptz,
        review_started_at timestamptz,
        ended_at timestamptz,
        created_by_user_id uuid NOT NULL REFERENCES app_user(id),
        -- When a party last changed anything (the injectable clock): the prefecture's overview flags old ones.
        last_activity_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((origin = 'OFFER') = (offer_id IS NOT NULL)),
        CHECK ((status = 'ENDED_EARLY') = (end_reason IS NOT NULL)),
        CHECK ((status IN ('COMPLETED','ENDED_EARLY')) = (ended_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_municipality" ON engagement (municipality_code, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_prefecture" ON engagement (prefecture_code, status, current_step)`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_supporter_organization" ON engagement (supporter_organization_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_supporter" ON engagement (supporter_id)`);

    await queryRunner.query(`
      CREATE TABLE engagement_rmo (
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        rmo_id uuid NOT NULL REFERENCES rmo(id),
        PRIMARY KEY (engagement_id, rmo_id)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_rmo_rmo" ON engagement_rmo (rmo_id)`);

    await queryRunner.query(`
      CREATE TABLE engagement_step (
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        step text NOT NULL CHECK (step IN (${STEPS})),
        started_on date NOT NULL,
        ended_on date CHECK (ended_on >= started_on),
        PRIMARY KEY (engagement_id, step)
      )`);

    await queryRunner.query(`
      CREATE TABLE engagement_check (
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        item_code text NOT NULL,
        checked_by_user_id uuid NOT NULL REFERENCES app_user(id),
        checked_at timestamptz NOT NULL,
        PRIMARY KEY (engagement_id, item_code)
      )`);

    await queryRunner.query(`
      CREATE TABLE engagement_activity (
        id bigserial PRIMARY KEY,
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${ACTIVITY_KINDS})),
        held_on date NOT NULL,
        step text NOT NULL CHECK (step IN (${STEPS})),
        participants int CHECK (participants BETWEEN 0 AND 10000),
        notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 2000),
        links text[] NOT NULL DEFAULT '{}',
        party text NOT NULL CHECK (party IN (${PARTIES})),
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_organization_id uuid NOT NULL REFERENCES organization(id),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_activity_engagement" ON engagement_activity (engagement_id, held_on DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE engagement_trainee (
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id),
        organization_id uuid NOT NULL REFERENCES organization(id),
        status text NOT NULL CHECK (status IN ('INVITED','ACTIVE','DECLINED')),
        invited_by_user_id uuid NOT NULL REFERENCES app_user(id),
        invited_at timestamptz NOT NULL,
        responded_at timestamptz,
        PRIMARY KEY (engagement_id, supporter_id)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_engagement_trainee_organization" ON engagement_trainee (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE engagement_review (
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        part text NOT NULL CHECK (part IN ('MUNICIPALITY_RMO','SUPPORTER')),
        changes text NOT NULL DEFAULT '' CHECK (char_length(changes) <= 3000),
        lessons text NOT NULL DEFAULT '' CHECK (char_length(lessons) <= 3000),
        -- [{criterion, score}], the municipality-and-RMO part only; never shown publicly as numbers.
        ratings jsonb NOT NULL DEFAULT '[]',
        positive boolean NOT NULL DEFAULT false,
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_organization_id uuid NOT NULL REFERENCES organization(id),
        submitted_at timestamptz NOT NULL,
        PRIMARY KEY (engagement_id, part)
      )`);

    // Completed engagements as track records: the lead's (ENGAGEMENT) and the trainees' (OJT).
    await queryRunner.query(`ALTER TABLE supporter_track_record DROP CONSTRAINT supporter_track_record_kind_check`);
    await queryRunner.query(`ALTER TABLE supporter_track_record ADD CONSTRAINT supporter_track_record_kind_check CHECK (kind IN ('ENGAGEMENT','INTRODUCTION','OJT'))`);
    await queryRunner.query(`
      ALTER TABLE supporter_track_record
        ADD COLUMN engagement_id uuid REFERENCES engagement(id) ON DELETE CASCADE,
        ADD COLUMN positive boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "IDX_track_record_engagement" ON supporter_track_record (supporter_id) WHERE engagement_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE case_study (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        engagement_id uuid NOT NULL UNIQUE REFERENCES engagement(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('DRAFT','AWAITING_APPROVAL','APPROVED','PUBLISHED')),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        region text NOT NULL,
        municipality_code char(6) NOT NULL REFERENCES municipality(code),
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id),
        supporter_organization_id uuid NOT NULL REFERENCES organization(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
        summary text NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 500),
        process text NOT NULL DEFAULT '' CHECK (char_length(process) <= 5000),
        outcomes text NOT NULL DEFAULT '' CHECK (char_length(outcomes) <= 5000),
        lessons text NOT NULL DEFAULT '' CHECK (char_length(lessons) <= 5000),
        hide_rmo_name boolean NOT NULL DEFAULT true,
        hide_people boolean NOT NULL DEFAULT true,
        support_types text[] NOT NULL,
        steps text[] NOT NULL,
        population_band text NOT NULL CHECK (population_band IN ('UNDER_10K','FROM_10K_TO_50K','FROM_50K_TO_100K','FROM_100K_TO_300K','OVER_300K')),
        rmo_area_unit text NOT NULL CHECK (rmo_area_unit IN ('NEIGHBORHOOD','ELEMENTARY_SCHOOL_DISTRICT','JUNIOR_HIGH_SCHOOL_DISTRICT','FORMER_MUNICIPALITY','WHOLE_MUNICIPALITY','OTHER')),
        -- Demo data: shown with 架空 (fictional).
        fictional boolean NOT NULL DEFAULT false,
        -- The folded searchable text (foldForSearch) and its distinct bigrams, computed once when written.
        search_text text NOT NULL,
        search_bigrams text[] NOT NULL,
        drafted_by_user_id uuid NOT NULL REFERENCES app_user(id),
        drafted_by_party text NOT NULL CHECK (drafted_by_party IN ('MUNICIPALITY','SUPPORTER')),
        approved_at timestamptz,
        approved_by_user_id uuid REFERENCES app_user(id),
        published_at timestamptz,
        published_by_user_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_case_published" ON case_study (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX "IDX_case_bigrams" ON case_study USING gin (search_bigrams)`);
    await queryRunner.query(`CREATE INDEX "IDX_case_supporter" ON case_study (supporter_id) WHERE status = 'PUBLISHED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_study`);
    await queryRunner.query(`DELETE FROM supporter_track_record WHERE kind = 'OJT'`);
    await queryRunner.query(`ALTER TABLE supporter_track_record DROP COLUMN engagement_id, DROP COLUMN positive`);
    await queryRunner.query(`ALTER TABLE supporter_track_record DROP CONSTRAINT supporter_track_record_kind_check`);
    await queryRunner.query(`ALTER TABLE supporter_track_record ADD CONSTRAINT supporter_track_record_kind_check CHECK (kind IN ('ENGAGEMENT','INTRODUCTION'))`);
    await queryRunner.query(`DROP TABLE engagement_review`);
    await queryRunner.query(`DROP TABLE engagement_trainee`);
    await queryRunner.query(`DROP TABLE engagement_activity`);
    await queryRunner.query(`DROP TABLE engagement_check`);
    await queryRunner.query(`DROP TABLE engagement_step`);
    await queryRunner.query(`DROP TABLE engagement_rmo`);
    await queryRunner.query(`DROP TABLE engagement`);
  }
}

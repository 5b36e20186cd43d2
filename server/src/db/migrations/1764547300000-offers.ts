import type { MigrationInterface, QueryRunner } from 'typeorm';

const OFFER_STATUSES = `'OFFERED','ACCEPTED','DECLINED','CONFIRMED','CLOSED','WITHDRAWN','EXPIRED'`;
const DECLINE_REASONS = `'AT_CAPACITY','OUTSIDE_AREA','NOT_MY_FIELD','FEE_OR_FUNDING','TIMING','OTHER'`;

/**
 * Introductions (issue 10): a municipality's introduction requests to its prefecture, offers to
 * supporters (direct approaches and the prefecture's proposals) with their deadlines, each offer's
 * message thread and read state; the request's link to its confirmed offer; return for revision;
 * a message with marked interest; track records written by confirmed offers.
 */
export class Offers1764547300000 implements MigrationInterface {
  name = 'Offers1764547300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE introduction_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES support_request(id) ON DELETE CASCADE,
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) NOT NULL REFERENCES municipality(code),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED','CANCELLED')),
        note text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 2000),
        requested_by_organization_id uuid NOT NULL REFERENCES organization(id),
        requested_by_user_id uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'OPEN') = (closed_at IS NULL))
      )`);
    // One introduction request at a time per support request.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_introduction_open_per_request" ON introduction_request (request_id) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "IDX_introduction_prefecture_queue" ON introduction_request (prefecture_code, status, requested_at)`);
    await queryRunner.query(`CREATE INDEX "IDX_introduction_municipality" ON introduction_request (municipality_code, requested_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES support_request(id) ON DELETE CASCADE,
        introduction_id uuid REFERENCES introduction_request(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('APPROACH','PROPOSAL')),
        status text NOT NULL DEFAULT 'OFFERED' CHECK (status IN (${OFFER_STATUSES})),
        prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
        municipality_code char(6) NOT NULL REFERENCES municipality(code),
        supporter_id uuid NOT NULL REFERENCES supporter_profile(id),
        supporter_organization_id uuid NOT NULL REFERENCES organization(id),
        offered_by_organization_id uuid NOT NULL REFERENCES organization(id),
        offered_by_user_id uuid NOT NULL REFERENCES app_user(id),
        message text NOT NULL CHECK (char_length(message) BETWEEN 1 AND 2000),
        respond_by timestamptz NOT NULL,
        offered_at timestamptz NOT NULL,
        reminded_at timestamptz,
        responded_at timestamptz,
        availability_note text CHECK (char_length(availability_note) <= 1000),
        decline_reason text CHECK (decline_reason IN (${DECLINE_REASONS})),
        decline_comment text CHECK (char_length(decline_comment) <= 1000),
        confirmed_at timestamptz,
        confirmed_by_user_id uuid REFERENCES app_user(id),
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A proposal answers an introduction request; an approach never does.
        CHECK ((kind = 'PROPOSAL') = (introduction_id IS NOT NULL)),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
        CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
      )`);
    // A supporter gets one live (or confirmed) offer per request; a request confirms one offer.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_offer_live_per_supporter" ON offer (request_id, supporter_id) WHERE status IN ('OFFERED','ACCEPTED','CONFIRMED')`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_offer_confirmed_per_request" ON offer (request_id) WHERE status = 'CONFIRMED'`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_request" ON offer (request_id, offered_at DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_introduction" ON offer (introduction_id) WHERE introduction_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_supporter_organization" ON offer (supporter_organization_id, offered_at DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_municipality" ON offer (municipality_code, offered_at DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_prefecture" ON offer (prefecture_code, offered_at DESC) WHERE kind = 'PROPOSAL'`);
    // The deadline sweep reads only unanswered offers.
    await queryRunner.query(`CREATE INDEX "IDX_offer_deadline" ON offer (respond_by) WHERE status = 'OFFERED'`);

    await queryRunner.query(`
      CREATE TABLE offer_message (
        id bigserial PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_organization_id uuid NOT NULL REFERENCES organization(id),
        party text NOT NULL CHECK (party IN ('MUNICIPALITY','PREFECTURE','SUPPORTER')),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_message_offer" ON offer_message (offer_id, id)`);
    // Read state per person: the last message each has seen in each thread.
    await queryRunner.query(`
      CREATE TABLE offer_thread_read (
        offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        last_read_message_id bigint NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, user_id)
      )`);

    // The request's link to its confirmed offer (the chosen supporter); return for revision.
    await queryRunner.query(`ALTER TABLE support_request DROP CONSTRAINT support_request_status_check`);
    await queryRunner.query(
      `ALTER TABLE support_request ADD CONSTRAINT support_request_status_check
         CHECK (status IN ('DRAFT','AWAITING_ENDORSEMENT','RETURNED','OPEN','CLOSED','WITHDRAWN'))`,
    );
    await queryRunner.query(`
      ALTER TABLE support_request
        ADD COLUMN confirmed_offer_id uuid UNIQUE REFERENCES offer(id),
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN returned_by_user_id uuid REFERENCES app_user(id),
        ADD COLUMN return_comment text CHECK (char_length(return_comment) <= 1000)`);

    await queryRunner.query(`ALTER TABLE support_request_interest ADD COLUMN message text CHECK (char_length(message) <= 300)`);

    // Which confirmed offer wrote a track record (null: entered or imported).
    await queryRunner.query(`ALTER TABLE supporter_track_record ADD COLUMN offer_id uuid REFERENCES offer(id) ON DELETE CASCADE`);
    await queryRunner.query(`CREATE INDEX "IDX_track_record_offer" ON supporter_track_record (offer_id) WHERE offer_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE supporter_track_record DROP COLUMN offer_id`);
    await queryRunner.query(`ALTER TABLE support_request_interest DROP COLUMN message`);
    await queryRunner.query(`UPDATE support_request SET status = 'AWAITING_ENDORSEMENT' WHERE status = 'RETURNED'`);
    await queryRunner.query(
      `ALTER TABLE support_request DROP COLUMN confirmed_offer_id, DROP COLUMN returned_at, DROP COLUMN returned_by_user_id, DROP COLUMN return_comment`,
    );
    await queryRunner.query(`ALTER TABLE support_request DROP CONSTRAINT support_request_status_check`);
    await queryRunner.query(
      `ALTER TABLE support_request ADD CONSTRAINT support_request_status_check CHECK (status IN ('DRAFT','AWAITING_ENDORSEMENT','OPEN','CLOSED','WITHDRAWN'))`,
    );
    await queryRunner.query(`DROP TABLE offer_thread_read`);
    await queryRunner.query(`DROP TABLE offer_message`);
    await queryRunner.query(`DROP TABLE offer`);
    await queryRunner.query(`DROP TABLE introduction_request`);
  }
}

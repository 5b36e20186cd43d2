import type { EntityManager } from 'typeorm';
import { DeclineReason, IntroductionStatus, OfferKind, OfferStatus, TrackRecordKind, type SupportType } from '@tsunagu/shared';
import { responseDeadline } from '../../modules/offer/offer-time';
import { DEMO_REQUESTS } from './demo-requests';

const DAY_MS = 86_400_000;
const RESPONSE_DAYS = 14;

/** The demo requests the offers are made on, by their part in the story. */
const [REFLECTION_REQUEST, TRAINING_REQUEST] = DEMO_REQUESTS.filter((r) => r.status === 'OPEN').map((r) => r.fields.title);
const CLOSED_REQUEST = DEMO_REQUESTS.find((r) => r.status === 'CLOSED')!.fields.title;

/** Who acts in the demo offers: the accounts of 村上市 and 新潟県, and the supporter2@ organization and profile. */
export interface DemoOfferActors {
  municipality: { organizationId: string; userId: string };
  prefecture: { organizationId: string; userId: string };
  supporter: { organizationId: string; profileId: string; supportTypes: SupportType[] };
}

interface RequestRow {
  id: string;
  title: string;
  support_types: SupportType[];
  opened_at: Date | null;
  closed_at: Date | null;
}

/**
 * The demo's introductions, told as one story relative to `now` (so the seed is deterministic):
 * - 村上市 asked 新潟県 three days ago to introduce supporters for its staff-training request: an
 *   open introduction request in the prefecture's queue, nothing proposed yet;
 * - two days ago 村上市 approached the supporter2@ organization directly for the 山北 reflection
 *   request: an offer waiting for its answer;
 * - last year 新潟県 introduced the same organization for the (now closed) study-session request and
 *   村上市 confirmed it: a confirmed offer whose track record gives 村上市's rankings a real 面識 reason.
 *   That support ended long ago, so the organization's current load is left as it is.
 * Written through SQL, not the services (no viewer at seed time; seeding is not an audited action).
 * Skipped when any of these requests already has an offer or an introduction request.
 */
export async function seedDemoOffers(manager: EntityManager, actors: DemoOfferActors, now: Date): Promise<string[]> {
  const requests: RequestRow[] = await manager.query(
    `SELECT id, title, support_types, opened_at, closed_at FROM support_request WHERE municipality_code = '152129' AND title = ANY($1::text[])`,
    [[REFLECTION_REQUEST, TRAINING_REQUEST, CLOSED_REQUEST]],
  );
  const byTitle = new Map(requests.map((r) => [r.title, r]));
  if (requests.length === 0) return [];
  const [{ touched }]: { touched: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM offer WHERE request_id = ANY($1::uuid[])) OR EXISTS (SELECT 1 FROM introduction_request WHERE request_id = ANY($1::uuid[])) AS touched`,
    [requests.map((r) => r.id)],
  );
  if (touched) return [];

  const made: string[] = [];
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  const offers = (request: RequestRow) => request.support_types.some((t) => actors.supporter.supportTypes.includes(t));

  const training = byTitle.get(TRAINING_REQUEST);
  if (training) {
    await insertIntroduction(manager, training, actors, {
      status: IntroductionStatus.OPEN,
      note: '県のアドバイザー派遣制度を使って、担い手育成と事務局スタッフ向けの研修を2年間お願いできる方を探しています。オンラインでの参加にも対応できる方だと助かります。',
      requestedAt: at(3),
    });
    made.push(`introduction request for 「${training.title}」 in 新潟県's queue`);
  }

  const reflection = byTitle.get(REFLECTION_REQUEST);
  if (reflection && offers(reflection)) {
    const offeredAt = at(2);
    await insertOffer(manager, reflection, actors, {
      kind: OfferKind.APPROACH,
      introductionId: null,
      status: OfferStatus.OFFERED,
      offeredBy: actors.municipality,
      message:
        '山北地区のあり方検討会（来年度、全6回程度）の進行をお願いできないかと考えています。住民アンケートの設計からご相談できれば幸いです。一度お話を伺えますか。',
      offeredAt,
    });
    made.push(`approach waiting for the supporter2@ organization on 「${reflection.title}」`);
  }

  const closed = byTitle.get(CLOSED_REQUEST);
  if (closed && offers(closed) && closed.opened_at && closed.closed_at) {
    // Introduced a week after the request opened, accepted two days later, confirmed the day after.
    const requestedAt = new Date(closed.opened_at.getTime() + 2 * DAY_MS);
    const offeredAt = new Date(closed.opened_at.getTime() + 7 * DAY_MS);
    const respondedAt = new Date(offeredAt.getTime() + 2 * DAY_MS);
    const confirmedAt = new Date(respondedAt.getTime() + DAY_MS);
    const introductionId = await insertIntroduction(manager, closed, actors, {
      status: IntroductionStatus.CLOSED,
      note: '役員向けの勉強会（2回）の講師を紹介してください。',
      requestedAt,
      closedAt: confirmedAt,
    });
    const offerId = await insertOffer(manager, closed, actors, {
      kind: OfferKind.PROPOSAL,
      introductionId,
      status: OfferStatus.CONFIRMED,
      offeredBy: actors.prefecture,
      message: '県内の地域運営組織で「あり方」の勉強会を重ねてきた団体です。事例の紹介も得意としています。',
      offeredAt,
      respondedAt,
      availabilityNote: '来月から、平日夜か土曜の開催で伺えます。',
      confirmedAt,
    });
    await manager.query(`UPDATE support_request SET confirmed_offer_id = $2 WHERE id = $1`, [closed.id, offerId]);
    const year = new Date(confirmedAt.getTime() + 9 * 3_600_000).getUTCFullYear();
    for (const [municipalityCode, summary] of [
      ['152129', '村上市の支援依頼で決定（つなぐ）'],
      [null, '村上市の支援依頼で県が紹介（つなぐ）'],
    ] as const) {
      await manager.query(
        `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary, offer_id) VALUES ($1, $2, '15', $3, $4, $5, $6)`,
        [actors.supporter.profileId, TrackRecordKind.INTRODUCTION, municipalityCode, year, summary, offerId],
      );
    }
    made.push(`confirmed introduction of the supporter2@ organization on 「${closed.title}」 (面識 with 村上市)`);
  }
  return made;
}

async function insertIntroduction(
  manager: EntityManager,
  request: RequestRow,
  actors: DemoOfferActors,
  fields: { status: IntroductionStatus; note: string; requestedAt: Date; closedAt?: Date },
): Promise<string> {
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO introduction_request (request_id, prefecture_code, municipality_code, status, note, requested_by_organization_id, requested_by_user_id,
                                       requested_at, closed_at, created_at, updated_at)
     VALUES ($1, '15', '152129', $2, $3, $4, $5, $6::timestamptz, $7::timestamptz, $6::timestamptz, COALESCE($7::timestamptz, $6::timestamptz)) RETURNING id`,
    [request.id, fields.status, fields.note, actors.municipality.organizationId, actors.municipality.userId, fields.requestedAt, fields.closedAt ?? null],
  );
  return id;
}

async function insertOffer(
  manager: EntityManager,
  request: RequestRow,
  actors: DemoOfferActors,
  fields: {
    kind: OfferKind;
    introductionId: string | null;
    status: OfferStatus;
    offeredBy: { organizationId: string; userId: string };
    message: string;
    offeredAt: Date;
    respondedAt?: Date;
    availabilityNote?: string;
    declineReason?: DeclineReason;
    confirmedAt?: Date;
  },
): Promise<string> {
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO offer (request_id, introduction_id, kind, status, prefecture_code, municipality_code, supporter_id, supporter_organization_id,
                        offered_by_organization_id, offered_by_user_id, message, respond_by, offered_at, responded_at, availability_note,
                        decline_reason, confirmed_at, confirmed_by_user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, '15', '152129', $5, $6, $7, $8, $9, $10, $11::timestamptz, $12::timestamptz, $13, $14, $15::timestamptz, $16, $11::timestamptz,
             COALESCE($15::timestamptz, $12::timestamptz, $11::timestamptz)) RETURNING id`,
    [
      request.id,
      fields.introductionId,
      fields.kind,
      fields.status,
      actors.supporter.profileId,
      actors.supporter.organizationId,
      fields.offeredBy.organizationId,
      fields.offeredBy.userId,
      fields.message,
      responseDeadline(fields.offeredAt, RESPONSE_DAYS),
      fields.offeredAt,
      fields.respondedAt ?? null,
      fields.availabilityNote ?? null,
      fields.declineReason ?? null,
      fields.confirmedAt ?? null,
      fields.confirmedAt ? actors.municipality.userId : null,
    ],
  );
  return id;
}

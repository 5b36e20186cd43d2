import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LIVE_OFFER_STATUSES, OfferStatus } from '@tsunagu/shared';
import { SupportRequest } from '../support-request/support-request.entity';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { IntroductionRequest } from './introduction-request.entity';
import { OfferMessage } from './offer-message.entity';
import { Offer } from './offer.entity';
import type { OfferedRequest } from './offer.types';

/** Groups rows by a key, in the order of `keys` (DataLoader's contract). */
function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Request-scoped loaders: one SQL statement each for a whole page of offers, threads and requests. */
export function createOfferLoaders(dataSource: DataSource) {
  return {
    profile: new DataLoader<string, SupporterProfile | null>(async (ids) => {
      const rows = await dataSource.getRepository(SupporterProfile).findBy(ids.map((id) => ({ id })));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    offer: new DataLoader<string, Offer | null>(async (ids) => {
      const rows = await dataSource.getRepository(Offer).findBy(ids.map((id) => ({ id })));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    supportRequest: new DataLoader<string, SupportRequest | null>(async (ids) => {
      const rows = await dataSource.getRepository(SupportRequest).findBy(ids.map((id) => ({ id })));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** A user's display name (message authors). */
    userName: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; display_name: string }[] = await dataSource.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((row) => [row.id, row.display_name]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    introduction: new DataLoader<string, IntroductionRequest | null>(async (ids) => {
      const rows = await dataSource.getRepository(IntroductionRequest).findBy(ids.map((id) => ({ id })));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The proposals of introduction requests, oldest first. */
    proposals: new DataLoader<string, Offer[]>(async (introductionIds) => {
      const rows = await dataSource
        .getRepository(Offer)
        .createQueryBuilder('o')
        .where('o.introduction_id = ANY(CAST(:ids AS uuid[]))', { ids: [...introductionIds] })
        .orderBy('o.offered_at', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .getMany();
      return groupBy(introductionIds, rows, (row) => row.introductionId!);
    }),
    /** Each offer's thread, oldest message first. */
    messages: new DataLoader<string, OfferMessage[]>(async (offerIds) => {
      const rows = await dataSource
        .getRepository(OfferMessage)
        .createQueryBuilder('m')
        .where('m.offer_id = ANY(CAST(:ids AS uuid[]))', { ids: [...offerIds] })
        .orderBy('m.id', 'ASC')
        .getMany();
      return groupBy(offerIds, rows, (row) => row.offerId);
    }),
    /** Messages of others a user has not read yet, keyed `offerId:userId`. */
    unreadCount: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows: { offer_id: string; user_id: string; unread: number }[] = await dataSource.query(
        `SELECT k.offer_id, k.user_id, count(m.id)::int AS unread
           FROM unnest($1::uuid[], $2::uuid[]) AS k(offer_id, user_id)
           LEFT JOIN offer_thread_read r ON r.offer_id = k.offer_id AND r.user_id = k.user_id
           LEFT JOIN offer_message m ON m.offer_id = k.offer_id AND m.author_user_id <> k.user_id AND m.id > COALESCE(r.last_read_message_id, 0)
          GROUP BY k.offer_id, k.user_id`,
        [pairs.map(([offerId]) => offerId), pairs.map(([, userId]) => userId)],
      );
      const counts = new Map(rows.map((row) => [`${row.offer_id}:${row.user_id}`, row.unread]));
      return keys.map((key) => counts.get(key) ?? 0);
    }),
    /** The request as the offer's parties read it (the supporter included). */
    offeredRequest: new DataLoader<string, OfferedRequest | null>(async (requestIds) => {
      const rows: (Omit<OfferedRequest, 'rmoNames'> & { rmo_names: string[] })[] = await dataSource.query(
        `SELECT sr.id, sr.status, sr.title, sr.background, sr.support_types AS "supportTypes", sr.step, sr.phase, sr.desired_start AS "desiredStart",
                sr.duration_months AS "durationMonths", sr.format, sr.funding_route AS "fundingRoute", sr.budget_min_yen AS "budgetMinYen",
                sr.budget_max_yen AS "budgetMaxYen", sr.prefecture_code AS "prefectureCode", sr.municipality_code AS "municipalityCode",
                ARRAY(SELECT r.name FROM support_request_rmo srr JOIN rmo r ON r.id = srr.rmo_id WHERE srr.request_id = sr.id ORDER BY r.name) AS rmo_names
           FROM support_request sr WHERE sr.id = ANY($1::uuid[])`,
        [requestIds],
      );
      const byId = new Map(rows.map(({ rmo_names, ...row }) => [row.id, { ...row, rmoNames: rmo_names }]));
      return requestIds.map((id) => byId.get(id) ?? null);
    }),
    /** Supporters with a live or confirmed offer for each request (the ranking marks them). */
    offeredSupporterIds: new DataLoader<string, string[]>(async (requestIds) => {
      const rows: { request_id: string; supporter_id: string }[] = await dataSource.query(
        `SELECT request_id, supporter_id FROM offer WHERE request_id = ANY($1::uuid[]) AND status = ANY($2::text[]) ORDER BY offered_at, id`,
        [requestIds, [...LIVE_OFFER_STATUSES, OfferStatus.CONFIRMED]],
      );
      return groupBy(requestIds, rows, (row) => row.request_id).map((group) => group.map((row) => row.supporter_id));
    }),
    /** The open introduction request of each support request, if any. */
    openIntroduction: new DataLoader<string, IntroductionRequest | null>(async (requestIds) => {
      const rows = await dataSource
        .getRepository(IntroductionRequest)
        .createQueryBuilder('i')
        .where(`i.request_id = ANY(CAST(:ids AS uuid[])) AND i.status = 'OPEN'`, { ids: [...requestIds] })
        .getMany();
      const byRequest = new Map(rows.map((row) => [row.requestId, row]));
      return requestIds.map((id) => byRequest.get(id) ?? null);
    }),
  };
}

export type OfferLoaders = ReturnType<typeof createOfferLoaders>;

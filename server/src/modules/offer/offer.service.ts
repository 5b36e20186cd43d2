import type { DataSource, EntityManager } from 'typeorm';
import {
  ConflictReason,
  NotificationKind,
  DeclineReason,
  INTRODUCTION_LIFECYCLE,
  InputReason,
  IntroductionAction,
  LIVE_OFFER_STATUSES,
  NotFoundReason,
  OFFER_LIFECYCLE,
  OFFER_LIMITS,
  OfferAction,
  OfferKind,
  OfferParty,
  OfferStatus,
  SYSTEM_ACTOR,
  TrackRecordKind,
  VerificationStatus,
  type OfferActor,
  type OfferLifecycleSubject,
} from '@tsunagu/shared';
import { DAY_MS, type Clock } from '../../common/clock';
import { ConflictError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { assertTransition } from '../../common/lifecycle';
import type { AppConfig } from '../../config';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import { jobType, type JobQueue } from '../../jobs/job-queue';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { SupportRequest } from '../support-request/support-request.entity';
import type { SupportRequestService } from '../support-request/support-request.service';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import type { IntroductionService } from './introduction.service';
import { offerActor, offersVisibleTo, partyOf } from './offer-access';
import type { OfferEvents } from './offer-events';
import { responseDeadline, daysUntil } from './offer-time';
import { Offer } from './offer.entity';
import { OfferResponse, type ApproachSupporterInput, type OfferFilter, type ProposeIntroductionInput, type RespondToOfferInput } from './offer.inputs';
import type { OfferConnection } from './offer.types';
import { assertRequestTakesOffers, requireRequestMunicipality } from './request-checks';

/** Sends one offer's deadline reminder (three days before), at its time; idempotent. */
export const remindOffer = jobType<{ offerId: string }>('offer.remind', { maxAttempts: 5 });
/** Expires one offer at its deadline if still unanswered; idempotent. */
export const expireOffer = jobType<{ offerId: string }>('offer.expire', { maxAttempts: 5 });
/** Hourly safety net: every reminder and expiry that is due, whatever happened to the per-offer jobs. */
export const sweepOfferDeadlines = jobType<Record<string, never>>('offer.deadlineSweep', { maxAttempts: 3 });

const ENTITY_TYPE = 'Offer';

export interface OfferServiceDeps {
  dataSource: DataSource;
  supportRequests: SupportRequestService;
  introductions: IntroductionService;
  audit: AuditService;
  jobs: JobQueue;
  events: OfferEvents;
  clock: Clock;
  config: AppConfig['offers'];
}

/** The fields the audit log keeps of an offer. */
function offerSnapshot(offer: Offer): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...fields } = offer;
  return fields;
}

/**
 * Offers to supporters (打診・紹介) on the offer lifecycle (shared/src/offer-lifecycle.ts): made by
 * the municipality (approach) or the prefecture on an introduction request (proposal), answered by
 * the supporter, confirmed by the municipality, ended by deadlines the job queue runs. Every write
 * commits with its audit entry and its notifications. Lock order: request, then offers, then the
 * supporter's profile, so concurrent confirmations, answers and request closings never deadlock.
 */
export class OfferService {
  constructor(private readonly deps: OfferServiceDeps) {}

  /** Offers the viewer is a party to, newest first. */
  async list(viewer: Viewer, filter: OfferFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<OfferConnection> {
    const limit = pageSize(first);
    const visible = offersVisibleTo(viewer, 1);
    const params: unknown[] = [...visible.params];
    const where = [visible.sql];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter?.requestId) add((n) => `o.request_id = $${n}`, filter.requestId);
    if (filter?.introductionId) add((n) => `o.introduction_id = $${n}`, filter.introductionId);
    if (filter?.statuses?.length) add((n) => `o.status = ANY($${n}::text[])`, filter.statuses);
    if (filter?.kinds?.length) add((n) => `o.kind = ANY($${n}::text[])`, filter.kinds);
    if (after) {
      const [offeredAt, id] = decodeCursor(after, ['t', 'u']);
      params.push(offeredAt, id);
      where.push(`(o.offered_at, o.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: { id: string; offered_key: string }[] = await this.deps.dataSource.query(
      `SELECT o.id, CAST(o.offered_at AS text) AS offered_key FROM offer o WHERE ${where.join(' AND ')}
        ORDER BY o.offered_at DESC, o.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const offers = page.length ? await this.deps.dataSource.getRepository(Offer).findBy(page.map((r) => ({ id: r.id }))) : [];
    const byId = new Map(offers.map((o) => [o.id, o]));
    const edges = page.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ node, cursor: encodeCursor([row.offered_key, row.id]) }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One offer the viewer is a party to; NOT_FOUND otherwise, exactly as for an unknown id. */
  async findById(viewer: Viewer, id: string): Promise<Offer> {
    return this.requireFor(this.deps.dataSource.manager, viewer, id, false);
  }

  /** The municipality approaches a supporter from the request's ranking, with a message (打診). */
  async approach(viewer: Viewer, input: ApproachSupporterInput): Promise<Offer> {
    const { dataSource, supportRequests } = this.deps;
    return dataSource.transaction(async (manager) => {
      const request = await supportRequests.requireRequest(manager, input.requestId, true, 'requestId');
      await supportRequests.requireVisible(manager, viewer, request);
      requireRequestMunicipality(viewer, request);
      assertRequestTakesOffers(request);
      const profile = await this.requireOfferableProfile(manager, input.supporterId, request);
      return this.createOffer(manager, viewer, request, profile, { kind: OfferKind.APPROACH, introductionId: null, message: input.message.trim() });
    });
  }

  /** The prefecture proposes one supporter on an introduction request, with a note (up to three proposals in all). */
  async propose(viewer: Viewer, input: ProposeIntroductionInput): Promise<Offer> {
    const { dataSource, supportRequests, introductions } = this.deps;
    return dataSource.transaction(async (manager) => {
      // The request first (the lock order); the introduction request names it.
      const peek = await introductions.requireFor(manager, viewer, input.introductionId, false, 'introductionId');
      const request = await supportRequests.requireRequest(manager, peek.requestId, true, 'introductionId');
      const introduction = await introductions.requireFor(manager, viewer, input.introductionId, true, 'introductionId');
      assertTransition(INTRODUCTION_LIFECYCLE, await introductions.subjectOf(manager, introduction), offerActor(viewer), IntroductionAction.PROPOSE);
      assertRequestTakesOffers(request);
      const profile = await this.requireOfferableProfile(manager, input.supporterId, request);
      const offer = await this.createOffer(manager, viewer, request, profile, {
        kind: OfferKind.PROPOSAL,
        introductionId: introduction.id,
        message: input.note.trim(),
      });
      await this.deps.events.tell(manager, offer, NotificationKind.INTRODUCTION_PROPOSED, [OfferParty.MUNICIPALITY], viewer, { note: offer.message });
      return offer;
    });
  }

  /** The supporter accepts (with a note on availability) or declines (with a reason code). */
  async respond(viewer: Viewer, input: RespondToOfferInput): Promise<Offer> {
    const accept = input.response === OfferResponse.ACCEPT;
    const availabilityNote = input.availabilityNote?.trim() || null;
    const comment = input.comment?.trim() || null;
    if (accept && !availabilityNote) throw invalidInput('availabilityNote', InputReason.REQUIRED);
    if (!accept && !input.declineReason) throw invalidInput('declineReason', InputReason.REQUIRED);
    if (!accept && input.declineReason === DeclineReason.OTHER && !comment) throw invalidInput('comment', InputReason.REQUIRED);
    const { dataSource, audit, events, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const offer = await this.requireFor(manager, viewer, input.offerId, true, 'offerId');
      const action = accept ? OfferAction.ACCEPT : OfferAction.DECLINE;
      const now = clock.now();
      const next = assertTransition(OFFER_LIFECYCLE, await this.subjectOf(manager, offer, now), offerActor(viewer), action);
      const before = { status: offer.status };
      Object.assign(offer, {
        status: next,
        respondedAt: now,
        ...(accept ? { availabilityNote } : { declineReason: input.declineReason, declineComment: comment }),
      });
      await manager.getRepository(Offer).save(offer);
      await audit.record(manager, viewer, {
        action: 'respondToOffer',
        entityType: ENTITY_TYPE,
        entityId: offer.id,
        before,
        after: accept ? { status: next, availabilityNote } : { status: next, declineReason: input.declineReason, declineComment: comment },
      });
      if (accept) await events.tell(manager, offer, NotificationKind.OFFER_ACCEPTED, [OfferParty.MUNICIPALITY, OfferParty.PREFECTURE], viewer, { availabilityNote });
      else await events.tell(manager, offer, NotificationKind.OFFER_DECLINED, [OfferParty.MUNICIPALITY, OfferParty.PREFECTURE], viewer, { reason: input.declineReason ?? null });
      return offer;
    });
  }

  /**
   * The municipality confirms an accepted offer: its supporter becomes the request's chosen
   * supporter and its load grows by one — exactly, whatever runs at the same time (a conditional
   * UPDATE on the profile row refuses the one that would pass capacity). The request's other live
   * offers close politely, its introduction request closes, and the track record matching reads as
   * acquaintance is written (the municipality; the prefecture too when it brokered).
   */
  async confirm(viewer: Viewer, offerId: string): Promise<Offer> {
    const { dataSource, supportRequests, introductions, audit, events, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const peek = await this.requireFor(manager, viewer, offerId, false, 'offerId');
      const request = await supportRequests.requireRequest(manager, peek.requestId, true, 'offerId');
      const offer = await this.requireFor(manager, viewer, offerId, true, 'offerId');
      const now = clock.now();
      const next = assertTransition(OFFER_LIFECYCLE, await this.subjectOf(manager, offer, now), offerActor(viewer), OfferAction.CONFIRM);
      assertRequestTakesOffers(request);
      // The capacity check that counts: only one transaction at a time can move this row, and it moves only while a place is free.
      // (Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not the rows.)
      const loads: { current_load: number; capacity: number }[] = await manager.query(
        `WITH raised AS (UPDATE supporter_profile SET current_load = current_load + 1 WHERE id = $1 AND current_load < capacity RETURNING current_load, capacity)
         SELECT current_load, capacity FROM raised`,
        [offer.supporterId],
      );
      if (loads.length === 0) {
        const [{ capacity }]: { capacity: number }[] = await manager.query(`SELECT capacity FROM supporter_profile WHERE id = $1`, [offer.supporterId]);
        throw new ConflictError(ConflictReason.AT_CAPACITY, 'The supporter has no free place left', { capacity });
      }
      const [{ current_load: loadAfter, capacity }] = loads;
      Object.assign(offer, { status: next, confirmedAt: now, confirmedByUserId: viewer.userId });
      await manager.getRepository(Offer).save(offer);
      await manager.query(`UPDATE support_request SET confirmed_offer_id = $2, updated_at = now() WHERE id = $1`, [request.id, offer.id]);
      const closed = await this.closeLiveOffers(manager, request.id, now, offer.id);
      await introductions.closeForRequest(manager, request.id);
      await this.writeTrackRecords(manager, offer, now);
      await audit.record(manager, viewer, {
        action: 'confirmOffer',
        entityType: ENTITY_TYPE,
        entityId: offer.id,
        before: { status: OfferStatus.ACCEPTED, supporterId: offer.supporterId, supporterLoad: loadAfter - 1 },
        after: { status: next, requestId: request.id, supporterId: offer.supporterId, supporterLoad: loadAfter, capacity, closedOfferIds: closed.map((o) => o.id) },
      });
      await events.tell(manager, offer, NotificationKind.OFFER_CONFIRMED, [OfferParty.SUPPORTER, OfferParty.PREFECTURE], viewer);
      for (const other of closed) await events.tell(manager, other, NotificationKind.OFFER_CLOSED, [OfferParty.SUPPORTER], viewer);
      return offer;
    });
  }

  /** The municipality, or the prefecture that proposed it, takes back a live offer. */
  async withdraw(viewer: Viewer, offerId: string): Promise<Offer> {
    const { dataSource, audit, events, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const offer = await this.requireFor(manager, viewer, offerId, true, 'offerId');
      const now = clock.now();
      const next = assertTransition(OFFER_LIFECYCLE, await this.subjectOf(manager, offer, now), offerActor(viewer), OfferAction.WITHDRAW);
      const before = { status: offer.status };
      Object.assign(offer, { status: next, endedAt: now });
      await manager.getRepository(Offer).save(offer);
      await audit.record(manager, viewer, { action: 'withdrawOffer', entityType: ENTITY_TYPE, entityId: offer.id, before, after: { status: next } });
      await events.tell(manager, offer, NotificationKind.OFFER_WITHDRAWN, [OfferParty.SUPPORTER], viewer);
      return offer;
    });
  }

  /**
   * The request ended (closed or withdrawn by its managers): its live offers close and its
   * introduction request closes, in the caller's transaction; the supporters are told.
   */
  async closeForEndedRequest(manager: EntityManager, requestId: string, viewer: Viewer): Promise<void> {
    const closed = await this.closeLiveOffers(manager, requestId, this.deps.clock.now(), null);
    await this.deps.introductions.closeForRequest(manager, requestId);
    for (const offer of closed) await this.deps.events.tell(manager, offer, NotificationKind.OFFER_CLOSED, [OfferParty.SUPPORTER], viewer);
  }

  /**
   * Sends the deadline reminder of every unanswered offer due within three days (or only of
   * `offerId`) and not yet reminded, as of `now`. Idempotent: each offer is reminded once.
   */
  async remindDue(now: Date, offerId: string | null = null): Promise<number> {
    const { dataSource, events } = this.deps;
    return dataSource.transaction(async (manager) => {
      const ids: { id: string }[] = await manager.query(
        `SELECT id FROM offer WHERE status = 'OFFERED' AND reminded_at IS NULL AND respond_by > $1 AND ($2::uuid IS NULL OR id = $2)
           AND respond_by - make_interval(days => $3::int) <= $1
         ORDER BY respond_by, id FOR UPDATE SKIP LOCKED`,
        [now, offerId, OFFER_LIMITS.reminderDaysBefore],
      );
      const offers = ids.length ? await manager.getRepository(Offer).findBy(ids.map(({ id }) => ({ id }))) : [];
      for (const offer of offers) {
        offer.remindedAt = now;
        await manager.getRepository(Offer).save(offer);
        await events.tell(manager, offer, NotificationKind.OFFER_DEADLINE_REMINDER, [OfferParty.SUPPORTER], null, { daysLeft: daysUntil(now, offer.respondBy) });
      }
      // A per-offer job that ran early (its clock moved less than the queue's) comes back at its time.
      if (offerId && offers.length === 0) await this.requeue(manager, offerId, now, 'remind');
      return offers.length;
    });
  }

  /** Expires every unanswered offer whose deadline has passed by `now` (or only `offerId`); tells all its parties. */
  async expireDue(now: Date, offerId: string | null = null): Promise<number> {
    const { dataSource, audit, events } = this.deps;
    return dataSource.transaction(async (manager) => {
      const ids: { id: string }[] = await manager.query(
        `SELECT id FROM offer WHERE status = 'OFFERED' AND respond_by <= $1 AND ($2::uuid IS NULL OR id = $2)
         ORDER BY respond_by, id FOR UPDATE SKIP LOCKED`,
        [now, offerId],
      );
      const offers = ids.length ? await manager.getRepository(Offer).findBy(ids.map(({ id }) => ({ id }))) : [];
      for (const offer of offers) {
        const next = assertTransition(OFFER_LIFECYCLE, await this.subjectOf(manager, offer, now), SYSTEM_ACTOR, OfferAction.EXPIRE);
        Object.assign(offer, { status: next, endedAt: now });
        await manager.getRepository(Offer).save(offer);
        await audit.record(manager, null, { action: 'expireOffer', entityType: ENTITY_TYPE, entityId: offer.id, before: { status: OfferStatus.OFFERED }, after: { status: next } });
        await events.tell(manager, offer, NotificationKind.OFFER_EXPIRED, [OfferParty.MUNICIPALITY, OfferParty.PREFECTURE, OfferParty.SUPPORTER], null);
      }
      if (offerId && offers.length === 0) await this.requeue(manager, offerId, now, 'expire');
      return offers.length;
    });
  }

  /** The lifecycle actions the viewer may take on the offer now (the client offers exactly these). */
  allowedActions(viewer: Viewer | null, offer: Offer): OfferAction[] {
    if (!viewer) return [];
    // Guards (deadline, capacity) are left to the attempt, so these placeholders never decide.
    const subject: OfferLifecycleSubject = { ...offer, now: this.deps.clock.now(), freePlaces: 1, capacity: 1 };
    return OFFER_LIFECYCLE.allowedActions(subject, offerActor(viewer));
  }

  /** The viewer's side of the offer. */
  partyOf(viewer: Viewer, offer: Offer): OfferParty | null {
    return partyOf(viewer, offer);
  }

  /** Whether an unanswered offer is past its deadline (the sweep expires it within the hour). */
  isOverdue(offer: Offer): boolean {
    return offer.status === OfferStatus.OFFERED && offer.respondBy.getTime() <= this.deps.clock.now().getTime();
  }

  /** Reads an offer the viewer is a party to; BAD_USER_INPUT for a malformed id, NOT_FOUND for an unknown one or anyone else's. */
  async requireFor(manager: EntityManager, viewer: Viewer, id: string, lock: boolean, field = 'id'): Promise<Offer> {
    requireId(id, field);
    const offer = await manager.getRepository(Offer).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!offer || !partyOf(viewer, offer)) throw new NotFoundError(NotFoundReason.OFFER_NOT_FOUND, 'Offer was not found');
    return offer;
  }

  private async createOffer(
    manager: EntityManager,
    viewer: Viewer,
    request: SupportRequest,
    profile: SupporterProfile,
    fields: { kind: OfferKind; introductionId: string | null; message: string },
  ): Promise<Offer> {
    const { audit, jobs, events, clock, config } = this.deps;
    const already = await manager.query(
      `SELECT 1 FROM offer WHERE request_id = $1 AND supporter_id = $2 AND status = ANY($3::text[]) LIMIT 1`,
      [request.id, profile.id, [...LIVE_OFFER_STATUSES, OfferStatus.CONFIRMED]],
    );
    if (already.length) throw new ConflictError(ConflictReason.ALREADY_OFFERED, 'This supporter already has an offer for this request', {}, 'supporterId');
    const now = clock.now();
    const offers = manager.getRepository(Offer);
    const offer = await offers.save(
      offers.create({
        requestId: request.id,
        introductionId: fields.introductionId,
        kind: fields.kind,
        status: OfferStatus.OFFERED,
        prefectureCode: request.prefectureCode,
        municipalityCode: request.municipalityCode,
        supporterId: profile.id,
        supporterOrganizationId: profile.ownerOrganizationId!,
        offeredByOrganizationId: viewer.organizationId,
        offeredByUserId: viewer.userId,
        message: fields.message,
        respondBy: responseDeadline(now, config.responseDays),
        offeredAt: now,
        remindedAt: null,
        respondedAt: null,
        availabilityNote: null,
        declineReason: null,
        declineComment: null,
        confirmedAt: null,
        confirmedByUserId: null,
        endedAt: null,
      }),
    );
    await jobs.enqueue(manager, remindOffer, { offerId: offer.id }, { runAt: reminderTime(offer), key: `offer-remind:${offer.id}` });
    await jobs.enqueue(manager, expireOffer, { offerId: offer.id }, { runAt: offer.respondBy, key: `offer-expire:${offer.id}` });
    await audit.record(manager, viewer, {
      action: fields.kind === OfferKind.APPROACH ? 'approachSupporter' : 'proposeIntroduction',
      entityType: ENTITY_TYPE,
      entityId: offer.id,
      after: offerSnapshot(offer),
    });
    await events.tell(manager, offer, NotificationKind.OFFER_RECEIVED, [OfferParty.SUPPORTER], viewer, { message: offer.message });
    return offer;
  }

  /** A live profile with an account that offers a wanted type; the refusals say which of these fails. */
  private async requireOfferableProfile(manager: EntityManager, supporterId: string, request: SupportRequest): Promise<SupporterProfile> {
    requireId(supporterId, 'supporterId');
    const profile = await manager.getRepository(SupporterProfile).findOneBy({ id: supporterId });
    if (!profile || profile.verificationStatus === VerificationStatus.REJECTED) {
      throw new NotFoundError(NotFoundReason.SUPPORTER_PROFILE_NOT_FOUND, 'Supporter profile was not found');
    }
    if (profile.archivedAt) throw new ConflictError(ConflictReason.ARCHIVED, 'This profile is archived', {}, 'supporterId');
    if (!profile.ownerOrganizationId) {
      throw new ConflictError(ConflictReason.SUPPORTER_NOT_REGISTERED, 'This supporter has no account to answer an offer; contact it directly', {}, 'supporterId');
    }
    if (!profile.supportTypes.some((type) => request.supportTypes.includes(type))) throw invalidInput('supporterId', InputReason.NO_WANTED_SUPPORT_TYPE);
    return profile;
  }

  /** What the offer lifecycle reads: the offer, the supporter's free places and the moment. */
  private async subjectOf(manager: EntityManager, offer: Offer, now: Date): Promise<OfferLifecycleSubject> {
    const [profile]: { capacity: number; current_load: number }[] = await manager.query(
      `SELECT capacity, current_load FROM supporter_profile WHERE id = $1`,
      [offer.supporterId],
    );
    return { ...offer, now, capacity: profile?.capacity ?? 0, freePlaces: profile ? profile.capacity - profile.current_load : 0 };
  }

  /** Closes the request's live offers (but `except`) as the system; returns them, for their notifications. */
  private async closeLiveOffers(manager: EntityManager, requestId: string, now: Date, except: string | null): Promise<Offer[]> {
    const ids: { id: string }[] = await manager.query(
      `SELECT id FROM offer WHERE request_id = $1 AND status = ANY($2::text[]) AND ($3::uuid IS NULL OR id <> $3) ORDER BY offered_at, id FOR UPDATE`,
      [requestId, LIVE_OFFER_STATUSES, except],
    );
    const offers = ids.length ? await manager.getRepository(Offer).findBy(ids.map(({ id }) => ({ id }))) : [];
    for (const offer of offers) {
      const next = assertTransition(OFFER_LIFECYCLE, await this.subjectOf(manager, offer, now), SYSTEM_ACTOR satisfies OfferActor, OfferAction.CLOSE);
      Object.assign(offer, { status: next, endedAt: now });
      await manager.getRepository(Offer).save(offer);
    }
    return offers;
  }

  /** The acquaintance a confirmed offer makes: with the municipality, and with the prefecture when it brokered. */
  private async writeTrackRecords(manager: EntityManager, offer: Offer, now: Date): Promise<void> {
    const year = new Date(now.getTime() + 9 * 3_600_000).getUTCFullYear();
    const [{ name }]: { name: string }[] = await manager.query(`SELECT name FROM municipality WHERE code = $1`, [offer.municipalityCode]);
    const places: [string, string | null, string][] = [[offer.prefectureCode, offer.municipalityCode, `${name}の支援依頼で決定（つなぐ）`]];
    if (offer.kind === OfferKind.PROPOSAL) places.push([offer.prefectureCode, null, `${name}の支援依頼で県が紹介（つなぐ）`]);
    for (const [prefectureCode, municipalityCode, summary] of places) {
      await manager.query(
        `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary, offer_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [offer.supporterId, TrackRecordKind.INTRODUCTION, prefectureCode, municipalityCode, year, summary, offer.id],
      );
    }
  }

  /** Puts a per-offer deadline job back at its time when it ran before it (see remindDue). */
  private async requeue(manager: EntityManager, offerId: string, now: Date, which: 'remind' | 'expire'): Promise<void> {
    const offer = await manager.getRepository(Offer).findOneBy({ id: offerId });
    if (!offer || offer.status !== OfferStatus.OFFERED) return;
    if (which === 'expire' && offer.respondBy > now) {
      await this.deps.jobs.enqueue(manager, expireOffer, { offerId }, { runAt: offer.respondBy, key: `offer-expire:${offerId}` });
    } else if (which === 'remind' && !offer.remindedAt && reminderTime(offer) > now) {
      await this.deps.jobs.enqueue(manager, remindOffer, { offerId }, { runAt: reminderTime(offer), key: `offer-remind:${offerId}` });
    }
  }
}

/** Three days before the deadline. */
function reminderTime(offer: Pick<Offer, 'respondBy'>): Date {
  return new Date(offer.respondBy.getTime() - OFFER_LIMITS.reminderDaysBefore * DAY_MS);
}

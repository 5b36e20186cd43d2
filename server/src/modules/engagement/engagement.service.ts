import type { DataSource, EntityManager } from 'typeorm';
import {
  ConflictReason,
  ENGAGEMENT_CHECKLIST,
  ENGAGEMENT_LIFECYCLE,
  ENGAGEMENT_LIMITS,
  ENGAGEMENT_SYSTEM_ACTOR,
  EngagementAction,
  EngagementEndReason,
  EngagementOrigin,
  EngagementParty,
  EngagementStatus,
  ForbiddenReason,
  InputReason,
  NotFoundReason,
  NotificationKind,
  OPEN_ENGAGEMENT_STATUSES,
  OfferStatus,
  ReviewCriterion,
  ReviewPart,
  Step,
  TraineeStatus,
  TrackRecordKind,
  UserRole,
  VerificationStatus,
  enumValues,
  isCalendarDate,
  isOfferMunicipality,
  isPositiveReview,
  japanDate,
  nextStep,
  reviewPartOf,
  type EngagementLifecycleSubject,
} from '@tsunagu/shared';
import { DAY_MS, type Clock } from '../../common/clock';
import { ConflictError, ForbiddenError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { assertTransition } from '../../common/lifecycle';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { NotificationService } from '../notification/notification.service';
import { offerActor } from '../offer/offer-access';
import { Offer } from '../offer/offer.entity';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { engagementActor, engagementsVisibleTo, mayRead, partyOf, tellParties, tiesOf, type EngagementTies } from './engagement-access';
import { Engagement } from './engagement.entity';
import type {
  AddEngagementActivityInput,
  CreateEngagementFromOfferInput,
  EndEngagementInput,
  EngagementFilter,
  RecordEngagementInput,
  WriteEngagementReviewInput,
} from './engagement.inputs';
import type { EngagementConnection, EngagementOverview } from './engagement.types';

const ENTITY_TYPE = 'Engagement';
const { MUNICIPALITY, RMO, SUPPORTER, PREFECTURE } = EngagementParty;
const ALL_PARTIES = [MUNICIPALITY, RMO, SUPPORTER, PREFECTURE];

export interface EngagementServiceDeps {
  dataSource: DataSource;
  audit: AuditService;
  notifications: Pick<NotificationService, 'notify'>;
  clock: Clock;
}

/**
 * Engagements on their lifecycle (shared/src/engagement-lifecycle.ts): begun from a confirmed offer
 * or recorded by the municipality, moved through the five steps, logged, ticked, joined by OJT
 * trainees and closed by the wrap-up review, which writes the track records matching counts. Every
 * write commits with its audit entry and notifications, and marks the engagement as updated (the
 * prefecture's overview flags those left untouched). The engagement row is locked first.
 */
export class EngagementService {
  constructor(private readonly deps: EngagementServiceDeps) {}

  /** Engagements the viewer may read, most recently updated first. */
  async list(viewer: Viewer, filter: EngagementFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<EngagementConnection> {
    const limit = pageSize(first);
    const visible = engagementsVisibleTo(viewer, 1);
    const params: unknown[] = [...visible.params];
    const where = [visible.sql];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter?.statuses?.length) add((n) => `e.status = ANY($${n}::text[])`, filter.statuses);
    if (filter?.steps?.length) add((n) => `e.current_step = ANY($${n}::text[])`, filter.steps);
    if (filter?.staleOnly) {
      add((n) => `e.status = ANY($${n}::text[])`, OPEN_ENGAGEMENT_STATUSES);
      add((n) => `e.last_activity_at <= $${n}`, this.staleBefore());
    }
    if (after) {
      const [at, id] = decodeCursor(after, ['t', 'u']);
      params.push(at, id);
      where.push(`(e.last_activity_at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: { id: string; key: string }[] = await this.deps.dataSource.query(
      `SELECT e.id, CAST(e.last_activity_at AS text) AS key FROM engagement e WHERE ${where.join(' AND ')}
        ORDER BY e.last_activity_at DESC, e.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const found = page.length ? await this.deps.dataSource.getRepository(Engagement).findBy(page.map((r) => ({ id: r.id }))) : [];
    const byId = new Map(found.map((e) => [e.id, e]));
    const edges = page.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ node, cursor: encodeCursor([row.key, row.id]) }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One engagement the viewer may read; NOT_FOUND otherwise, exactly as for an unknown id. */
  async findById(viewer: Viewer, id: string): Promise<Engagement> {
    return (await this.requireFor(this.deps.dataSource.manager, viewer, id, false)).engagement;
  }

  /** The prefecture's overview: its engagements by step and status, the open ones not updated for 90 days flagged. */
  async overview(viewer: Viewer): Promise<EngagementOverview> {
    const staleBefore = this.staleBefore();
    const counts: { step: Step; status: EngagementStatus; count: number; stale: number }[] = await this.deps.dataSource.query(
      `SELECT current_step AS step, status, count(*)::int AS count,
              count(*) FILTER (WHERE status = ANY($2::text[]) AND last_activity_at <= $3)::int AS stale
         FROM engagement WHERE prefecture_code = $1 GROUP BY current_step, status`,
      [viewer.prefectureCode, OPEN_ENGAGEMENT_STATUSES, staleBefore],
    );
    const order = (s: Step) => enumValues(Step).indexOf(s);
    counts.sort((a, b) => order(a.step) - order(b.step) || enumValues(EngagementStatus).indexOf(a.status) - enumValues(EngagementStatus).indexOf(b.status));
    const stale = await this.deps.dataSource
      .getRepository(Engagement)
      .createQueryBuilder('e')
      .where('e.prefecture_code = :p AND e.status IN (:...open) AND e.last_activity_at <= :before', { p: viewer.prefectureCode, open: OPEN_ENGAGEMENT_STATUSES, before: staleBefore })
      .orderBy('e.last_activity_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(100)
      .getMany();
    return {
      counts,
      total: counts.reduce((sum, c) => sum + c.count, 0),
      staleTotal: counts.reduce((sum, c) => sum + c.stale, 0),
      stale,
    };
  }

  /** Whether an open engagement has gone 90 days or more without an update (server clock). */
  isStale(engagement: Engagement): boolean {
    return OPEN_ENGAGEMENT_STATUSES.includes(engagement.status) && engagement.lastActivityAt.getTime() <= this.staleBefore().getTime();
  }

  /** The municipality turns its confirmed offer into an engagement (PLANNED); the offer's confirmation already took the supporter's place. */
  async createFromOffer(viewer: Viewer, input: CreateEngagementFromOfferInput): Promise<Engagement> {
    const { dataSource, audit, notifications, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      requireId(input.offerId, 'offerId');
      const offer = await manager.getRepository(Offer).findOne({ where: { id: input.offerId }, lock: { mode: 'pessimistic_write' } });
      if (!offer || !isOfferMunicipality(offerActor(viewer), offer)) throw new NotFoundError(NotFoundReason.OFFER_NOT_FOUND, 'Offer was not found');
      if (offer.status !== OfferStatus.CONFIRMED) throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'Only a confirmed offer can begin an engagement', { status: offer.status, action: 'CREATE_ENGAGEMENT' }, 'offerId');
      const existing: unknown[] = await manager.query(`SELECT 1 FROM engagement WHERE offer_id = $1`, [offer.id]);
      if (existing.length) throw new ConflictError(ConflictReason.ALREADY_EXISTS, 'This offer already began an engagement', {}, 'offerId');
      const [request]: { title: string; step: Step | null; support_types: string[] }[] = await manager.query(
        `SELECT title, step, support_types FROM support_request WHERE id = $1`,
        [offer.requestId],
      );
      let rmoIds = input.rmoIds ?? null;
      if (!rmoIds || rmoIds.length === 0) {
        const rows: { rmo_id: string }[] = await manager.query(`SELECT rmo_id FROM support_request_rmo WHERE request_id = $1 ORDER BY rmo_id`, [offer.requestId]);
        rmoIds = rows.map((r) => r.rmo_id);
      }
      await this.requireOwnRmos(manager, offer.municipalityCode, rmoIds);
      const title = input.title?.trim() || request.title.slice(0, ENGAGEMENT_LIMITS.titleMaxLength);
      const now = clock.now();
      const engagement = await this.insert(manager, viewer, {
        prefectureCode: offer.prefectureCode,
        municipalityCode: offer.municipalityCode,
        origin: EngagementOrigin.OFFER,
        offerId: offer.id,
        requestId: offer.requestId,
        title,
        supportTypes: request.support_types as Engagement['supportTypes'],
        supporterId: offer.supporterId,
        supporterOrganizationId: offer.supporterOrganizationId,
        status: EngagementStatus.PLANNED,
        currentStep: request.step ?? Step.REFLECTION,
        holdsPlace: true,
        startedAt: null,
        lastActivityAt: now,
      }, rmoIds);
      await audit.record(manager, viewer, { action: 'createEngagementFromOffer', entityType: ENTITY_TYPE, entityId: engagement.id, after: { offerId: offer.id, title, rmoIds } });
      await tellParties(notifications, manager, engagement, NotificationKind.ENGAGEMENT_STARTED, [SUPPORTER, RMO, PREFECTURE], viewer);
      return engagement;
    });
  }

  /**
   * The municipality records a past or ongoing engagement begun outside Tsunagu (ACTIVE at its step).
   * It takes a place of the supporter's capacity if one is free; otherwise it is recorded without one.
   */
  async record(viewer: Viewer, input: RecordEngagementInput): Promise<Engagement> {
    const { dataSource, audit, notifications, clock } = this.deps;
    if (!isCalendarDate(input.startedOn)) throw invalidInput('startedOn', InputReason.INVALID_VALUE);
    const now = clock.now();
    if (input.startedOn > japanDate(now)) throw invalidInput('startedOn', InputReason.OUT_OF_RANGE, { min: 1900, max: Number(japanDate(now).slice(0, 4)) });
    return dataSource.transaction(async (manager) => {
      const profile = await this.requireRegisteredProfile(manager, input.supporterId, 'supporterId');
      await this.requireOwnRmos(manager, viewer.municipalityCode!, input.rmoIds);
      const raised: unknown[] = await manager.query(
        `WITH raised AS (UPDATE supporter_profile SET current_load = current_load + 1 WHERE id = $1 AND current_load < capacity RETURNING id) SELECT id FROM raised`,
        [profile.id],
      );
      const engagement = await this.insert(manager, viewer, {
        prefectureCode: viewer.prefectureCode!,
        municipalityCode: viewer.municipalityCode!,
        origin: EngagementOrigin.RECORDED,
        offerId: null,
        requestId: null,
        title: input.title.trim(),
        supportTypes: input.supportTypes,
        supporterId: profile.id,
        supporterOrganizationId: profile.ownerOrganizationId!,
        status: EngagementStatus.ACTIVE,
        currentStep: input.step,
        holdsPlace: raised.length > 0,
        startedAt: now,
        lastActivityAt: now,
      }, input.rmoIds);
      await manager.query(`INSERT INTO engagement_step (engagement_id, step, started_on) VALUES ($1, $2, $3)`, [engagement.id, input.step, input.startedOn]);
      await audit.record(manager, viewer, {
        action: 'recordEngagement',
        entityType: ENTITY_TYPE,
        entityId: engagement.id,
        after: { supporterId: profile.id, rmoIds: input.rmoIds, title: engagement.title, step: input.step, startedOn: input.startedOn, holdsPlace: engagement.holdsPlace },
      });
      await tellParties(notifications, manager, engagement, NotificationKind.ENGAGEMENT_STARTED, [SUPPORTER, RMO, PREFECTURE], viewer);
      return engagement;
    });
  }

  /** The municipality or the lead supporter starts a planned engagement: its current step begins today. */
  async start(viewer: Viewer, id: string): Promise<Engagement> {
    return this.change(viewer, id, 'startEngagement', async (manager, engagement, subject, today) => {
      const next = assertTransition(ENGAGEMENT_LIFECYCLE, subject, engagementActor(viewer), EngagementAction.START);
      Object.assign(engagement, { status: next, startedAt: this.deps.clock.now() });
      await manager.query(`INSERT INTO engagement_step (engagement_id, step, started_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [engagement.id, engagement.currentStep, today]);
      await tellParties(this.deps.notifications, manager, engagement, NotificationKind.ENGAGEMENT_STEP_CHANGED, ALL_PARTIES, viewer, { step: engagement.currentStep });
    });
  }

  /** The municipality or the lead supporter moves an active engagement to its next step (today). */
  async advanceStep(viewer: Viewer, id: string): Promise<Engagement> {
    return this.change(viewer, id, 'advanceEngagementStep', async (manager, engagement, subject, today) => {
      this.requireManager(viewer, subject);
      if (engagement.status !== EngagementStatus.ACTIVE) {
        throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'Only an active engagement moves to its next step', { status: engagement.status, action: 'ADVANCE_STEP' });
      }
      const to = nextStep(engagement.currentStep);
      if (!to) throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'The engagement is at its last step', { status: engagement.currentStep, action: 'ADVANCE_STEP' });
      await this.moveStep(manager, engagement, to, today);
      await tellParties(this.deps.notifications, manager, engagement, NotificationKind.ENGAGEMENT_STEP_CHANGED, ALL_PARTIES, viewer, { step: to });
    });
  }

  /** The municipality or the lead supporter begins the wrap-up review: the engagement moves to step 5 if not there yet. */
  async beginReview(viewer: Viewer, id: string): Promise<Engagement> {
    return this.change(viewer, id, 'beginEngagementReview', async (manager, engagement, subject, today) => {
      const next = assertTransition(ENGAGEMENT_LIFECYCLE, subject, engagementActor(viewer), EngagementAction.BEGIN_REVIEW);
      if (engagement.currentStep !== Step.REVIEW) await this.moveStep(manager, engagement, Step.REVIEW, today);
      Object.assign(engagement, { status: next, reviewStartedAt: this.deps.clock.now() });
      await tellParties(this.deps.notifications, manager, engagement, NotificationKind.ENGAGEMENT_REVIEW_STARTED, [MUNICIPALITY, RMO, SUPPORTER], viewer);
    });
  }

  /** The municipality or the lead supporter ends the engagement before its review, with a reason; its place is freed. */
  async endEarly(viewer: Viewer, input: EndEngagementInput): Promise<Engagement> {
    const comment = input.comment?.trim() || null;
    if (input.reason === EngagementEndReason.OTHER && !comment) throw invalidInput('comment', InputReason.REQUIRED);
    return this.change(viewer, input.engagementId, 'endEngagementEarly', async (manager, engagement, subject, today) => {
      const next = assertTransition(ENGAGEMENT_LIFECYCLE, subject, engagementActor(viewer), EngagementAction.END_EARLY);
      Object.assign(engagement, { status: next, endReason: input.reason, endComment: comment, endedAt: this.deps.clock.now() });
      await this.close(manager, engagement, today);
      await tellParties(this.deps.notifications, manager, engagement, NotificationKind.ENGAGEMENT_ENDED, ALL_PARTIES, viewer, { outcome: next });
    }, 'engagementId');
  }

  /** A party ticks (or unticks) one of its checklist items; the municipality may tick its RMOs' items for them. */
  async setCheck(viewer: Viewer, engagementId: string, itemCode: string, done: boolean): Promise<Engagement> {
    const item = ENGAGEMENT_CHECKLIST.find((i) => i.code === itemCode);
    if (!item) throw invalidInput('itemCode', InputReason.INVALID_VALUE);
    return this.change(viewer, engagementId, 'setEngagementCheck', async (manager, engagement, _subject, _today, ties) => {
      this.requireOpen(engagement);
      if (!this.mayTick(viewer, engagement, ties, item.party)) throw new ForbiddenError(ForbiddenReason.NOT_YOUR_PART, "This is another party's item");
      if (done) {
        await manager.query(
          `INSERT INTO engagement_check (engagement_id, item_code, checked_by_user_id, checked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [engagement.id, itemCode, viewer.userId, this.deps.clock.now()],
        );
      } else {
        await manager.query(`DELETE FROM engagement_check WHERE engagement_id = $1 AND item_code = $2`, [engagement.id, itemCode]);
      }
    }, 'engagementId', { itemCode, done });
  }

  /** Whether the viewer ticks items of `party` on this engagement (its own party's; the municipality also the RMO's). */
  mayTick(viewer: Viewer, engagement: Engagement, ties: EngagementTies, party: EngagementParty): boolean {
    if (!OPEN_ENGAGEMENT_STATUSES.includes(engagement.status)) return false;
    const own = partyOf(viewer, engagement, ties);
    return own === party || (own === MUNICIPALITY && party === RMO);
  }

  /** Any party adds a dated entry to the activity log, at the engagement's current step. */
  async addActivity(viewer: Viewer, input: AddEngagementActivityInput): Promise<Engagement> {
    if (!isCalendarDate(input.heldOn)) throw invalidInput('heldOn', InputReason.INVALID_VALUE);
    const links = input.links.map((l) => l.trim()).filter(Boolean);
    for (const link of links) {
      if (!/^https?:\/\/[^\s]+$/i.test(link)) throw invalidInput('links', InputReason.NOT_URL);
      if (link.length > ENGAGEMENT_LIMITS.linkMaxLength) throw invalidInput('links', InputReason.TOO_LONG, { max: ENGAGEMENT_LIMITS.linkMaxLength });
    }
    return this.change(viewer, input.engagementId, 'addEngagementActivity', async (manager, engagement, _subject, _today, ties) => {
      this.requireOpen(engagement);
      const party = partyOf(viewer, engagement, ties)!;
      await manager.query(
        `INSERT INTO engagement_activity (engagement_id, kind, held_on, step, participants, notes, links, party, author_user_id, author_organization_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [engagement.id, input.kind, input.heldOn, engagement.currentStep, input.participants ?? null, input.notes.trim(), links, party, viewer.userId, viewer.organizationId, this.deps.clock.now()],
      );
    }, 'engagementId', { kind: input.kind, heldOn: input.heldOn, participants: input.participants ?? null, links: links.length });
  }

  /**
   * The lead supporter attaches an OJT trainee: a profile of its own organization takes part at
   * once; another organization's supporter is invited and takes part once it agrees.
   */
  async addTrainee(viewer: Viewer, engagementId: string, supporterId: string): Promise<Engagement> {
    return this.change(viewer, engagementId, 'addEngagementTrainee', async (manager, engagement, subject) => {
      this.requireOpen(engagement);
      if (viewer.organizationId !== subject.supporterOrganizationId) throw new ForbiddenError(ForbiddenReason.NOT_ENGAGEMENT_MANAGER, 'Only the lead supporter attaches trainees');
      const profile = await this.requireRegisteredProfile(manager, supporterId, 'supporterId');
      const taken: unknown[] = await manager.query(`SELECT 1 FROM engagement_trainee WHERE engagement_id = $1 AND supporter_id = $2`, [engagement.id, profile.id]);
      if (profile.id === engagement.supporterId || taken.length) throw invalidInput('supporterId', InputReason.DUPLICATE);
      const [{ n }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM engagement_trainee WHERE engagement_id = $1 AND status <> 'DECLINED'`, [engagement.id]);
      if (n >= ENGAGEMENT_LIMITS.traineesMax) throw invalidInput('supporterId', InputReason.TOO_MANY, { max: ENGAGEMENT_LIMITS.traineesMax });
      const own = profile.ownerOrganizationId === viewer.organizationId;
      const now = this.deps.clock.now();
      await manager.query(
        `INSERT INTO engagement_trainee (engagement_id, supporter_id, organization_id, status, invited_by_user_id, invited_at, responded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [engagement.id, profile.id, profile.ownerOrganizationId, own ? TraineeStatus.ACTIVE : TraineeStatus.INVITED, viewer.userId, now, own ? now : null],
      );
      if (!own) {
        await this.deps.notifications.notify(manager, {
          kind: NotificationKind.OJT_INVITED,
          organizationIds: [profile.ownerOrganizationId!],
          actorUserId: viewer.userId,
          link: `/engagements/${engagement.id}`,
          params: { engagementTitle: engagement.title, supporterName: (await manager.getRepository(SupporterProfile).findOneBy({ id: engagement.supporterId }))?.name ?? null },
          subject: { type: 'Engagement', id: engagement.id },
        });
      }
    }, 'engagementId', { traineeSupporterId: supporterId });
  }

  /** The invited supporter's organization agrees to take part as an OJT trainee, or declines. */
  async respondToTraineeInvitation(viewer: Viewer, engagementId: string, supporterId: string, accept: boolean): Promise<Engagement> {
    const { dataSource, audit, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      requireId(engagementId, 'engagementId');
      requireId(supporterId, 'supporterId');
      const engagement = await manager.getRepository(Engagement).findOne({ where: { id: engagementId }, lock: { mode: 'pessimistic_write' } });
      const rows: unknown[] = engagement
        ? await manager.query(`SELECT 1 FROM engagement_trainee WHERE engagement_id = $1 AND supporter_id = $2 AND organization_id = $3 AND status = 'INVITED' FOR UPDATE`, [
            engagementId,
            supporterId,
            viewer.organizationId,
          ])
        : [];
      if (!engagement || rows.length === 0) throw new NotFoundError(NotFoundReason.ENGAGEMENT_NOT_FOUND, 'No invitation of yours was found');
      this.requireOpen(engagement);
      const status = accept ? TraineeStatus.ACTIVE : TraineeStatus.DECLINED;
      const now = clock.now();
      await manager.query(`UPDATE engagement_trainee SET status = $3, responded_at = $4 WHERE engagement_id = $1 AND supporter_id = $2`, [engagementId, supporterId, status, now]);
      engagement.lastActivityAt = now;
      await manager.getRepository(Engagement).save(engagement);
      await audit.record(manager, viewer, { action: 'respondToTraineeInvitation', entityType: ENTITY_TYPE, entityId: engagementId, before: { status: TraineeStatus.INVITED }, after: { supporterId, status } });
      return engagement;
    });
  }

  /**
   * A party writes (or rewrites) its part of the review while the engagement is in review: the
   * municipality or the RMO the first part, rating every stated criterion; the lead supporter the
   * second. When both are in, the review completes the engagement (as the system): its place is
   * freed and track records are written for the lead (with whether the review was positive) and the
   * trainees taking part (OJT).
   */
  async writeReview(viewer: Viewer, input: WriteEngagementReviewInput): Promise<Engagement> {
    return this.change(viewer, input.engagementId, 'writeEngagementReview', async (manager, engagement, subject, today) => {
      const part = reviewPartOf(engagementActor(viewer), subject);
      if (!part) throw new ForbiddenError(ForbiddenReason.NOT_YOUR_PART, 'The prefecture writes no part of the review');
      if (engagement.status !== EngagementStatus.IN_REVIEW) throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'The review is written while the engagement is in review', { status: engagement.status, action: 'WRITE_REVIEW' });
      const ratings = input.ratings.map((r) => ({ criterion: r.criterion, score: r.score }));
      if (part === ReviewPart.MUNICIPALITY_RMO) {
        const criteria = ratings.map((r) => r.criterion);
        if (new Set(criteria).size !== criteria.length) throw invalidInput('ratings', InputReason.DUPLICATE);
        if (enumValues(ReviewCriterion).some((c) => !criteria.includes(c))) throw invalidInput('ratings', InputReason.REQUIRED);
      } else if (ratings.length > 0) {
        throw invalidInput('ratings', InputReason.INVALID_VALUE);
      }
      const now = this.deps.clock.now();
      await manager.query(
        `INSERT INTO engagement_review (engagement_id, part, changes, lessons, ratings, positive, author_user_id, author_organization_id, submitted_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)
         ON CONFLICT (engagement_id, part) DO UPDATE SET changes = EXCLUDED.changes, lessons = EXCLUDED.lessons, ratings = EXCLUDED.ratings,
           positive = EXCLUDED.positive, author_user_id = EXCLUDED.author_user_id, author_organization_id = EXCLUDED.author_organization_id, submitted_at = EXCLUDED.submitted_at`,
        [engagement.id, part, input.changes.trim(), input.lessons.trim(), JSON.stringify(ratings), isPositiveReview(ratings), viewer.userId, viewer.organizationId, now],
      );
      const parts: { part: ReviewPart }[] = await manager.query(`SELECT part FROM engagement_review WHERE engagement_id = $1`, [engagement.id]);
      const after = { ...subject, reviewParts: parts.map((p) => p.part) };
      if (!ENGAGEMENT_LIFECYCLE.check(after, ENGAGEMENT_SYSTEM_ACTOR, EngagementAction.COMPLETE).ok) return;
      const next = assertTransition(ENGAGEMENT_LIFECYCLE, after, ENGAGEMENT_SYSTEM_ACTOR, EngagementAction.COMPLETE);
      Object.assign(engagement, { status: next, endedAt: now });
      await this.close(manager, engagement, today);
      await this.writeTrackRecords(manager, engagement, now);
      await this.deps.audit.record(manager, null, { action: 'completeEngagement', entityType: ENTITY_TYPE, entityId: engagement.id, before: { status: EngagementStatus.IN_REVIEW }, after: { status: next } });
      await tellParties(this.deps.notifications, manager, engagement, NotificationKind.ENGAGEMENT_ENDED, ALL_PARTIES, viewer, { outcome: next });
    }, 'engagementId', { reviewWritten: true });
  }

  /** The lifecycle actions the viewer may take now (the client offers exactly these). */
  async allowedActions(viewer: Viewer | null, engagement: Engagement, ties: EngagementTies): Promise<EngagementAction[]> {
    if (!viewer) return [];
    return ENGAGEMENT_LIFECYCLE.allowedActions({ ...engagement, rmoOrganizationIds: ties.rmoOrganizationIds, reviewParts: [] }, engagementActor(viewer));
  }

  /** Reads an engagement the viewer may read, with its ties; NOT_FOUND for an unknown one or anyone else's. */
  async requireFor(manager: EntityManager, viewer: Viewer, id: string, lock: boolean, field = 'id'): Promise<{ engagement: Engagement; ties: EngagementTies }> {
    requireId(id, field);
    const engagement = await manager.getRepository(Engagement).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const ties = engagement ? await tiesOf(manager, engagement.id) : null;
    if (!engagement || !ties || !mayRead(viewer, engagement, ties)) throw new NotFoundError(NotFoundReason.ENGAGEMENT_NOT_FOUND, 'Engagement was not found');
    return { engagement, ties };
  }

  /** The cut-off instant: open engagements last updated at or before it are flagged. */
  private staleBefore(): Date {
    return new Date(this.deps.clock.now().getTime() - ENGAGEMENT_LIMITS.staleAfterDays * DAY_MS);
  }

  /**
   * One change by a party, in a transaction: lock and read the engagement (NOT_FOUND for non-readers;
   * a trainee reads but is no party, so it is refused as FORBIDDEN), run `apply`, mark it updated and
   * record the audit entry.
   */
  private async change(
    viewer: Viewer,
    id: string,
    action: string,
    apply: (manager: EntityManager, engagement: Engagement, subject: EngagementLifecycleSubject, today: string, ties: EngagementTies) => Promise<void>,
    field = 'id',
    details: Record<string, unknown> = {},
  ): Promise<Engagement> {
    const { dataSource, audit, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const { engagement, ties } = await this.requireFor(manager, viewer, id, true, field);
      if (!partyOf(viewer, engagement, ties)) throw new ForbiddenError(ForbiddenReason.NOT_YOUR_PART, 'An OJT trainee reads the engagement but does not change it');
      const parts: { part: ReviewPart }[] = await manager.query(`SELECT part FROM engagement_review WHERE engagement_id = $1`, [engagement.id]);
      const subject: EngagementLifecycleSubject = { ...engagement, rmoOrganizationIds: ties.rmoOrganizationIds, reviewParts: parts.map((p) => p.part) };
      const before = { status: engagement.status, currentStep: engagement.currentStep };
      const now = clock.now();
      await apply(manager, engagement, subject, japanDate(now), ties);
      engagement.lastActivityAt = now;
      await manager.getRepository(Engagement).save(engagement);
      await audit.record(manager, viewer, { action, entityType: ENTITY_TYPE, entityId: engagement.id, before, after: { status: engagement.status, currentStep: engagement.currentStep, ...details } });
      return engagement;
    });
  }

  private requireManager(viewer: Viewer, subject: EngagementLifecycleSubject): void {
    const actor = engagementActor(viewer);
    const manager = (actor.role === UserRole.MUNICIPALITY_STAFF && actor.municipalityCode === subject.municipalityCode) || actor.organizationId === subject.supporterOrganizationId;
    if (!manager) throw new ForbiddenError(ForbiddenReason.NOT_ENGAGEMENT_MANAGER, 'Only the municipality or the lead supporter runs the engagement');
  }

  private requireOpen(engagement: Engagement): void {
    if (!OPEN_ENGAGEMENT_STATUSES.includes(engagement.status)) throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'The engagement has ended', { status: engagement.status, action: 'CHANGE' });
  }

  /** Ends the current step today and begins `to` (again, if it was visited before). */
  private async moveStep(manager: EntityManager, engagement: Engagement, to: Step, today: string): Promise<void> {
    await manager.query(`UPDATE engagement_step SET ended_on = GREATEST(started_on, $3::date) WHERE engagement_id = $1 AND step = $2 AND ended_on IS NULL`, [
      engagement.id,
      engagement.currentStep,
      today,
    ]);
    await manager.query(
      `INSERT INTO engagement_step (engagement_id, step, started_on) VALUES ($1, $2, $3) ON CONFLICT (engagement_id, step) DO UPDATE SET ended_on = NULL`,
      [engagement.id, to, today],
    );
    engagement.currentStep = to;
  }

  /** An engagement that ends: its current step ends today and the supporter's place is freed. */
  private async close(manager: EntityManager, engagement: Engagement, today: string): Promise<void> {
    await manager.query(`UPDATE engagement_step SET ended_on = GREATEST(started_on, $2::date) WHERE engagement_id = $1 AND ended_on IS NULL`, [engagement.id, today]);
    if (engagement.holdsPlace) {
      await manager.query(`UPDATE supporter_profile SET current_load = GREATEST(current_load - 1, 0) WHERE id = $1`, [engagement.supporterId]);
    }
  }

  /** The track records a completed engagement writes: the lead's (positive or not) and each trainee's OJT. */
  private async writeTrackRecords(manager: EntityManager, engagement: Engagement, now: Date): Promise<void> {
    const year = Number(japanDate(now).slice(0, 4));
    const [review]: { positive: boolean }[] = await manager.query(`SELECT positive FROM engagement_review WHERE engagement_id = $1 AND part = $2`, [
      engagement.id,
      ReviewPart.MUNICIPALITY_RMO,
    ]);
    const [{ name }]: { name: string }[] = await manager.query(`SELECT name FROM municipality WHERE code = $1`, [engagement.municipalityCode]);
    await manager.query(
      `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary, engagement_id, positive)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [engagement.supporterId, TrackRecordKind.ENGAGEMENT, engagement.prefectureCode, engagement.municipalityCode, year, `${name}「${engagement.title}」（つなぐで完了）`, engagement.id, review?.positive ?? false],
    );
    await manager.query(
      `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary, engagement_id, positive)
       SELECT t.supporter_id, $2, $3, $4, $5, $6, $1, false FROM engagement_trainee t WHERE t.engagement_id = $1 AND t.status = 'ACTIVE'`,
      [engagement.id, TrackRecordKind.OJT, engagement.prefectureCode, engagement.municipalityCode, year, `${name}「${engagement.title}」にOJTで参加`],
    );
  }

  private async insert(
    manager: EntityManager,
    viewer: Viewer,
    fields: Omit<Engagement, 'id' | 'createdAt' | 'updatedAt' | 'createdByUserId' | 'endReason' | 'endComment' | 'reviewStartedAt' | 'endedAt'>,
    rmoIds: readonly string[],
  ): Promise<Engagement> {
    const repository = manager.getRepository(Engagement);
    const engagement = await repository.save(
      repository.create({ ...fields, createdByUserId: viewer.userId, endReason: null, endComment: null, reviewStartedAt: null, endedAt: null }),
    );
    await manager.query(`INSERT INTO engagement_rmo (engagement_id, rmo_id) SELECT $1, unnest($2::uuid[])`, [engagement.id, rmoIds]);
    return engagement;
  }

  /** One or more RMO records of the municipality (unknown ones and other municipalities' are refused alike). */
  private async requireOwnRmos(manager: EntityManager, municipalityCode: string, rmoIds: readonly string[]): Promise<void> {
    if (rmoIds.length === 0) throw invalidInput('rmoIds', InputReason.REQUIRED);
    for (const id of rmoIds) requireId(id, 'rmoIds');
    const found: { id: string }[] = await manager.query(`SELECT id FROM rmo WHERE id = ANY($1::uuid[]) AND municipality_code = $2`, [rmoIds, municipalityCode]);
    const known = new Set(found.map((r) => r.id));
    const unknown = rmoIds.find((id) => !known.has(id));
    if (unknown) throw invalidInput('rmoIds', InputReason.UNKNOWN_RMO, { id: unknown });
  }

  /** A listed profile with an account (it must be able to take part). */
  private async requireRegisteredProfile(manager: EntityManager, supporterId: string, field: string): Promise<SupporterProfile> {
    requireId(supporterId, field);
    const profile = await manager.getRepository(SupporterProfile).findOneBy({ id: supporterId });
    if (!profile || profile.verificationStatus === VerificationStatus.REJECTED) throw new NotFoundError(NotFoundReason.SUPPORTER_PROFILE_NOT_FOUND, 'Supporter profile was not found');
    if (profile.archivedAt) throw new ConflictError(ConflictReason.ARCHIVED, 'This profile is archived', {}, field);
    if (!profile.ownerOrganizationId) throw new ConflictError(ConflictReason.SUPPORTER_NOT_REGISTERED, 'This supporter has no account on the platform', {}, field);
    return profile;
  }
}

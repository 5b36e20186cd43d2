import type { DataSource, EntityManager } from 'typeorm';
import {
  ConflictReason,
  INTRODUCTION_LIFECYCLE,
  IntroductionAction,
  IntroductionStatus,
  NotFoundReason,
  NotificationKind,
  OfferKind,
  OfferStatus,
  SYSTEM_ACTOR,
  UserRole,
  type OfferActor,
} from '@tsunagu/shared';
import { DAY_MS, type Clock } from '../../common/clock';
import { ConflictError, NotFoundError } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { assertTransition } from '../../common/lifecycle';
import type { NotificationService } from '../notification/notification.service';
import type { AppConfig } from '../../config';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { SupportRequest } from '../support-request/support-request.entity';
import type { SupportRequestService } from '../support-request/support-request.service';
import { isIntroductionParty, offerActor, prefectureOrganizationIds } from './offer-access';
import { IntroductionRequest } from './introduction-request.entity';
import type { IntroductionFilter, RequestIntroductionInput } from './offer.inputs';
import type { IntroductionRequestConnection } from './offer.types';
import { assertRequestTakesOffers, requireRequestMunicipality } from './request-checks';

const ENTITY_TYPE = 'IntroductionRequest';

export interface IntroductionServiceDeps {
  dataSource: DataSource;
  supportRequests: SupportRequestService;
  audit: AuditService;
  notifications: Pick<NotificationService, 'notify'>;
  clock: Clock;
  config: AppConfig['offers'];
}

/** Where an introduction request's notifications link to: the request, whose page shows it and its ranking. */
export const introductionLink = (introduction: Pick<IntroductionRequest, 'requestId'>): string => `/requests/${introduction.requestId}`;

/**
 * Introduction requests (紹介依頼): a municipality asks its prefecture to introduce supporters for an
 * open request; the prefecture's queue shows them with their age, overdue ones first. Proposals are
 * offers (OfferService.propose). Only the request's municipality and prefecture see them.
 */
export class IntroductionService {
  constructor(private readonly deps: IntroductionServiceDeps) {}

  /** The municipality asks its prefecture for introductions on an open request (one open introduction request at a time). */
  async request(viewer: Viewer, input: RequestIntroductionInput): Promise<IntroductionRequest> {
    const { dataSource, supportRequests, audit, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const request = await supportRequests.requireRequest(manager, input.requestId, true, 'requestId');
      await supportRequests.requireVisible(manager, viewer, request);
      requireRequestMunicipality(viewer, request);
      assertRequestTakesOffers(request);
      const pending = await manager.getRepository(IntroductionRequest).existsBy({ requestId: request.id, status: IntroductionStatus.OPEN });
      if (pending) throw new ConflictError(ConflictReason.INTRODUCTION_PENDING, 'The prefecture is already working on an introduction request for this request');
      const introductions = manager.getRepository(IntroductionRequest);
      const introduction = await introductions.save(
        introductions.create({
          requestId: request.id,
          prefectureCode: request.prefectureCode,
          municipalityCode: request.municipalityCode,
          status: IntroductionStatus.OPEN,
          note: input.note.trim(),
          requestedByOrganizationId: viewer.organizationId,
          requestedByUserId: viewer.userId,
          requestedAt: clock.now(),
          closedAt: null,
        }),
      );
      await audit.record(manager, viewer, {
        action: 'requestIntroduction',
        entityType: ENTITY_TYPE,
        entityId: introduction.id,
        after: { requestId: request.id, note: introduction.note, status: introduction.status },
      });
      await this.tellPrefecture(manager, introduction, request, viewer);
      return introduction;
    });
  }

  /** The municipality takes its introduction request back; proposals already made stay as they are. */
  async cancel(viewer: Viewer, id: string): Promise<IntroductionRequest> {
    const { dataSource, audit, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const introduction = await this.requireFor(manager, viewer, id, true);
      const next = assertTransition(INTRODUCTION_LIFECYCLE, await this.subjectOf(manager, introduction), offerActor(viewer), IntroductionAction.CANCEL);
      introduction.status = next;
      introduction.closedAt = clock.now();
      await manager.getRepository(IntroductionRequest).save(introduction);
      await audit.record(manager, viewer, {
        action: 'cancelIntroduction',
        entityType: ENTITY_TYPE,
        entityId: introduction.id,
        before: { status: IntroductionStatus.OPEN },
        after: { status: next },
      });
      return introduction;
    });
  }

  /** Closes the request's open introduction request (an offer was confirmed, or the request ended). */
  async closeForRequest(manager: EntityManager, requestId: string): Promise<void> {
    const introduction = await manager
      .getRepository(IntroductionRequest)
      .findOne({ where: { requestId, status: IntroductionStatus.OPEN }, lock: { mode: 'pessimistic_write' } });
    if (!introduction) return;
    introduction.status = assertTransition(INTRODUCTION_LIFECYCLE, await this.subjectOf(manager, introduction), SYSTEM_ACTOR, IntroductionAction.CLOSE);
    introduction.closedAt = this.deps.clock.now();
    await manager.getRepository(IntroductionRequest).save(introduction);
  }

  /**
   * The introduction requests the viewer may see: a prefecture's queue (its prefecture) or a
   * municipality's own. Overdue ones first, then the oldest: the order a broker works in.
   */
  async list(
    viewer: Viewer,
    filter: IntroductionFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<IntroductionRequestConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [this.deps.clock.now(), this.deps.config.introductionTargetDays];
    const where: string[] = [];
    if (viewer.role === UserRole.PREFECTURE_STAFF) {
      params.push(viewer.prefectureCode);
      where.push(`i.prefecture_code = $${params.length}`);
    } else if (viewer.role === UserRole.MUNICIPALITY_STAFF) {
      params.push(viewer.municipalityCode);
      where.push(`i.municipality_code = $${params.length}`);
    } else {
      where.push('FALSE');
    }
    if (filter?.statuses?.length) {
      params.push(filter.statuses);
      where.push(`i.status = ANY($${params.length}::text[])`);
    }
    if (filter?.requestId) {
      params.push(filter.requestId);
      where.push(`i.request_id = $${params.length}`);
    }
    const query = `SELECT * FROM (SELECT i.id, CAST(i.requested_at AS text) AS requested_key, ${OVERDUE_SQL} AS overdue
                     FROM introduction_request i WHERE ${where.join(' AND ')}) q`;
    let cursorWhere = '';
    if (after) {
      const [overdue, requestedAt, id] = decodeCursor(after, ['i', 't', 'u']);
      params.push(overdue === 1, requestedAt, id);
      const n = params.length;
      // Overdue (true) sorts first; within each group the oldest first.
      cursorWhere = ` WHERE (q.overdue < $${n - 2} OR (q.overdue = $${n - 2} AND (CAST(q.requested_key AS timestamptz), q.id) > ($${n - 1}::timestamptz, $${n}::uuid)))`;
    }
    params.push(limit + 1);
    const rows: { id: string; requested_key: string; overdue: boolean }[] = await this.deps.dataSource.query(
      `${query}${cursorWhere} ORDER BY q.overdue DESC, CAST(q.requested_key AS timestamptz) ASC, q.id ASC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const entities = page.length ? await this.deps.dataSource.getRepository(IntroductionRequest).findBy(page.map((r) => ({ id: r.id }))) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const edges = page.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ node, cursor: encodeCursor([row.overdue ? 1 : 0, row.requested_key, row.id]) }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One introduction request of the viewer's municipality or prefecture; NOT_FOUND otherwise, exactly as for an unknown id. */
  async findById(viewer: Viewer, id: string): Promise<IntroductionRequest> {
    return this.requireFor(this.deps.dataSource.manager, viewer, id, false);
  }


  /** Whether an open introduction request waits on its prefecture for longer than it should: see README. */
  async isOverdue(introduction: IntroductionRequest): Promise<boolean> {
    const [row]: { overdue: boolean }[] = await this.deps.dataSource.query(
      `SELECT ${OVERDUE_SQL} AS overdue FROM introduction_request i WHERE i.id = $3`,
      [this.deps.clock.now(), this.deps.config.introductionTargetDays, introduction.id],
    );
    return row?.overdue ?? false;
  }

  /** Whole days since the municipality asked, by the server's clock. */
  ageDays(introduction: IntroductionRequest): number {
    return Math.max(0, Math.floor((this.deps.clock.now().getTime() - introduction.requestedAt.getTime()) / DAY_MS));
  }

  /** What the lifecycle reads: the state, the place and the proposals made so far. */
  async subjectOf(manager: EntityManager, introduction: IntroductionRequest) {
    const [{ proposals }]: { proposals: number }[] = await manager.query(
      `SELECT count(*)::int AS proposals FROM offer WHERE introduction_id = $1 AND kind = '${OfferKind.PROPOSAL}'`,
      [introduction.id],
    );
    return { status: introduction.status, prefectureCode: introduction.prefectureCode, municipalityCode: introduction.municipalityCode, proposals };
  }

  /** The lifecycle actions the viewer may take now. */
  async allowedActions(viewer: Viewer | null, introduction: IntroductionRequest): Promise<IntroductionAction[]> {
    if (!viewer) return [];
    const actor: OfferActor = offerActor(viewer);
    return INTRODUCTION_LIFECYCLE.allowedActions(await this.subjectOf(this.deps.dataSource.manager, introduction), actor);
  }

  /** Reads (and with `lock`, locks) an introduction request the viewer is a party to; NOT_FOUND otherwise. */
  async requireFor(manager: EntityManager, viewer: Viewer, id: string, lock: boolean, field = 'id'): Promise<IntroductionRequest> {
    requireId(id, field);
    const introduction = await manager
      .getRepository(IntroductionRequest)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    // Another prefecture or municipality cannot tell "not yours" from "no such thing".
    if (!introduction || !isIntroductionParty(viewer, introduction)) {
      throw new NotFoundError(NotFoundReason.INTRODUCTION_NOT_FOUND, 'Introduction request was not found');
    }
    return introduction;
  }

  private async tellPrefecture(manager: EntityManager, introduction: IntroductionRequest, request: SupportRequest, viewer: Viewer): Promise<void> {
    const organizationIds = await prefectureOrganizationIds(manager, introduction.prefectureCode);
    if (organizationIds.length === 0) return;
    const [{ municipality_name }]: { municipality_name: string }[] = await manager.query(`SELECT name AS municipality_name FROM municipality WHERE code = $1`, [
      introduction.municipalityCode,
    ]);
    await this.deps.notifications.notify(manager, {
      kind: NotificationKind.INTRODUCTION_REQUESTED,
      organizationIds,
      actorUserId: viewer.userId,
      link: introductionLink(introduction),
      params: { requestTitle: request.title, municipalityName: municipality_name, introductionId: introduction.id },
      subject: { type: ENTITY_TYPE, id: introduction.id },
    });
  }
}

/**
 * An open introduction request is overdue when nothing is waiting on a supporter (no live proposal)
 * and either a proposal of it expired unanswered, or the municipality has waited longer than the
 * target (INTRODUCTION_TARGET_DAYS). $1 is now, $2 the target days; `i` the introduction request.
 */
const OVERDUE_SQL = `(i.status = '${IntroductionStatus.OPEN}'
  AND NOT EXISTS (SELECT 1 FROM offer lo WHERE lo.introduction_id = i.id AND lo.status IN ('${OfferStatus.OFFERED}', '${OfferStatus.ACCEPTED}'))
  AND (EXISTS (SELECT 1 FROM offer eo WHERE eo.introduction_id = i.id AND eo.status = '${OfferStatus.EXPIRED}')
       OR i.requested_at <= $1::timestamptz - make_interval(days => $2::int)))`;

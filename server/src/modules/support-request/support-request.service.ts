import type { DataSource, EntityManager } from 'typeorm';
import {
  ForbiddenReason,
  InputReason,
  NotFoundReason,
  NotificationKind,
  OrganizationKind,
  SUPPORT_REQUEST_LIFECYCLE,
  SupportRequestAction,
  SupportRequestStatus,
  UserRole,
} from '@tsunagu/shared';
import { ForbiddenError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { assertTransition } from '../../common/lifecycle';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import { Organization } from '../account/organization.entity';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { NotificationService } from '../notification/notification.service';
import type { ReferenceService } from '../reference/reference.service';
import { Rmo } from '../rmo/rmo.entity';
import { canSeeRequest, whereVisible } from './support-request-access';
import { SupportRequest } from './support-request.entity';
import type { SupportRequestFilter, SupportRequestInput } from './support-request.inputs';
import { SupportRequestRmo } from './support-request-rmo.entity';
import type { SupportRequestConnection } from './support-request.types';

const ENTITY_TYPE = 'SupportRequest';

function requestSnapshot(request: SupportRequest, rmoIds: readonly string[]): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...fields } = request;
  return { ...fields, rmoIds };
}

/**
 * Support requests: drafting, the lifecycle (shared/src/request-lifecycle.ts) and visibility.
 * Every write commits with its audit entry. What intermediaries see and their interest live in
 * modules/published-request.
 */
export class SupportRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** Requests the viewer may read, most recently changed first. */
  async list(
    viewer: Viewer,
    filter: SupportRequestFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<SupportRequestConnection> {
    const limit = pageSize(first);
    const query = this.dataSource.getRepository(SupportRequest).createQueryBuilder('sr');
    whereVisible(query, viewer);
    if (filter?.statuses?.length) query.andWhere('sr.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter?.municipalityCode) query.andWhere('sr.municipality_code = :municipality', { municipality: filter.municipalityCode });
    if (after) {
      const [updatedAt, id] = decodeCursor(after, ['t', 'u']);
      query.andWhere('(sr.updated_at, sr.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))', { cursorAt: updatedAt, cursorId: id });
    }
    // The exact text of updated_at keeps microseconds, which a JS Date would lose.
    const { entities, raw } = await query
      .addSelect('CAST(sr.updated_at AS text)', 'updated_key')
      .orderBy('sr.updated_at', 'DESC')
      .addOrderBy('sr.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ updated_key: string }>();
    const page = entities.slice(0, limit);
    const edges = page.map((node, i) => ({ node, cursor: encodeCursor([raw[i].updated_key, node.id]) }));
    return { edges, pageInfo: { hasNextPage: entities.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One request the viewer may read (FORBIDDEN otherwise, NOT_FOUND if there is none). */
  async findById(viewer: Viewer, id: string): Promise<SupportRequest> {
    const request = await this.requireRequest(this.dataSource.manager, id, false);
    await this.requireVisible(this.dataSource.manager, viewer, request);
    return request;
  }

  /** Creates a draft for the viewer's own municipality (RMO staff: concerning their own RMO). */
  async create(viewer: Viewer, input: SupportRequestInput): Promise<SupportRequest> {
    const municipality = await this.reference.requireMunicipality(input.municipalityCode, 'municipalityCode');
    if (viewer.municipalityCode !== municipality.code) {
      throw new ForbiddenError(ForbiddenReason.NOT_OWN_MUNICIPALITY, 'You may write support requests only for your own municipality');
    }
    return this.dataSource.transaction(async (manager) => {
      const rmoIds = await this.checkRmos(manager, viewer, municipality.code, input.rmoIds ?? []);
      this.checkBudget(input);
      const requests = manager.getRepository(SupportRequest);
      const request = await requests.save(
        requests.create({
          ...this.editableFields(input),
          status: SupportRequestStatus.DRAFT,
          prefectureCode: municipality.prefectureCode,
          municipalityCode: municipality.code,
          authorOrganizationId: viewer.organizationId,
          createdByUserId: viewer.userId,
        }),
      );
      await this.replaceRmos(manager, request.id, rmoIds);
      await this.audit.record(manager, viewer, {
        action: 'createSupportRequest',
        entityType: ENTITY_TYPE,
        entityId: request.id,
        after: requestSnapshot(request, rmoIds),
      });
      return request;
    });
  }

  /** Replaces every field. After submission the form must stay complete; the municipality cannot change. */
  async update(viewer: Viewer, id: string, input: SupportRequestInput): Promise<SupportRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequestFor(manager, viewer, id);
      // The lifecycle checks who and when, and that a submitted request stays complete as edited.
      assertTransition(SUPPORT_REQUEST_LIFECYCLE, { ...request, ...this.editableFields(input) }, viewer, SupportRequestAction.UPDATE);
      if (input.municipalityCode !== request.municipalityCode) throw invalidInput('municipalityCode', InputReason.UNCHANGEABLE);
      const rmoIds = await this.checkRmos(manager, viewer, request.municipalityCode, input.rmoIds ?? [], request.authorOrganizationId);
      this.checkBudget(input);
      const before = requestSnapshot(request, await this.rmoIdsOf(manager, id));
      Object.assign(request, this.editableFields(input));
      await manager.getRepository(SupportRequest).save(request);
      await this.replaceRmos(manager, id, rmoIds);
      await this.audit.record(manager, viewer, {
        action: 'updateSupportRequest',
        entityType: ENTITY_TYPE,
        entityId: id,
        before,
        after: requestSnapshot(request, rmoIds),
      });
      return request;
    });
  }

  /**
   * Submits a complete draft whose RMO agreement is confirmed. A municipality's request opens at
   * once; an RMO's waits for its municipality's endorsement.
   */
  async submit(viewer: Viewer, id: string): Promise<SupportRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequestFor(manager, viewer, id);
      const next = assertTransition(SUPPORT_REQUEST_LIFECYCLE, request, viewer, SupportRequestAction.SUBMIT);
      const now = new Date();
      const submitted = await this.transition(manager, viewer, request, 'submitSupportRequest', {
        status: next,
        submittedAt: now,
        openedAt: next === SupportRequestStatus.OPEN ? now : null,
      });
      if (next === SupportRequestStatus.AWAITING_ENDORSEMENT) {
        await this.notifications.notify(manager, {
          kind: NotificationKind.REQUEST_AWAITING_ENDORSEMENT,
          municipalityStaffOf: [request.municipalityCode],
          actorUserId: viewer.userId,
          link: `/requests/${request.id}`,
          params: { rmoName: viewer.organizationName, requestTitle: request.title },
          subject: { type: ENTITY_TYPE, id: request.id },
        });
      }
      return submitted;
    });
  }

  /** The municipality endorses an RMO's submitted request, which opens it. */
  async endorse(viewer: Viewer, id: string): Promise<SupportRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequestFor(manager, viewer, id);
      const next = assertTransition(SUPPORT_REQUEST_LIFECYCLE, request, viewer, SupportRequestAction.ENDORSE);
      const now = new Date();
      const endorsed = await this.transition(manager, viewer, request, 'endorseSupportRequest', {
        status: next,
        endorsedAt: now,
        endorsedByUserId: viewer.userId,
        openedAt: now,
      });
      await this.notifications.notify(manager, {
        kind: NotificationKind.REQUEST_ENDORSED,
        organizationIds: [request.authorOrganizationId],
        actorUserId: viewer.userId,
        link: `/requests/${request.id}`,
        params: { municipalityName: viewer.organizationName, requestTitle: request.title },
        subject: { type: ENTITY_TYPE, id: request.id },
      });
      return endorsed;
    });
  }

  /** Closes an open request (support found, or no longer needed). */
  async close(viewer: Viewer, id: string): Promise<SupportRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequestFor(manager, viewer, id);
      const next = assertTransition(SUPPORT_REQUEST_LIFECYCLE, request, viewer, SupportRequestAction.CLOSE);
      return this.transition(manager, viewer, request, 'closeSupportRequest', { status: next, closedAt: new Date() });
    });
  }

  /** Withdraws a request that is not yet closed. */
  async withdraw(viewer: Viewer, id: string): Promise<SupportRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockRequestFor(manager, viewer, id);
      const next = assertTransition(SUPPORT_REQUEST_LIFECYCLE, request, viewer, SupportRequestAction.WITHDRAW);
      return this.transition(manager, viewer, request, 'withdrawSupportRequest', {
        status: next,
        withdrawnAt: new Date(),
      });
    });
  }

  /** The lifecycle actions the viewer may take on a request now (the client offers exactly these). */
  allowedActions(viewer: Viewer | null, request: SupportRequest): SupportRequestAction[] {
    return viewer ? SUPPORT_REQUEST_LIFECYCLE.allowedActions(request, viewer) : [];
  }

  /** NOT_FOUND unless the viewer may read the request in full: the same answer as for an id that does not exist. */
  async requireVisible(manager: EntityManager, viewer: Viewer, request: SupportRequest): Promise<void> {
    const concernsViewerRmo = viewer.role === UserRole.RMO_STAFF && (await this.concernsRmoOf(manager, request.id, viewer.organizationId));
    if (!canSeeRequest(viewer, request, concernsViewerRmo)) throw new NotFoundError(NotFoundReason.SUPPORT_REQUEST_NOT_FOUND, 'Support request was not found');
  }

  /** Reads a request; BAD_USER_INPUT for a malformed id, NOT_FOUND for an unknown one. */
  async requireRequest(manager: EntityManager, id: string, lock: boolean, field = 'id'): Promise<SupportRequest> {
    requireId(id, field);
    const request = await manager
      .getRepository(SupportRequest)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!request) throw new NotFoundError(NotFoundReason.SUPPORT_REQUEST_NOT_FOUND, 'Support request was not found');
    return request;
  }

  private async concernsRmoOf(manager: EntityManager, requestId: string, organizationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM support_request_rmo srr JOIN rmo r ON r.id = srr.rmo_id WHERE srr.request_id = $1 AND r.organization_id = $2 LIMIT 1`,
      [requestId, organizationId],
    );
    return rows.length > 0;
  }

  /** Locks a request the viewer may read (else FORBIDDEN). */
  private async lockRequestFor(manager: EntityManager, viewer: Viewer, id: string): Promise<SupportRequest> {
    const request = await this.requireRequest(manager, id, true);
    await this.requireVisible(manager, viewer, request);
    return request;
  }

  private async transition(
    manager: EntityManager,
    viewer: Viewer,
    request: SupportRequest,
    action: string,
    changes: Partial<SupportRequest>,
  ): Promise<SupportRequest> {
    const before = { status: request.status };
    Object.assign(request, changes);
    await manager.getRepository(SupportRequest).save(request);
    await this.audit.record(manager, viewer, { action, entityType: ENTITY_TYPE, entityId: request.id, before, after: changes });
    return request;
  }

  private checkBudget(input: SupportRequestInput): void {
    if (input.budgetMinYen != null && input.budgetMaxYen != null && input.budgetMinYen > input.budgetMaxYen) {
      throw invalidInput('budgetMaxYen', InputReason.BUDGET_MAX_BELOW_MIN);
    }
  }

  /**
   * The RMOs must exist and belong to the municipality. A request by RMO staff must concern
   * their own RMO (the record linked to their organization).
   */
  private async checkRmos(
    manager: EntityManager,
    viewer: Viewer,
    municipalityCode: string,
    rmoIds: readonly string[],
    authorOrganizationId = viewer.organizationId,
  ): Promise<string[]> {
    const rmos = rmoIds.length ? await manager.getRepository(Rmo).find({ where: rmoIds.map((id) => ({ id })) }) : [];
    for (const id of rmoIds) {
      const rmo = rmos.find((r) => r.id === id);
      // Another municipality's RMO is answered as one that does not exist: neither its name nor its existence is told.
      if (!rmo || rmo.municipalityCode !== municipalityCode) throw invalidInput('rmoIds', InputReason.UNKNOWN_RMO, { id });
    }
    const author = await manager.getRepository(Organization).findOne({ select: { kind: true }, where: { id: authorOrganizationId } });
    if (author?.kind === OrganizationKind.RMO) {
      const own = await manager.getRepository(Rmo).findOne({ select: { id: true }, where: { organizationId: authorOrganizationId } });
      if (!own) throw new ForbiddenError(ForbiddenReason.RMO_RECORD_REQUIRED, 'Record your RMO (地域運営組織の情報) before writing a support request');
      if (!rmoIds.includes(own.id)) throw invalidInput('rmoIds', InputReason.OWN_RMO_REQUIRED);
    }
    return [...rmoIds];
  }

  private async rmoIdsOf(manager: EntityManager, requestId: string): Promise<string[]> {
    const rows = await manager.getRepository(SupportRequestRmo).find({ where: { requestId }, order: { rmoId: 'ASC' } });
    return rows.map((r) => r.rmoId);
  }

  private async replaceRmos(manager: EntityManager, requestId: string, rmoIds: readonly string[]): Promise<void> {
    const links = manager.getRepository(SupportRequestRmo);
    await links.delete({ requestId });
    if (rmoIds.length) await links.insert(rmoIds.map((rmoId) => ({ requestId, rmoId })));
  }

  /** The stored form of the input: text trimmed, absent optional values as null. */
  private editableFields(input: SupportRequestInput) {
    return {
      title: input.title.trim(),
      background: input.background?.trim() ?? '',
      supportTypes: input.supportTypes ?? [],
      step: input.step ?? null,
      phase: input.phase ?? null,
      desiredStart: input.desiredStart ?? null,
      durationMonths: input.durationMonths ?? null,
      format: input.format ?? null,
      fundingRoute: input.fundingRoute ?? null,
      budgetMinYen: input.budgetMinYen ?? null,
      budgetMaxYen: input.budgetMaxYen ?? null,
      rmoAgreementConfirmed: input.rmoAgreementConfirmed,
      published: input.published,
    } satisfies Partial<SupportRequest>;
  }
}

import type { DataSource } from 'typeorm';
import {
  ConflictReason,
  ForbiddenReason,
  InputReason,
  NotFoundReason,
  NotificationKind,
  SupportRequestStatus,
  UserRole,
  type FundingRoute,
  type RequestFormat,
  type Step,
  type SupportPhase,
  type SupportType,
} from '@tsunagu/shared';
import { ConflictError, ForbiddenError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { NotificationService } from '../notification/notification.service';
import type { SupportRequestService } from '../support-request/support-request.service';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import type { PublishedSupportRequestFilter } from './published-request.inputs';
import type { PublishedSupportRequest, PublishedSupportRequestConnection } from './published-request.types';
import { SupportRequestInterest } from './support-request-interest.entity';

/** Row of the published-requests query. */
interface PublishedRow {
  id: string;
  prefecture_code: string;
  municipality_code: string;
  support_types: SupportType[];
  step: Step;
  phase: SupportPhase | null;
  desired_start: string;
  duration_months: number;
  format: RequestFormat;
  funding_route: FundingRoute;
  opened_at: Date;
  opened_key: string;
  interested: string[];
}

/** The anonymous view of requests `sr`, with the interest of the organization $1. */
const PUBLISHED_SELECT = `
  SELECT sr.id, sr.prefecture_code, sr.municipality_code, sr.support_types, sr.step, sr.phase, sr.desired_start,
         sr.duration_months, sr.format, sr.funding_route, sr.opened_at, CAST(sr.opened_at AS text) AS opened_key,
         ARRAY(SELECT i.supporter_id::text FROM support_request_interest i
                WHERE i.request_id = sr.id AND i.organization_id = $1 ORDER BY i.supporter_id) AS interested
    FROM support_request sr`;

function publishedFromRow(row: PublishedRow): PublishedSupportRequest {
  return {
    id: row.id,
    prefectureCode: row.prefecture_code,
    municipalityCode: row.municipality_code,
    supportTypes: row.support_types,
    step: row.step,
    phase: row.phase,
    desiredStart: row.desired_start,
    durationMonths: row.duration_months,
    format: row.format,
    fundingRoute: row.funding_route,
    openedAt: row.opened_at,
    interestedSupporterIds: row.interested,
  };
}

/**
 * What intermediaries see of support requests: the open, published ones, anonymously, and their
 * interest in them for one of their profiles (which matching counts). Writes commit with their audit entry.
 */
export class PublishedRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly supportRequests: SupportRequestService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** Open, published requests for intermediaries (operators see all of them), newest first, without RMO details. */
  async list(
    viewer: Viewer,
    filter: PublishedSupportRequestFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PublishedSupportRequestConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [viewer.organizationId];
    const where = [`sr.published`, `sr.status = 'OPEN'`];
    if (filter?.prefectureCode) {
      params.push(filter.prefectureCode);
      where.push(`sr.prefecture_code = $${params.length}`);
    }
    if (filter?.supportTypes?.length) {
      params.push(filter.supportTypes);
      where.push(`sr.support_types && $${params.length}::text[]`);
    }
    if ((filter?.matchingMyProfiles ?? true) && viewer.role === UserRole.INTERMEDIARY_STAFF) {
      // A live profile of the viewer's that offers a wanted type and works in the request's prefecture (or remotely).
      where.push(`EXISTS (
        SELECT 1 FROM supporter_profile p
         WHERE p.owner_organization_id = $1 AND p.archived_at IS NULL AND p.support_types && sr.support_types
           AND (p.remote_available OR EXISTS (
             SELECT 1 FROM supporter_service_area a WHERE a.supporter_id = p.id AND a.prefecture_code = sr.prefecture_code)))`);
    }
    if (after) {
      const [openedAt, id] = decodeCursor(after, ['t', 'u']);
      params.push(openedAt, id);
      where.push(`(sr.opened_at, sr.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: PublishedRow[] = await this.dataSource.query(
      `${PUBLISHED_SELECT} WHERE ${where.join(' AND ')} ORDER BY sr.opened_at DESC, sr.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ node: publishedFromRow(row), cursor: encodeCursor([row.opened_key, row.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Marks (or, with `interested` false, withdraws) one of the viewer's profiles' interest in an
   * open, published request. Marking twice is harmless; the profile must offer a wanted type.
   */
  async setInterest(viewer: Viewer, requestId: string, supporterId: string, interested: boolean): Promise<PublishedSupportRequest> {
    requireId(supporterId, 'supporterId');
    return this.dataSource.transaction(async (manager) => {
      const request = await this.supportRequests.requireRequest(manager, requestId, false, 'requestId');
      if (!request.published || request.status !== SupportRequestStatus.OPEN) {
        throw new ConflictError(ConflictReason.NOT_PUBLISHED, 'This request is not open for interest (it is not published, or no longer open)');
      }
      const profile = await manager.getRepository(SupporterProfile).findOne({ where: { id: supporterId }, lock: { mode: 'pessimistic_write' } });
      if (!profile) throw new NotFoundError(NotFoundReason.SUPPORTER_PROFILE_NOT_FOUND, 'Supporter profile was not found');
      if (profile.ownerOrganizationId !== viewer.organizationId) {
        throw new ForbiddenError(ForbiddenReason.NOT_PROFILE_OWNER, 'You may mark interest only for your own profiles');
      }
      if (profile.archivedAt) throw new ConflictError(ConflictReason.ARCHIVED, 'This profile is archived');
      const interests = manager.getRepository(SupportRequestInterest);
      const existing = await interests.existsBy({ requestId, supporterId });
      if (interested && !existing) {
        if (!profile.supportTypes.some((t) => request.supportTypes.includes(t))) {
          throw invalidInput('supporterId', InputReason.NO_WANTED_SUPPORT_TYPE);
        }
        await interests.insert({ requestId, supporterId, organizationId: viewer.organizationId, userId: viewer.userId });
        await this.notifications.notify(manager, {
          kind: NotificationKind.INTEREST_MARKED,
          municipalityStaffOf: [request.municipalityCode],
          actorUserId: viewer.userId,
          link: `/requests/${requestId}`,
          params: { supporterName: profile.name, requestTitle: request.title },
          subject: { type: 'SupportRequest', id: requestId },
        });
      } else if (!interested && existing) {
        await interests.delete({ requestId, supporterId });
      }
      if (interested !== existing) {
        await this.audit.record(manager, viewer, {
          action: interested ? 'markSupportRequestInterest' : 'withdrawSupportRequestInterest',
          entityType: 'SupportRequest',
          entityId: requestId,
          before: { supporterId, interested: existing },
          after: { supporterId, interested },
        });
      }
      const [row]: PublishedRow[] = await manager.query(`${PUBLISHED_SELECT} WHERE sr.id = $2`, [viewer.organizationId, requestId]);
      return publishedFromRow(row);
    });
  }
}

import type { DataSource, EntityManager } from 'typeorm';
import {
  CASE_LIFECYCLE,
  CaseAction,
  CaseStatus,
  ConflictReason,
  EngagementParty,
  EngagementStatus,
  ForbiddenReason,
  NotFoundReason,
  NotificationKind,
  STEPS_IN_ORDER,
  canEditCase,
  distinctBigrams,
  escapeLikePattern,
  isEngagementMunicipality,
  isEngagementSupporter,
  searchTerms,
  type CaseLifecycleSubject,
} from '@tsunagu/shared';
import type { Clock } from '../../common/clock';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { assertTransition } from '../../common/lifecycle';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import { engagementActor } from '../engagement/engagement-access';
import type { EngagementService } from '../engagement/engagement.service';
import type { NotificationService } from '../notification/notification.service';
import type { ReferenceService } from '../reference/reference.service';
import { caseSearchFields } from './case-search-text';
import { CaseStudy } from './case-study.entity';
import type { CaseSearchInput, CaseStudyInput, CreateCaseStudyInput } from './case-study.inputs';
import type { CaseStudyConnection } from './case-study.types';

const ENTITY_TYPE = 'CaseStudy';

export interface CaseStudyServiceDeps {
  dataSource: DataSource;
  engagements: EngagementService;
  reference: ReferenceService;
  audit: AuditService;
  notifications: Pick<NotificationService, 'notify'>;
  clock: Clock;
}

/**
 * The case library (事例): cases drafted from completed engagements, approved by the municipality,
 * published by the prefecture (CASE_LIFECYCLE), and searched by anyone. A case's searchable text is
 * folded (foldForSearch, as the supporter catalogue folds) and split into bigrams once, when written;
 * a search finds candidates by bigrams (GIN) and confirms every word on the folded text.
 */
export class CaseStudyService {
  constructor(private readonly deps: CaseStudyServiceDeps) {}

  /** Published cases matching the search, newest publication first. */
  async search(input: CaseSearchInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<CaseStudyConnection> {
    const limit = pageSize(first);
    const params: unknown[] = [];
    const where = [`c.status = 'PUBLISHED'`];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (input?.supportTypes?.length) add((n) => `c.support_types && $${n}::text[]`, input.supportTypes);
    if (input?.steps?.length) add((n) => `c.steps && $${n}::text[]`, input.steps);
    if (input?.prefectureCodes?.length) add((n) => `c.prefecture_code = ANY($${n}::text[])`, input.prefectureCodes);
    if (input?.regions?.length) add((n) => `c.region = ANY($${n}::text[])`, input.regions);
    if (input?.populationBands?.length) add((n) => `c.population_band = ANY($${n}::text[])`, input.populationBands);
    if (input?.areaUnits?.length) add((n) => `c.rmo_area_unit = ANY($${n}::text[])`, input.areaUnits);
    for (const term of searchTerms(input?.text ?? '')) {
      const bigrams = distinctBigrams(term);
      if (bigrams.length) add((n) => `c.search_bigrams @> $${n}::text[]`, bigrams);
      add((n) => `c.search_text LIKE '%' || $${n} || '%'`, escapeLikePattern(term));
    }
    const count: { n: number }[] = await this.deps.dataSource.query(`SELECT count(*)::int AS n FROM case_study c WHERE ${where.join(' AND ')}`, params);
    if (after) {
      const [at, id] = decodeCursor(after, ['t', 'u']);
      params.push(at, id);
      where.push(`(c.published_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: { id: string; key: string }[] = await this.deps.dataSource.query(
      `SELECT c.id, CAST(c.published_at AS text) AS key FROM case_study c WHERE ${where.join(' AND ')} ORDER BY c.published_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const found = page.length ? await this.deps.dataSource.getRepository(CaseStudy).findBy(page.map((r) => ({ id: r.id }))) : [];
    const byId = new Map(found.map((c) => [c.id, c]));
    const edges = page.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ node, cursor: encodeCursor([row.key, row.id]) }] : [];
    });
    return { edges, totalCount: count[0]?.n ?? 0, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** A published case for anyone; an unpublished one for its engagement's readers; NOT_FOUND otherwise. */
  async findById(viewer: Viewer | null, id: string): Promise<CaseStudy> {
    return this.requireReadable(this.deps.dataSource.manager, viewer, id, false);
  }

  /** The case of an engagement, for its readers (null when there is none). */
  async ofEngagement(engagementId: string): Promise<CaseStudy | null> {
    return this.deps.dataSource.getRepository(CaseStudy).findOneBy({ engagementId });
  }

  /** The municipality or the lead supporter drafts a case from a completed engagement. */
  async create(viewer: Viewer, input: CreateCaseStudyInput): Promise<CaseStudy> {
    const { dataSource, engagements, audit } = this.deps;
    return dataSource.transaction(async (manager) => {
      const { engagement } = await engagements.requireFor(manager, viewer, input.engagementId, true, 'engagementId');
      const actor = engagementActor(viewer);
      const party = isEngagementMunicipality(actor, engagement) ? EngagementParty.MUNICIPALITY : isEngagementSupporter(actor, engagement) ? EngagementParty.SUPPORTER : null;
      if (!party) throw new ForbiddenError(ForbiddenReason.NOT_ENGAGEMENT_MANAGER, 'The municipality or the lead supporter drafts the case');
      if (engagement.status !== EngagementStatus.COMPLETED) throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'Only a completed engagement becomes a case', { status: engagement.status, action: 'CREATE_CASE' }, 'engagementId');
      if (await manager.getRepository(CaseStudy).existsBy({ engagementId: engagement.id })) throw new ConflictError(ConflictReason.ALREADY_EXISTS, 'This engagement already has a case', {}, 'engagementId');
      const steps: { step: CaseStudy['steps'][number] }[] = await manager.query(`SELECT step FROM engagement_step WHERE engagement_id = $1 ORDER BY started_on, step`, [engagement.id]);
      const { prefecture } = await this.deps.reference.placeOf(engagement.prefectureCode, engagement.municipalityCode);
      const repository = manager.getRepository(CaseStudy);
      const created = repository.create({
        engagementId: engagement.id,
        status: CaseStatus.DRAFT,
        prefectureCode: engagement.prefectureCode,
        region: prefecture.region,
        municipalityCode: engagement.municipalityCode,
        supporterId: engagement.supporterId,
        supporterOrganizationId: engagement.supporterOrganizationId,
        supportTypes: engagement.supportTypes,
        steps: steps.length ? steps.map((s) => s.step).sort((a, b) => STEPS_IN_ORDER.indexOf(a) - STEPS_IN_ORDER.indexOf(b)) : [engagement.currentStep],
        fictional: false,
        draftedByUserId: viewer.userId,
        draftedByParty: party,
        approvedAt: null,
        approvedByUserId: null,
        publishedAt: null,
        publishedByUserId: null,
        ...this.fields(input),
      });
      Object.assign(created, await this.searchFields(manager, created));
      const saved = await repository.save(created);
      await audit.record(manager, viewer, { action: 'createCaseStudy', entityType: ENTITY_TYPE, entityId: saved.id, after: { engagementId: engagement.id, ...this.fields(input) } });
      return saved;
    });
  }

  /** Its municipality or supporter edits a draft. */
  async update(viewer: Viewer, id: string, input: CaseStudyInput): Promise<CaseStudy> {
    const { dataSource, audit } = this.deps;
    return dataSource.transaction(async (manager) => {
      const found = await this.requireReadable(manager, viewer, id, true);
      if (!isEngagementMunicipality(engagementActor(viewer), found) && !isEngagementSupporter(engagementActor(viewer), found)) {
        throw new ForbiddenError(ForbiddenReason.NOT_ENGAGEMENT_MANAGER, 'The municipality or the supporter edits the case');
      }
      if (!canEditCase(engagementActor(viewer), this.subject(found))) throw new ConflictError(ConflictReason.INVALID_TRANSITION, 'Return the case to draft to edit it', { status: found.status, action: 'EDIT' });
      const before = this.fields(found);
      Object.assign(found, this.fields(input));
      Object.assign(found, await this.searchFields(manager, found));
      await manager.getRepository(CaseStudy).save(found);
      await audit.record(manager, viewer, { action: 'updateCaseStudy', entityType: ENTITY_TYPE, entityId: found.id, before, after: this.fields(input) });
      return found;
    });
  }

  /** One lifecycle action: SUBMIT (supporter), APPROVE (municipality), PUBLISH / UNPUBLISH (prefecture), RETURN (municipality or prefecture). */
  async transition(viewer: Viewer, id: string, action: CaseAction): Promise<CaseStudy> {
    const { dataSource, audit, clock, notifications } = this.deps;
    return dataSource.transaction(async (manager) => {
      const found = await this.requireReadable(manager, viewer, id, true);
      const before = found.status;
      const next = assertTransition(CASE_LIFECYCLE, this.subject(found), engagementActor(viewer), action);
      const now = clock.now();
      found.status = next;
      if (action === CaseAction.APPROVE) Object.assign(found, { approvedAt: now, approvedByUserId: viewer.userId });
      if (action === CaseAction.PUBLISH) Object.assign(found, { publishedAt: now, publishedByUserId: viewer.userId });
      if (action === CaseAction.UNPUBLISH || next === CaseStatus.DRAFT) Object.assign(found, { publishedAt: null, publishedByUserId: null });
      if (next === CaseStatus.DRAFT) Object.assign(found, { approvedAt: null, approvedByUserId: null });
      await manager.getRepository(CaseStudy).save(found);
      await audit.record(manager, viewer, { action: `${action.toLowerCase()}CaseStudy`, entityType: ENTITY_TYPE, entityId: found.id, before: { status: before }, after: { status: next } });
      const { municipality, prefecture } = await this.deps.reference.placeOf(found.prefectureCode, found.municipalityCode);
      const [supporter]: { name: string }[] = await manager.query(`SELECT name FROM supporter_profile WHERE id = $1`, [found.supporterId]);
      const base = {
        actorUserId: viewer.userId,
        link: `/cases/${found.id}`,
        params: { caseTitle: found.title, municipalityName: municipality.name, prefectureName: prefecture.name, supporterName: supporter?.name ?? null },
        subject: { type: ENTITY_TYPE, id: found.id },
      };
      if (action === CaseAction.SUBMIT) await notifications.notify(manager, { ...base, kind: NotificationKind.CASE_AWAITING_APPROVAL, municipalityStaffOf: [found.municipalityCode] });
      if (action === CaseAction.APPROVE) await notifications.notify(manager, { ...base, kind: NotificationKind.CASE_AWAITING_PUBLICATION, prefectureStaffOf: [found.prefectureCode] });
      if (action === CaseAction.PUBLISH) {
        await notifications.notify(manager, { ...base, kind: NotificationKind.CASE_PUBLISHED, municipalityStaffOf: [found.municipalityCode], organizationIds: [found.supporterOrganizationId] });
      }
      return found;
    });
  }

  /** The lifecycle actions the viewer may take now, and whether it may edit the text. */
  allowedActions(viewer: Viewer | null, found: CaseStudy): CaseAction[] {
    return viewer ? CASE_LIFECYCLE.allowedActions(this.subject(found), engagementActor(viewer)) : [];
  }

  mayEdit(viewer: Viewer | null, found: CaseStudy): boolean {
    return viewer !== null && canEditCase(engagementActor(viewer), this.subject(found));
  }

  /** Whether the viewer reads the case as one of its engagement's readers (drafts, the engagement link). */
  async isInsider(viewer: Viewer | null, found: CaseStudy): Promise<boolean> {
    if (!viewer) return false;
    try {
      await this.deps.engagements.requireFor(this.deps.dataSource.manager, viewer, found.engagementId, false);
      return true;
    } catch {
      return false;
    }
  }

  private subject(found: CaseStudy): CaseLifecycleSubject {
    return { status: found.status, prefectureCode: found.prefectureCode, municipalityCode: found.municipalityCode, supporterOrganizationId: found.supporterOrganizationId };
  }

  private fields(input: CaseStudyInput): CaseStudyInput {
    return {
      title: input.title.trim(),
      summary: input.summary.trim(),
      process: input.process.trim(),
      outcomes: input.outcomes.trim(),
      lessons: input.lessons.trim(),
      hideRmoName: input.hideRmoName,
      hidePeople: input.hidePeople,
      populationBand: input.populationBand,
      rmoAreaUnit: input.rmoAreaUnit,
    };
  }

  /** The folded search text of the case and its bigrams (case-search-text.ts), with its places and, unless hidden, its RMOs' names. */
  private async searchFields(manager: EntityManager, found: CaseStudy): Promise<{ searchText: string; searchBigrams: string[] }> {
    const { municipality, prefecture } = await this.deps.reference.placeOf(found.prefectureCode, found.municipalityCode);
    const rmos: { name: string }[] = found.hideRmoName
      ? []
      : await manager.query(`SELECT r.name FROM engagement_rmo er JOIN rmo r ON r.id = er.rmo_id WHERE er.engagement_id = $1`, [found.engagementId]);
    return caseSearchFields({ ...found, placeNames: [municipality.name, prefecture.name], rmoNames: rmos.map((r) => r.name) });
  }

  private async requireReadable(manager: EntityManager, viewer: Viewer | null, id: string, lock: boolean): Promise<CaseStudy> {
    requireId(id, 'id');
    const found = await manager.getRepository(CaseStudy).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!found) throw new NotFoundError(NotFoundReason.CASE_NOT_FOUND, 'Case was not found');
    if (found.status === CaseStatus.PUBLISHED && !lock) return found;
    if (!viewer) throw new NotFoundError(NotFoundReason.CASE_NOT_FOUND, 'Case was not found');
    try {
      await this.deps.engagements.requireFor(manager, viewer, found.engagementId, false);
    } catch {
      throw new NotFoundError(NotFoundReason.CASE_NOT_FOUND, 'Case was not found');
    }
    return found;
  }
}

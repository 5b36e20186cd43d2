import type { DataSource, EntityManager } from 'typeorm';
import { ConflictReason, ForbiddenReason, InputReason, NotFoundReason, UserRole, textOrNull } from '@tsunagu/shared';
import { ConflictError, ForbiddenError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { ReferenceService } from '../reference/reference.service';
import { canEditRmo, canSeeRmo } from './rmo-access';
import { Rmo } from './rmo.entity';
import type { RmoInput } from './rmo.inputs';
import { isUniqueViolation } from '../../db/database-errors';

const rmoNotFound = () => new NotFoundError(NotFoundReason.RMO_NOT_FOUND, 'RMO was not found');

/** The unique index on rmo(organization_id): an RMO organization keeps one record. */
const RMO_ORGANIZATION_CONSTRAINT = 'rmo_organization_id_key';

const ENTITY_TYPE = 'Rmo';

function rmoSnapshot(rmo: Rmo): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...fields } = rmo;
  return fields;
}

/** RMO records: kept by their municipality's staff and by the RMO's own secretariat. */
export class RmoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  /**
   * RMO records the viewer may read, by name. Municipality and RMO staff see their municipality's,
   * prefecture staff their prefecture's (optionally one municipality), operators any municipality's.
   */
  async list(viewer: Viewer, municipalityCode: string | null | undefined): Promise<Rmo[]> {
    if (municipalityCode) await this.reference.requireMunicipality(municipalityCode, 'municipalityCode');
    const query = this.dataSource.getRepository(Rmo).createQueryBuilder('r').orderBy('r.name', 'ASC').addOrderBy('r.id', 'ASC');
    if (viewer.role === UserRole.MUNICIPALITY_STAFF || viewer.role === UserRole.RMO_STAFF) {
      if (municipalityCode && municipalityCode !== viewer.municipalityCode) {
        throw new ForbiddenError(ForbiddenReason.NOT_OWN_MUNICIPALITY, 'You may see only the RMOs of your own municipality');
      }
      return query.where('r.municipality_code = :m', { m: viewer.municipalityCode }).getMany();
    }
    if (viewer.role === UserRole.PREFECTURE_STAFF) {
      query.where('r.prefecture_code = :p', { p: viewer.prefectureCode });
    } else if (viewer.role !== UserRole.OPERATOR) {
      throw new ForbiddenError(ForbiddenReason.ROLE_NOT_ALLOWED, 'Only public-sector users and operators may see RMO records');
    } else if (!municipalityCode) {
      throw invalidInput('municipalityCode', InputReason.REQUIRED);
    }
    if (municipalityCode) query.andWhere('r.municipality_code = :m', { m: municipalityCode });
    return query.getMany();
  }

  /** One record; NOT_FOUND also when the viewer may not read it (the same answer as for an unknown id). */
  async findById(viewer: Viewer, id: string): Promise<Rmo> {
    const rmo = await this.requireRmo(this.dataSource.manager, id, false);
    if (!canSeeRmo(viewer, rmo)) throw rmoNotFound();
    return rmo;
  }

  /**
   * Creates a record. Municipality staff create any RMO of their municipality; RMO staff create
   * their own organization's record (once), which links it to them.
   */
  async create(viewer: Viewer, input: RmoInput): Promise<Rmo> {
    const municipality = await this.reference.requireMunicipality(input.municipalityCode, 'municipalityCode');
    if (viewer.municipalityCode !== municipality.code) {
      throw new ForbiddenError(ForbiddenReason.NOT_OWN_MUNICIPALITY, 'You may record RMOs only in your own municipality');
    }
    const alreadyRecorded = () => new ConflictError(ConflictReason.ALREADY_RECORDED, 'Your organization already has an RMO record; edit it instead');
    return this.dataSource.transaction(async (manager) => {
      const rmos = manager.getRepository(Rmo);
      const linkToViewer = viewer.role === UserRole.RMO_STAFF;
      if (linkToViewer && (await rmos.existsBy({ organizationId: viewer.organizationId }))) throw alreadyRecorded();
      const rmo = await rmos.save(
        rmos.create({
          ...this.editableFields(input),
          prefectureCode: municipality.prefectureCode,
          municipalityCode: municipality.code,
          organizationId: linkToViewer ? viewer.organizationId : null,
        }),
      );
      await this.audit.record(manager, viewer, { action: 'createRmo', entityType: ENTITY_TYPE, entityId: rmo.id, after: rmoSnapshot(rmo) });
      return rmo;
    }).catch((error: unknown) => {
      // Simultaneous first records of one RMO: the unique index lets one through, the others learn it exists.
      if (isUniqueViolation(error, RMO_ORGANIZATION_CONSTRAINT)) throw alreadyRecorded();
      throw error;
    });
  }

  /** Replaces every field of a record the viewer keeps; its municipality cannot change. */
  async update(viewer: Viewer, id: string, input: RmoInput): Promise<Rmo> {
    return this.dataSource.transaction(async (manager) => {
      const rmo = await this.requireRmo(manager, id, true);
      if (!canSeeRmo(viewer, rmo)) throw rmoNotFound();
      if (!canEditRmo(viewer, rmo)) {
        throw new ForbiddenError(ForbiddenReason.NOT_RMO_KEEPER, "Only the RMO's municipality staff or its own secretariat may edit this record");
      }
      if (input.municipalityCode !== rmo.municipalityCode) throw invalidInput('municipalityCode', InputReason.UNCHANGEABLE);
      const before = rmoSnapshot(rmo);
      Object.assign(rmo, this.editableFields(input));
      await manager.getRepository(Rmo).save(rmo);
      await this.audit.record(manager, viewer, { action: 'updateRmo', entityType: ENTITY_TYPE, entityId: rmo.id, before, after: rmoSnapshot(rmo) });
      return rmo;
    });
  }

  private async requireRmo(manager: EntityManager, id: string, lock: boolean): Promise<Rmo> {
    requireId(id, 'id');
    const rmo = await manager.getRepository(Rmo).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!rmo) throw rmoNotFound();
    return rmo;
  }

  private editableFields(input: RmoInput) {
    return {
      name: input.name.trim(),
      areaUnit: textOrNull(input.areaUnit),
      legalForm: input.legalForm,
      foundedYear: input.foundedYear ?? null,
      activities: input.activities,
      activitiesNote: textOrNull(input.activitiesNote),
      challenges: input.challenges,
      challengesNote: textOrNull(input.challengesNote),
      optimizationState: input.optimizationState,
      wantedSupportTypes: input.wantedSupportTypes ?? [],
    } satisfies Partial<Rmo>;
  }
}

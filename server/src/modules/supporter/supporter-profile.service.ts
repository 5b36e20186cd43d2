import type { DataSource, EntityManager } from 'typeorm';
import {
  Availability,
  ConflictReason,
  ForbiddenReason,
  InputReason,
  NotFoundReason,
  NotificationKind,
  PROFILE_LIMITS,
  UserRole,
  VerificationStatus,
  charCount,
  textOrNull,
} from '@tsunagu/shared';
import { ConflictError, ForbiddenError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { NotificationService } from '../notification/notification.service';
import type { ReferenceService } from '../reference/reference.service';
import { ownsProfile } from './supporter-access';
import { SupporterProfile } from './supporter-profile.entity';
import { SupporterServiceArea } from './supporter-service-area.entity';
import { VerificationDecision, type SupporterProfileInput } from './supporter.inputs';

const ENTITY_TYPE = 'SupporterProfile';

/** Service-area rows as stored: a whole prefecture (municipalityCode null) or one municipality. */
type AreaRow = Pick<SupporterServiceArea, 'prefectureCode' | 'municipalityCode'>;

/** The audit log's picture of a profile: every stored field but the row's own timestamps, plus its area. */
function profileSnapshot(profile: SupporterProfile, area: readonly AreaRow[]): Record<string, unknown> {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = profile;
  return {
    ...fields,
    serviceArea: {
      prefectureCodes: area.filter((a) => a.municipalityCode === null).map((a) => a.prefectureCode),
      municipalityCodes: area.flatMap((a) => (a.municipalityCode === null ? [] : [a.municipalityCode])),
    },
  };
}

/** The verification fields, as the audit log records a decision. */
function verificationSnapshot(profile: SupporterProfile): Record<string, unknown> {
  const { verificationStatus, verificationReason, verifiedAt, verifiedByUserId } = profile;
  return { verificationStatus, verificationReason, verifiedAt, verifiedByUserId };
}

/**
 * Profile maintenance by the owning intermediary, and verification by prefectures and operators.
 * Every write commits together with its audit entry; a refusal writes nothing.
 */
export class SupporterProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** The viewer's organization's profiles, drafts and archived ones included: live ones first, oldest first. */
  async listOwn(viewer: Viewer): Promise<SupporterProfile[]> {
    return this.dataSource.getRepository(SupporterProfile).find({
      where: { ownerOrganizationId: viewer.organizationId },
      order: { archivedAt: { direction: 'ASC', nulls: 'FIRST' }, createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Creates a profile owned by the viewer's organization; unverified and confirmed now. */
  async create(viewer: Viewer, input: SupporterProfileInput): Promise<SupporterProfile> {
    const area = await this.checkInput(input);
    return this.dataSource.transaction(async (manager) => {
      const profiles = manager.getRepository(SupporterProfile);
      const profile = await profiles.save(
        profiles.create({
          ...this.editableFields(input),
          ownerOrganizationId: viewer.organizationId,
          availabilityConfirmedAt: new Date(),
          verificationStatus: VerificationStatus.UNVERIFIED,
          verificationReason: null,
          verifiedAt: null,
          verifiedByUserId: null,
          archivedAt: null,
        }),
      );
      await this.replaceServiceArea(manager, profile.id, area);
      await this.audit.record(manager, viewer, {
        action: 'createSupporterProfile',
        entityType: ENTITY_TYPE,
        entityId: profile.id,
        after: profileSnapshot(profile, area),
      });
      return profile;
    });
  }

  /**
   * Replaces every editable field and the service area. Saving the whole form also confirms
   * availability. A verified profile stays verified (the audit entry keeps the old values for the
   * verifier); a rejected one goes back to unverified, awaiting a new decision.
   */
  async update(viewer: Viewer, id: string, input: SupporterProfileInput): Promise<SupporterProfile> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwnedLiveProfile(manager, viewer, id, 'edited');
      const area = await this.checkInput(input);
      const before = profileSnapshot(profile, await this.serviceAreaOf(manager, id));
      Object.assign(profile, this.editableFields(input), { availabilityConfirmedAt: new Date() });
      if (profile.verificationStatus === VerificationStatus.REJECTED) {
        Object.assign(profile, {
          verificationStatus: VerificationStatus.UNVERIFIED,
          verificationReason: null,
          verifiedAt: null,
          verifiedByUserId: null,
        } satisfies Partial<SupporterProfile>);
      }
      await this.replaceServiceArea(manager, id, area);
      await this.saveAudited(manager, viewer, profile, 'updateSupporterProfile', before, profileSnapshot(profile, area));
      return profile;
    });
  }

  /** Takes a profile out of search for good (it stays readable by its owner and operators). */
  async archive(viewer: Viewer, id: string): Promise<SupporterProfile> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwnedLiveProfile(manager, viewer, id, 'archived again');
      profile.archivedAt = new Date();
      await this.saveAudited(manager, viewer, profile, 'archiveSupporterProfile', { archivedAt: null }, { archivedAt: profile.archivedAt });
      return profile;
    });
  }

  /** The one-click "still current": confirms availability now, optionally changing it. */
  async reconfirmAvailability(viewer: Viewer, id: string, availability: Availability | null | undefined): Promise<SupporterProfile> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockOwnedLiveProfile(manager, viewer, id, 'reconfirmed');
      const before = { availability: profile.availability, availabilityConfirmedAt: profile.availabilityConfirmedAt };
      profile.availability = availability ?? profile.availability;
      profile.availabilityConfirmedAt = new Date();
      const after = { availability: profile.availability, availabilityConfirmedAt: profile.availabilityConfirmedAt };
      await this.saveAudited(manager, viewer, profile, 'reconfirmAvailability', before, after);
      return profile;
    });
  }

  /**
   * Records a verifier's decision. Operators decide anywhere; prefecture staff only on profiles
   * serving their prefecture (as a whole or any municipality in it). Rejecting needs a reason.
   */
  async verify(viewer: Viewer, id: string, decision: VerificationDecision, reasonInput: string | null | undefined): Promise<SupporterProfile> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockProfile(manager, id);
      if (!(await this.mayVerify(manager, viewer, id))) {
        throw new ForbiddenError(ForbiddenReason.NOT_OWN_PREFECTURE, 'Prefecture staff may verify only profiles that serve their prefecture');
      }
      if (profile.archivedAt) throw new ConflictError(ConflictReason.ARCHIVED, 'This profile is archived and cannot be verified');
      const reason = textOrNull(reasonInput);
      if (decision === VerificationDecision.REJECTED && reason === null) throw invalidInput('reason', InputReason.REQUIRED);
      const max = PROFILE_LIMITS.verificationReasonMaxLength;
      if (reason !== null && charCount(reason) > max) throw invalidInput('reason', InputReason.TOO_LONG, { max });
      const before = verificationSnapshot(profile);
      Object.assign(profile, {
        verificationStatus: decision === VerificationDecision.VERIFIED ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED,
        verificationReason: reason,
        verifiedAt: new Date(),
        verifiedByUserId: viewer.userId,
      } satisfies Partial<SupporterProfile>);
      await this.saveAudited(manager, viewer, profile, 'verifySupporterProfile', before, verificationSnapshot(profile));
      if (profile.ownerOrganizationId) {
        await this.notifications.notify(manager, {
          kind: NotificationKind.VERIFICATION_DECIDED,
          organizationIds: [profile.ownerOrganizationId],
          actorUserId: viewer.userId,
          link: `/my/profiles/${profile.id}/edit`,
          params: { profileName: profile.name, decision, reason },
          subject: { type: ENTITY_TYPE, id: profile.id },
        });
      }
      return profile;
    });
  }

  /** Saves a changed profile and appends the action's audit entry, in the caller's transaction. */
  private async saveAudited(
    manager: EntityManager,
    viewer: Viewer,
    profile: SupporterProfile,
    action: string,
    before: object,
    after: object,
  ): Promise<void> {
    await manager.getRepository(SupporterProfile).save(profile);
    await this.audit.record(manager, viewer, { action, entityType: ENTITY_TYPE, entityId: profile.id, before, after });
  }

  private async mayVerify(manager: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
    if (viewer.role === UserRole.OPERATOR) return true;
    if (viewer.role !== UserRole.PREFECTURE_STAFF || !viewer.prefectureCode) return false;
    // Every area row carries its prefecture, so one look-up covers whole-prefecture and municipal rows.
    return manager.getRepository(SupporterServiceArea).existsBy({ supporterId: id, prefectureCode: viewer.prefectureCode });
  }

  /**
   * Locks the profile for the rest of the transaction after checking the viewer owns it (else
   * FORBIDDEN) and that it is not archived (else CONFLICT: an archived profile cannot be `what`).
   */
  private async lockOwnedLiveProfile(manager: EntityManager, viewer: Viewer, id: string, what: string): Promise<SupporterProfile> {
    const profile = await this.lockProfile(manager, id);
    if (!ownsProfile(viewer, profile)) {
      throw new ForbiddenError(ForbiddenReason.NOT_PROFILE_OWNER, 'Only members of the organization that owns this profile may change it');
    }
    if (profile.archivedAt) throw new ConflictError(ConflictReason.ARCHIVED, `This profile is archived and cannot be ${what}`);
    return profile;
  }

  /** Reads and row-locks a profile for the rest of the transaction; BAD_USER_INPUT for a malformed id, NOT_FOUND for an unknown one. */
  private async lockProfile(manager: EntityManager, id: string): Promise<SupporterProfile> {
    requireId(id, 'id');
    const profile = await manager.getRepository(SupporterProfile).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!profile) throw new NotFoundError(NotFoundReason.SUPPORTER_PROFILE_NOT_FOUND, 'Supporter profile was not found');
    return profile;
  }

  /** Checks what class-validator cannot (reference codes, load within capacity); returns the area rows. */
  private async checkInput(input: SupporterProfileInput): Promise<AreaRow[]> {
    if (input.currentLoad > input.capacity) {
      throw invalidInput('currentLoad', InputReason.LOAD_OVER_CAPACITY, { capacity: input.capacity });
    }
    const rows: AreaRow[] = [];
    for (const code of input.serviceArea.prefectureCodes) {
      await this.reference.requirePrefecture(code, 'serviceArea.prefectureCodes');
      rows.push({ prefectureCode: code, municipalityCode: null });
    }
    const wholePrefectures = new Set(input.serviceArea.prefectureCodes);
    for (const code of input.serviceArea.municipalityCodes) {
      const municipality = await this.reference.requireMunicipality(code, 'serviceArea.municipalityCodes');
      if (wholePrefectures.has(municipality.prefectureCode)) {
        throw invalidInput('serviceArea.municipalityCodes', InputReason.MUNICIPALITY_IN_WHOLE_PREFECTURE, {
          code,
          prefectureCode: municipality.prefectureCode,
        });
      }
      rows.push({ prefectureCode: municipality.prefectureCode, municipalityCode: code });
    }
    if (rows.length === 0 && !input.remoteAvailable) {
      throw invalidInput('serviceArea', InputReason.SERVICE_AREA_EMPTY);
    }
    return rows;
  }

  /** The stored form of the input's profile fields: text trimmed, blank optional text as null. */
  private editableFields(input: SupporterProfileInput) {
    return {
      name: input.name.trim(),
      kana: input.kana.trim(),
      kind: input.kind,
      summary: input.summary.trim(),
      description: input.description.trim(),
      supportTypes: input.supportTypes,
      remoteAvailable: input.remoteAvailable,
      frameworks: input.frameworks,
      feeNotes: textOrNull(input.feeNotes),
      capacity: input.capacity,
      currentLoad: input.currentLoad,
      availability: input.availability,
      steps: input.steps,
      yearsActive: input.yearsActive ?? null,
      website: textOrNull(input.website),
      contactEmail: textOrNull(input.contactEmail),
      contactPhone: textOrNull(input.contactPhone),
    } satisfies Partial<SupporterProfile>;
  }

  private async serviceAreaOf(manager: EntityManager, supporterId: string): Promise<AreaRow[]> {
    return manager.getRepository(SupporterServiceArea).find({
      select: { prefectureCode: true, municipalityCode: true },
      where: { supporterId },
      order: { prefectureCode: 'ASC', municipalityCode: 'ASC' },
    });
  }

  private async replaceServiceArea(manager: EntityManager, supporterId: string, rows: readonly AreaRow[]): Promise<void> {
    const areas = manager.getRepository(SupporterServiceArea);
    await areas.delete({ supporterId });
    if (rows.length > 0) await areas.insert(rows.map((row) => ({ ...row, supporterId })));
  }
}

import { IsNull, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ForbiddenReason, InputReason, MembershipRole, MunicipalityKind, OrganizationKind, RateLimitReason, UserRole } from '@tsunagu/shared';
import type { AppConfig } from '../../config';
import { ForbiddenError, RateLimitedError, invalidInput } from '../../common/domain-errors';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { ReferenceService } from '../reference/reference.service';
import { emailTaken, invalidToken, organizationExists } from './account.errors';
import { isUniqueViolation } from '../../db/database-errors';
import type { CreateInvitationInput } from './account.inputs';
import { invitationMail, invitationToExistingAccountMail } from './account.mails';
import { USER_EMAIL_CONSTRAINT, auditActor, userSnapshot, type AccountService } from './account.service';
import type { Me } from './account.types';
import { hashPassword, normalizeEmail } from './credentials';
import { Invitation, InvitationKind } from './invitation.entity';
import { Organization } from './organization.entity';
import { TOKEN_MAX_LENGTH, generateToken, type SessionCaller, type SessionService } from './session.service';
import { User } from './user.entity';
import type { Viewer } from './viewer';

const INVITATION_TTL = '7 days';

/** FORBIDDEN: the chain of trust does not let the viewer invite this kind of account. */
function outsideChain(message: string): ForbiddenError {
  return new ForbiddenError(ForbiddenReason.OUTSIDE_CHAIN_OF_TRUST, message);
}

/** The organization an invitation leads into: an existing one (members) or one found or created on acceptance. */
type InvitationTarget = Pick<Invitation, 'organizationKind' | 'organizationName' | 'organizationId' | 'prefectureCode' | 'municipalityCode'>;

/** An invitation as the audit log records it: never the token's hash. */
function invitationSnapshot(invitation: Invitation): Record<string, unknown> {
  return {
    id: invitation.id,
    kind: invitation.kind,
    email: invitation.email,
    organizationKind: invitation.organizationKind,
    organizationName: invitation.organizationName,
    organizationId: invitation.organizationId,
    prefectureCode: invitation.prefectureCode,
    municipalityCode: invitation.municipalityCode,
    invitedByUserId: invitation.invitedByUserId,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt,
    acceptedUserId: invitation.acceptedUserId,
  };
}

/**
 * Accounts other than self-registered intermediaries arrive by invitation along the chain of
 * trust: operators → prefecture staff → municipality staff → RMO staff; owners invite members.
 */
export class InvitationService {
  private readonly reference: ReferenceService;
  private readonly mail: MailService;
  private readonly accounts: AccountService;
  private readonly sessions: SessionService;
  private readonly audit: AuditService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    collaborators: { reference: ReferenceService; mail: MailService; accounts: AccountService; sessions: SessionService; audit: AuditService },
  ) {
    ({ reference: this.reference, mail: this.mail, accounts: this.accounts, sessions: this.sessions, audit: this.audit } = collaborators);
  }

  /**
   * Creates a single-use invitation (valid seven days) and mails its link. FORBIDDEN off the chain of
   * trust. An address that already has an account is answered exactly like any other (the caller must
   * not learn which addresses have accounts): the same invitation row, counted against the daily
   * limit, but its holder gets a notice instead of a link, so no second account can come of it.
   */
  async createInvitation(viewer: Viewer, input: CreateInvitationInput): Promise<Invitation> {
    const target = await this.targetOf(viewer, input);
    const email = normalizeEmail(input.email);
    // One lookup for every address, so the work done does not depend on the answer either.
    const holder = await this.dataSource.getRepository(User).findOneBy({ email });
    const token = generateToken();
    return this.dataSource.transaction(async (manager) => {
      await this.checkDailyLimit(manager, viewer);
      const invitations = manager.getRepository(Invitation);
      const { identifiers } = await invitations.insert({
        ...target,
        kind: input.kind,
        email,
        // For a holder the token is never mailed: the invitation cannot be accepted and just expires.
        tokenHash: this.sessions.hashToken(token),
        invitedByUserId: viewer.userId,
        expiresAt: () => `now() + interval '${INVITATION_TTL}'`,
        acceptedAt: null,
        acceptedUserId: null,
      });
      const invitation = await invitations.findOneByOrFail({ id: String(identifiers[0].id) });
      const details = {
        inviterName: viewer.displayName,
        inviterOrganization: viewer.organizationName,
        organizationName: invitation.organizationName,
        organizationKind: invitation.organizationKind,
      };
      const mail = holder
        ? invitationToExistingAccountMail(
            email,
            details,
            {
              displayName: holder.displayName,
              removed: holder.removedAt !== null,
              alreadyMember: holder.organizationId === invitation.organizationId,
            },
            `${this.config.appBaseUrl}/login`,
          )
        : invitationMail(email, details, `${this.config.appBaseUrl}/invitations/accept?token=${token}`);
      await this.mail.send(manager, mail);
      await this.audit.record(manager, viewer, {
        action: 'createInvitation',
        entityType: 'Invitation',
        entityId: invitation.id,
        // Operators (the only readers of the audit log) may see why the invitee never registered.
        after: { ...invitationSnapshot(invitation), ...(holder ? { existingAccountNotified: true } : {}) },
      });
      return invitation;
    });
  }

  /**
   * An organization sends at most `perDay` invitations in 24 hours, and `perDayUnverified` while it is
   * a self-registered intermediary none of whose profiles is verified yet (a lure could otherwise
   * mail anyone). Counted under a per-organization lock, so simultaneous invitations cannot pass together.
   */
  private async checkDailyLimit(manager: EntityManager, viewer: Viewer): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invitations:${viewer.organizationId}`]);
    const [{ sent, verified, oldest_age }]: { sent: number; verified: boolean; oldest_age: number | null }[] = await manager.query(
      `SELECT count(i.id)::int AS sent,
              EXTRACT(EPOCH FROM now() - min(i.created_at))::int AS oldest_age,
              ($2 <> 'INTERMEDIARY' OR EXISTS (
                SELECT 1 FROM supporter_profile p WHERE p.owner_organization_id = $1 AND p.verification_status = 'VERIFIED')) AS verified
         FROM invitation i JOIN app_user u ON u.id = i.invited_by_user_id
        WHERE u.organization_id = $1 AND i.created_at > now() - interval '24 hours'`,
      [viewer.organizationId, viewer.organizationKind],
    );
    const limit = verified ? this.config.invitationLimits.perDay : this.config.invitationLimits.perDayUnverified;
    if (sent >= limit) {
      throw new RateLimitedError(RateLimitReason.TOO_MANY_INVITATIONS, Math.max(60, 86_400 - (oldest_age ?? 0)), 'Your organization has sent its invitations for today');
    }
  }

  /**
   * Accepts an invitation: finds or creates its organization, creates the user (owner of an
   * organization without a live owner, else member), uses up the invitation and signs in.
   */
  async acceptInvitation(caller: SessionCaller, token: string, displayNameInput: string, password: string): Promise<Me> {
    const displayName = displayNameInput.trim();
    if (!token || token.length > TOKEN_MAX_LENGTH) throw invalidToken();
    const passwordHash = await hashPassword(password);
    try {
      return await this.accounts.withNewSession(caller, async (manager) => {
        // Conditional UPDATE: single use even under concurrent acceptance. An invitation dies with
        // its inviter's account, so removing someone also withdraws what they vouched for.
        const used = await manager
          .createQueryBuilder()
          .update(Invitation)
          .set({ acceptedAt: () => 'now()' })
          .where(
            `token_hash = :tokenHash AND accepted_at IS NULL AND expires_at > now()
             AND EXISTS (SELECT 1 FROM app_user inviter WHERE inviter.id = invited_by_user_id AND inviter.removed_at IS NULL)`,
            { tokenHash: this.sessions.hashToken(token) },
          )
          .returning('id')
          .execute();
        const invitationId = (used.raw as { id: string }[])[0]?.id;
        if (!invitationId) throw invalidToken();
        const invitations = manager.getRepository(Invitation);
        const invitation = await invitations.findOneByOrFail({ id: invitationId });
        if (await manager.getRepository(User).existsBy({ email: invitation.email })) throw emailTaken();

        const { organization, created } = await this.findOrCreateOrganization(manager, invitation);
        const hasOwner = await manager
          .getRepository(User)
          .existsBy({ organizationId: organization.id, membershipRole: MembershipRole.OWNER, removedAt: IsNull() });
        const user = await this.accounts.insertUser(manager, {
          organizationId: organization.id,
          email: invitation.email,
          displayName,
          passwordHash,
          membershipRole: hasOwner ? MembershipRole.MEMBER : MembershipRole.OWNER,
        });
        const before = invitationSnapshot(invitation);
        await invitations.update({ id: invitation.id }, { acceptedUserId: user.id });
        const accepted = await invitations.findOneByOrFail({ id: invitation.id });

        const actor = auditActor(user);
        const action = 'acceptInvitation';
        if (created) {
          await this.audit.record(manager, actor, { action, entityType: 'Organization', entityId: organization.id, after: organization });
        }
        await this.audit.record(manager, actor, { action, entityType: 'User', entityId: user.id, after: userSnapshot(user) });
        await this.audit.record(manager, actor, {
          action,
          entityType: 'Invitation',
          entityId: invitation.id,
          before,
          after: invitationSnapshot(accepted),
        });
        return user.id;
      });
    } catch (error) {
      if (isUniqueViolation(error, USER_EMAIL_CONSTRAINT)) throw emailTaken();
      throw error;
    }
  }

  /** Where an invitation of this kind by this viewer leads; FORBIDDEN when the chain of trust does not allow it. */
  private async targetOf(viewer: Viewer, input: CreateInvitationInput): Promise<InvitationTarget> {
    switch (input.kind) {
      case InvitationKind.PREFECTURE_STAFF: {
        if (viewer.role !== UserRole.OPERATOR) throw outsideChain('Only operators invite prefecture staff');
        if (!input.prefectureCode) throw invalidInput('prefectureCode', InputReason.REQUIRED);
        const prefecture = await this.reference.requirePrefecture(input.prefectureCode, 'prefectureCode');
        await this.refuseExisting({ kind: OrganizationKind.PREFECTURE, prefectureCode: prefecture.code }, 'prefectureCode');
        return {
          organizationKind: OrganizationKind.PREFECTURE,
          organizationName: prefecture.name,
          organizationId: null,
          prefectureCode: prefecture.code,
          municipalityCode: null,
        };
      }
      case InvitationKind.MUNICIPALITY_STAFF: {
        if (viewer.role !== UserRole.PREFECTURE_STAFF) throw outsideChain('Only prefecture staff invite municipality staff');
        if (!input.municipalityCode) throw invalidInput('municipalityCode', InputReason.REQUIRED);
        const municipality = await this.reference.requireMunicipality(input.municipalityCode, 'municipalityCode');
        if (municipality.kind === MunicipalityKind.DESIGNATED_CITY_WARD) {
          throw invalidInput('municipalityCode', InputReason.WARD_NOT_ALLOWED);
        }
        if (municipality.prefectureCode !== viewer.prefectureCode) {
          throw new ForbiddenError(ForbiddenReason.NOT_OWN_PREFECTURE, 'You may invite the staff of municipalities in your own prefecture only');
        }
        await this.refuseExisting({ kind: OrganizationKind.MUNICIPALITY, municipalityCode: municipality.code }, 'municipalityCode');
        return {
          organizationKind: OrganizationKind.MUNICIPALITY,
          organizationName: municipality.name,
          organizationId: null,
          prefectureCode: municipality.prefectureCode,
          municipalityCode: municipality.code,
        };
      }
      case InvitationKind.RMO_STAFF: {
        if (viewer.role !== UserRole.MUNICIPALITY_STAFF || !viewer.municipalityCode) {
          throw outsideChain('Only municipality staff invite RMO staff');
        }
        const organizationName = input.organizationName?.trim();
        if (!organizationName) throw invalidInput('organizationName', InputReason.REQUIRED);
        const municipalityCode = input.municipalityCode ?? viewer.municipalityCode;
        if (municipalityCode !== viewer.municipalityCode) {
          // Only a ward of the viewer's own designated city may be named instead.
          const ward = await this.reference.requireMunicipality(municipalityCode, 'municipalityCode');
          if (ward.parentCode !== viewer.municipalityCode) {
            throw new ForbiddenError(ForbiddenReason.NOT_OWN_MUNICIPALITY, 'You may invite RMOs of your own municipality only');
          }
        }
        await this.refuseExisting({ kind: OrganizationKind.RMO, municipalityCode, name: organizationName }, 'organizationName');
        return {
          organizationKind: OrganizationKind.RMO,
          organizationName,
          organizationId: null,
          prefectureCode: viewer.prefectureCode,
          municipalityCode,
        };
      }
      case InvitationKind.ORGANIZATION_MEMBER: {
        if (!viewer.isOwner) {
          throw new ForbiddenError(ForbiddenReason.NOT_ORGANIZATION_OWNER, 'Only the owner of an organization invites its members');
        }
        return {
          organizationKind: viewer.organizationKind,
          organizationName: viewer.organizationName,
          organizationId: viewer.organizationId,
          prefectureCode: viewer.prefectureCode,
          municipalityCode: viewer.municipalityCode,
        };
      }
    }
  }

  /**
   * The chain of trust creates *new* organizations only: an existing one grows through its own
   * owner's member invitations, never through someone above it naming it.
   */
  private async refuseExisting(where: FindOptionsWhere<Organization>, field: string): Promise<void> {
    if (await this.findOrganization(this.dataSource.manager, where)) throw organizationExists(field);
  }

  /** The oldest organization matching the place (and, for RMOs, the name). */
  private findOrganization(
    manager: EntityManager,
    where: FindOptionsWhere<Organization>,
  ): Promise<Organization | null> {
    return manager.getRepository(Organization).findOne({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The invitation's organization: the inviter's own for a member invitation, else a new one,
   * refused when one like it was created since the invitation was sent.
   */
  private async findOrCreateOrganization(
    manager: EntityManager,
    invitation: Invitation,
  ): Promise<{ organization: Organization; created: boolean }> {
    const organizations = manager.getRepository(Organization);
    if (invitation.organizationId) {
      return { organization: await organizations.findOneByOrFail({ id: invitation.organizationId }), created: false };
    }
    const { organizationKind: kind, prefectureCode, municipalityCode, organizationName: name } = invitation;
    // A prefecture or municipality has one organization; an RMO is told apart by its name.
    const [where, identity]: [FindOptionsWhere<Organization>, string] =
      kind === OrganizationKind.PREFECTURE
        ? [{ kind, prefectureCode: prefectureCode ?? IsNull() }, `${kind}:${prefectureCode}`]
        : kind === OrganizationKind.MUNICIPALITY
          ? [{ kind, municipalityCode: municipalityCode ?? IsNull() }, `${kind}:${municipalityCode}`]
          : [{ kind, municipalityCode: municipalityCode ?? IsNull(), name }, `${kind}:${municipalityCode}:${name}`];
    // Two invitations to one new organization accepted at once must not create it twice.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`organization:${identity}`]);
    if (await this.findOrganization(manager, where)) {
      throw organizationExists(kind === OrganizationKind.PREFECTURE ? 'prefectureCode' : kind === OrganizationKind.MUNICIPALITY ? 'municipalityCode' : 'organizationName');
    }
    const organization = await organizations.save(
      organizations.create({
        kind: invitation.organizationKind,
        name: invitation.organizationName,
        prefectureCode: invitation.prefectureCode,
        municipalityCode: invitation.municipalityCode,
      }),
    );
    return { organization, created: true };
  }
}

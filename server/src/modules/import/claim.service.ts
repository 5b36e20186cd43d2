import type { DataSource } from 'typeorm';
import { ConflictReason, ForbiddenReason, InputReason, MembershipRole, OrganizationKind, UserRole } from '@tsunagu/shared';
import { ConflictError, ForbiddenError, invalidInput } from '../../common/domain-errors';
import { isUniqueViolation } from '../../db/database-errors';
import type { AuditService } from '../audit/audit.service';
import { emailTaken, invalidToken } from '../account/account.errors';
import { USER_EMAIL_CONSTRAINT, auditActor, userSnapshot, type AccountService } from '../account/account.service';
import type { Me } from '../account/account.types';
import { hashPassword } from '../account/credentials';
import { Organization } from '../account/organization.entity';
import { TOKEN_MAX_LENGTH, type SessionCaller, type SessionService } from '../account/session.service';
import { User } from '../account/user.entity';

/** What the claim page shows before the supporter decides. */
export interface ClaimPreview {
  profileId: string;
  profileName: string;
  email: string;
}

/**
 * An imported profile's contact takes it over through the mailed link: as a new intermediary
 * organization (its owner, with the link's address), or into the intermediary organization they are
 * signed in to. Either way the profile's owner is set, once.
 */
export class ClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly collaborators: { accounts: AccountService; sessions: SessionService; audit: AuditService },
  ) {}

  /** The profile a live claim link is for; INVALID_TOKEN when used, expired or unknown. */
  async preview(token: string): Promise<ClaimPreview> {
    if (!token || token.length > TOKEN_MAX_LENGTH) throw invalidToken();
    const [row]: { profile_id: string; name: string; email: string }[] = await this.dataSource.query(
      `SELECT c.profile_id, p.name, c.email FROM supporter_claim c JOIN supporter_profile p ON p.id = c.profile_id
        WHERE c.token_hash = $1 AND c.claimed_at IS NULL AND c.expires_at > now() AND p.owner_organization_id IS NULL`,
      [this.collaborators.sessions.hashToken(token)],
    );
    if (!row) throw invalidToken();
    return { profileId: row.profile_id, profileName: row.name, email: row.email };
  }

  /**
   * Claims the profile. Signed in as an intermediary: into that organization. Otherwise a new
   * intermediary organization named after the profile, with its first user (owner) at the link's
   * address, signed in. The link is used up in the same transaction.
   */
  async claim(caller: SessionCaller, token: string, account: { displayName?: string | null; password?: string | null }): Promise<Me> {
    if (!token || token.length > TOKEN_MAX_LENGTH) throw invalidToken();
    const viewer = caller.viewer;
    const intoOwnOrganization = viewer?.role === UserRole.INTERMEDIARY_STAFF;
    if (viewer && !intoOwnOrganization) throw new ForbiddenError(ForbiddenReason.ROLE_NOT_ALLOWED, 'Only intermediaries claim profiles');
    const displayName = account.displayName?.trim() ?? '';
    if (!intoOwnOrganization && !displayName) throw invalidInput('displayName', InputReason.REQUIRED);
    if (!intoOwnOrganization && !account.password) throw invalidInput('password', InputReason.REQUIRED);
    const passwordHash = intoOwnOrganization ? null : await hashPassword(account.password!);
    const { accounts, sessions, audit } = this.collaborators;
    try {
      return await accounts.withNewSession(caller, async (manager) => {
        // Conditional UPDATE: one claim per link, even when two arrive at once.
        // TypeORM answers an UPDATE … RETURNING with [rows, count].
        const [used]: [{ id: string; profile_id: string; email: string }[], number] = await manager.query(
          `UPDATE supporter_claim SET claimed_at = now()
            WHERE token_hash = $1 AND claimed_at IS NULL AND expires_at > now() RETURNING id, profile_id, email`,
          [sessions.hashToken(token)],
        );
        const claim = used[0];
        if (!claim) throw invalidToken();
        const [profile]: { id: string; name: string; owner_organization_id: string | null }[] = await manager.query(
          `SELECT id, name, owner_organization_id FROM supporter_profile WHERE id = $1 FOR UPDATE`,
          [claim.profile_id],
        );
        if (profile.owner_organization_id) throw new ConflictError(ConflictReason.ALREADY_RECORDED, 'This profile has already been claimed');
        let userId: string;
        let organizationId: string;
        if (intoOwnOrganization) {
          userId = viewer.userId;
          organizationId = viewer.organizationId;
        } else {
          if (await manager.getRepository(User).existsBy({ email: claim.email })) throw emailTaken();
          const organizations = manager.getRepository(Organization);
          const organization = await organizations.save(organizations.create({ kind: OrganizationKind.INTERMEDIARY, name: profile.name, prefectureCode: null, municipalityCode: null }));
          const user = await accounts.insertUser(manager, { organizationId: organization.id, email: claim.email, displayName, passwordHash: passwordHash!, membershipRole: MembershipRole.OWNER });
          await audit.record(manager, auditActor(user), { action: 'claimSupporterProfile', entityType: 'Organization', entityId: organization.id, after: organization });
          await audit.record(manager, auditActor(user), { action: 'claimSupporterProfile', entityType: 'User', entityId: user.id, after: userSnapshot(user) });
          userId = user.id;
          organizationId = organization.id;
        }
        await manager.query(`UPDATE supporter_profile SET owner_organization_id = $2, claimed_at = now() WHERE id = $1`, [profile.id, organizationId]);
        await manager.query(`UPDATE supporter_claim SET claimed_by_user_id = $2 WHERE id = $1`, [claim.id, userId]);
        const actor = intoOwnOrganization ? viewer : { userId, email: claim.email, organizationId };
        await audit.record(manager, actor, {
          action: 'claimSupporterProfile',
          entityType: 'SupporterProfile',
          entityId: profile.id,
          before: { ownerOrganizationId: null },
          after: { ownerOrganizationId: organizationId },
        });
        return userId;
      });
    } catch (error) {
      if (isUniqueViolation(error, USER_EMAIL_CONSTRAINT)) throw emailTaken();
      throw error;
    }
  }
}

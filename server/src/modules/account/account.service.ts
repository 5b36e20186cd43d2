import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  Availability,
  ForbiddenReason,
  InputReason,
  LIMITS,
  NotFoundReason,
  MembershipRole,
  OrganizationKind,
  VerificationStatus,
  escapeLikePattern,
  roleOfOrganizationKind,
} from '@tsunagu/shared';
import type { AppConfig } from '../../config';
import { ForbiddenError, NotFoundError, invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { jobType, type JobQueue } from '../../jobs/job-queue';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import { emailTaken, invalidCredentials, invalidToken, rateLimited } from './account.errors';
import { isUniqueViolation } from '../../db/database-errors';
import type { RegisterIntermediaryInput } from './account.inputs';
import { passwordResetMail } from './account.mails';
import { Me } from './account.types';
import { hashPassword, normalizeEmail, verifyPassword } from './credentials';
import { Organization } from './organization.entity';
import { PasswordResetToken } from './password-reset-token.entity';
import { SESSION_COOKIE, TOKEN_MAX_LENGTH, generateToken, type SessionCaller, type SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { User } from './user.entity';
import type { Viewer } from './viewer';

/** The unique index on app_user(email), named so a racing duplicate can be told apart from other failures. */
export const USER_EMAIL_CONSTRAINT = 'UQ_app_user_email';
const PASSWORD_RESET_TTL = '1 hour';
// More reset mails than this per user and hour are silently skipped: a request must not become a mail bomb.
const PASSWORD_RESETS_PER_HOUR = 3;
/** At most this many organizations in one `organizations` answer (enough for a select list). */
const ORGANIZATIONS_MAX = 500;

/**
 * Mails a reset link if the email has a live account. Every reset request queues one, whatever the
 * address, so the request does the same work for all (payload: the address, never a token).
 */
export const sendPasswordReset = jobType<{ email: string }>('account.passwordReset');

/** Who did it, for the audit log. */
export function auditActor(user: User): Pick<Viewer, 'userId' | 'email' | 'organizationId'> {
  return { userId: user.id, email: user.email, organizationId: user.organizationId };
}

/** A user as the audit log records it: never the password hash. */
export function userSnapshot(user: User): Record<string, unknown> {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    organizationId: user.organizationId,
    membershipRole: user.membershipRole,
    removedAt: user.removedAt,
  };
}

/** What the account services work with, handed in once (not the whole request context). */
export interface AccountCollaborators {
  mail: MailService;
  jobs: JobQueue;
  sessions: SessionService;
  audit: AuditService;
}

/**
 * Sign-in and sessions, password reset, intermediary self-registration and organization
 * membership. Session changes take the caller (viewer and cookie exchange); everything else only
 * what it needs.
 */
export class AccountService {
  private readonly throttle: SignInThrottle;
  private readonly mail: MailService;
  private readonly jobs: JobQueue;
  private readonly sessions: SessionService;
  private readonly audit: AuditService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    { mail, jobs, sessions, audit }: AccountCollaborators,
  ) {
    this.throttle = new SignInThrottle(dataSource, config.signInLimits);
    this.mail = mail;
    this.jobs = jobs;
    this.sessions = sessions;
    this.audit = audit;
  }

  /**
   * Checks email and password and starts a session (cookie). Refused with RATE_LIMITED, before the
   * password is looked at, once the account or the client address has too many recent failures.
   */
  async signIn(caller: SessionCaller, emailInput: string, password: string): Promise<Me> {
    const email = normalizeEmail(emailInput);
    if (email.length > LIMITS.emailMaxLength) throw invalidInput('email', InputReason.TOO_LONG, { max: LIMITS.emailMaxLength });
    const clientAddress = caller.http?.clientAddress ?? 'unknown';
    // The attempt is counted before the password is looked at (see SignInThrottle).
    const retryAfterSeconds = await this.throttle.reserveAttempt(email, clientAddress);
    if (retryAfterSeconds > 0) throw rateLimited(retryAfterSeconds);

    const user = await this.dataSource.getRepository(User).findOneBy({ email, removedAt: IsNull() });
    const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches) throw invalidCredentials();
    await this.throttle.recordSuccess(email, clientAddress);
    return this.withNewSession(caller, async (manager) => {
      await this.audit.record(manager, auditActor(user), { action: 'signIn', entityType: 'User', entityId: user.id });
      return user.id;
    });
  }

  /** Ends the caller's session and clears the cookie; signing out twice is harmless. */
  async signOut(caller: SessionCaller): Promise<boolean> {
    const viewer = caller.viewer;
    if (viewer) {
      await this.dataSource.transaction(async (manager) => {
        await this.sessions.revoke(viewer.sessionTokenHash, manager);
        await this.audit.record(manager, viewer, { action: 'signOut', entityType: 'User', entityId: viewer.userId });
      });
    }
    caller.http?.clearCookie(SESSION_COOKIE);
    return true;
  }

  /** The signed-in user, or null for anonymous callers. */
  async me(viewer: Viewer | null): Promise<Me | null> {
    return viewer ? this.meOf(this.dataSource.manager, viewer.userId) : null;
  }

  /**
   * Asks for a reset link. Answers true and queues the same one job whether or not the email has an
   * account: neither the answer nor the work done (and so the time taken) tells which emails do.
   */
  async requestPasswordReset(emailInput: string): Promise<boolean> {
    const email = normalizeEmail(emailInput);
    if (email.length > LIMITS.emailMaxLength) return true;
    await this.jobs.enqueue(this.dataSource.manager, sendPasswordReset, { email });
    return true;
  }

  /**
   * The reset job: mails a single-use link (valid one hour) to a live account, at most three an hour;
   * for any other address it does nothing.
   */
  async sendPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locking the user's row makes simultaneous requests count one after another: never more than the limit.
      const user = await manager.getRepository(User).findOne({ where: { email, removedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!user) return;
      const [{ recent }]: { recent: number }[] = await manager.query(
        `SELECT count(*)::int AS recent FROM password_reset_token WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
        [user.id],
      );
      if (recent >= PASSWORD_RESETS_PER_HOUR) return;
      const token = generateToken();
      await manager.getRepository(PasswordResetToken).insert({
        tokenHash: this.sessions.hashToken(token),
        userId: user.id,
        expiresAt: () => `now() + interval '${PASSWORD_RESET_TTL}'`,
        usedAt: null,
      });
      const link = `${this.config.appBaseUrl}/reset-password?token=${token}`;
      await this.mail.send(manager, passwordResetMail(user.email, user.displayName, link));
      await this.audit.record(manager, null, { action: 'requestPasswordReset', entityType: 'User', entityId: user.id });
    });
  }

  /**
   * Sets a new password with a reset token: the token is used up, every session of the user is
   * revoked (a thief's included) and the change is audited, all in one transaction.
   */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    if (!token || token.length > TOKEN_MAX_LENGTH) throw invalidToken();
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      // The conditional UPDATE makes the token single-use even under concurrent requests.
      const used = await manager
        .createQueryBuilder()
        .update(PasswordResetToken)
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND used_at IS NULL AND expires_at > now()', { tokenHash: this.sessions.hashToken(token) })
        .returning('user_id')
        .execute();
      const userId = (used.raw as { user_id: string }[])[0]?.user_id;
      const user = userId ? await manager.getRepository(User).findOneBy({ id: userId, removedAt: IsNull() }) : null;
      if (!user) throw invalidToken();
      await manager.getRepository(User).update({ id: user.id }, { passwordHash });
      // Older links in the mailbox must not work any more either.
      await manager.query('UPDATE password_reset_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
      await this.sessions.revokeAllOf(manager, user.id);
      await this.audit.record(manager, auditActor(user), {
        action: 'resetPassword',
        entityType: 'User',
        entityId: user.id,
        after: { passwordChanged: true, sessionsRevoked: true },
      });
    });
    return true;
  }

  /**
   * Self-registration of an intermediary: its organization, the first user (owner) and a draft,
   * unverified supporter profile, in one transaction; then signs the new user in.
   */
  async registerIntermediary(caller: SessionCaller, input: RegisterIntermediaryInput): Promise<Me> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.withNewSession(caller, async (manager) => {
        if (await manager.getRepository(User).existsBy({ email })) throw emailTaken();
        const organization = await manager.getRepository(Organization).save(
          manager.getRepository(Organization).create({
            kind: OrganizationKind.INTERMEDIARY,
            name: input.organizationName.trim(),
            prefectureCode: null,
            municipalityCode: null,
          }),
        );
        const user = await this.insertUser(manager, {
          organizationId: organization.id,
          email,
          displayName: input.displayName.trim(),
          passwordHash,
          membershipRole: MembershipRole.OWNER,
        });
        // Written as SQL, not through the supporter module's entity: a draft is only a row whose
        // owner fills in the rest later (no support types, not accepting, unverified).
        const [draft]: Record<string, unknown>[] = await manager.query(
          `INSERT INTO supporter_profile (name, kana, kind, summary, description, support_types, capacity, availability,
             availability_confirmed_at, verification_status, owner_organization_id, archived_at)
           VALUES ($1, $2, $3, $4, '', '{}', 0, $5, now(), $6, $7, NULL)
           RETURNING id, name, kana, kind, summary, support_types AS "supportTypes", availability,
             verification_status AS "verificationStatus", owner_organization_id AS "ownerOrganizationId"`,
          [input.name.trim(), input.kana.trim(), input.kind, input.summary.trim(), Availability.NOT_ACCEPTING,
            VerificationStatus.UNVERIFIED, organization.id],
        );
        const audit = this.audit;
        const action = 'registerIntermediary';
        await audit.record(manager, null, { action, entityType: 'Organization', entityId: organization.id, after: organization });
        await audit.record(manager, null, { action, entityType: 'User', entityId: user.id, after: userSnapshot(user) });
        await audit.record(manager, null, { action, entityType: 'SupporterProfile', entityId: String(draft.id), after: draft });
        return user.id;
      });
    } catch (error) {
      // Two registrations racing for one email: the unique index decides, the loser sees CONFLICT.
      if (isUniqueViolation(error, USER_EMAIL_CONSTRAINT)) throw emailTaken();
      throw error;
    }
  }

  /** Live members of the viewer's organization, oldest first. */
  async organizationMembers(viewer: Viewer): Promise<User[]> {
    return this.dataSource.getRepository(User).find({
      where: { organizationId: viewer.organizationId, removedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Organizations of a kind whose name contains `text` (case-insensitive), by kind then name; at most 500. */
  async organizations(kind: OrganizationKind | null | undefined, text: string | null | undefined): Promise<Organization[]> {
    if (text && text.length > LIMITS.searchTextMaxLength) {
      throw invalidInput('text', InputReason.TOO_LONG, { max: LIMITS.searchTextMaxLength });
    }
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    if (kind) qb.andWhere('o.kind = :kind', { kind });
    const term = text?.trim();
    if (term) qb.andWhere('o.name ILIKE :pattern', { pattern: `%${escapeLikePattern(term)}%` });
    return qb
      .orderBy('array_position(CAST(:kinds AS text[]), o.kind)')
      .setParameter('kinds', Object.values(OrganizationKind))
      .addOrderBy('o.name')
      .addOrderBy('o.id')
      .limit(ORGANIZATIONS_MAX)
      .getMany();
  }

  /** An owner removes another member of their organization: soft removal plus revoking the member's sessions. */
  async removeMember(viewer: Viewer, userId: string): Promise<boolean> {
    if (!viewer.isOwner) throw new ForbiddenError(ForbiddenReason.NOT_ORGANIZATION_OWNER, 'Only the owner of the organization may remove members');
    requireId(userId, 'userId');
    if (userId === viewer.userId) throw invalidInput('userId', InputReason.CANNOT_REMOVE_SELF);
    await this.dataSource.transaction(async (manager) => {
      const member = await manager.getRepository(User).findOne({
        where: { id: userId, removedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      // Someone of another organization is answered as nobody: whether that id exists is not told.
      if (!member || member.organizationId !== viewer.organizationId) throw new NotFoundError(NotFoundReason.MEMBER_NOT_FOUND, 'Member was not found');
      const before = userSnapshot(member);
      await manager.getRepository(User).update({ id: member.id }, { removedAt: () => 'now()' });
      const removed = await manager.getRepository(User).findOneByOrFail({ id: member.id });
      await this.sessions.revokeAllOf(manager, member.id);
      await this.audit.record(manager, viewer, {
        action: 'removeMember',
        entityType: 'User',
        entityId: member.id,
        before,
        after: userSnapshot(removed),
      });
    });
    return true;
  }

  /** Inserts a live user (callers catch the unique-email violation of a racing duplicate). */
  async insertUser(
    manager: EntityManager,
    fields: Pick<User, 'organizationId' | 'email' | 'displayName' | 'passwordHash' | 'membershipRole'>,
  ): Promise<User> {
    const users = manager.getRepository(User);
    return users.save(users.create({ ...fields, removedAt: null }));
  }

  /**
   * Runs `work`, which returns the user to sign in, and starts that user's session in the same
   * transaction (replacing the caller's current one); sets the cookie once it has committed.
   */
  async withNewSession(caller: SessionCaller, work: (manager: EntityManager) => Promise<string>): Promise<Me> {
    const { session, me } = await this.dataSource.transaction(async (manager) => {
      const userId = await work(manager);
      if (caller.viewer) await this.sessions.revoke(caller.viewer.sessionTokenHash, manager);
      return { session: await this.sessions.create(manager, userId), me: await this.meOf(manager, userId) };
    });
    caller.http?.setCookie(SESSION_COOKIE, session.token, { expires: session.expiresAt });
    return me;
  }

  /** The `Me` of a user (two primary-key reads). */
  async meOf(manager: EntityManager, userId: string): Promise<Me> {
    const user = await manager.getRepository(User).findOneByOrFail({ id: userId });
    const organization = await manager.getRepository(Organization).findOneByOrFail({ id: user.organizationId });
    return Object.assign(new Me(), {
      user,
      organization,
      role: roleOfOrganizationKind(organization.kind),
      isOwner: user.membershipRole === MembershipRole.OWNER,
    });
  }
}

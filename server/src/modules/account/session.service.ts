import { createHmac, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UserSession } from './user-session.entity';
import { viewerFromRow, type Viewer, type ViewerRow } from './viewer';

export const SESSION_COOKIE = 'tsunagu_session';

/** Server-side sessions: an opaque random token in the cookie, its keyed hash in PostgreSQL. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { secret: string; ttlHours: number },
  ) {}

  /** Keyed hash of a token; what the database stores and looks up. */
  hashToken(token: string): string {
    return createHmac('sha256', this.options.secret).update(token).digest('hex');
  }

  /** Starts a session for the user and returns the token for the cookie, with its expiry. */
  async create(manager: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.options.ttlHours * 3_600_000);
    await manager.getRepository(UserSession).insert({ tokenHash: this.hashToken(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  /** The viewer of a live session token (one statement), or null if unknown, expired, revoked or removed. */
  async resolveViewer(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = this.hashToken(token);
    const rows: ViewerRow[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.email, u.display_name, u.membership_role,
              o.id AS organization_id, o.kind AS organization_kind, o.name AS organization_name,
              o.prefecture_code, o.municipality_code
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id AND u.removed_at IS NULL
         JOIN organization o ON o.id = u.organization_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [tokenHash],
    );
    return rows[0] ? viewerFromRow(rows[0], tokenHash) : null;
  }

  /** Revokes one session (sign-out). */
  async revoke(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(UserSession).update({ tokenHash }, { revokedAt: () => 'now()' });
  }

  /** Revokes every session of a user (password reset, removal from the organization). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }
}

import { createHmac, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UserSession } from './user-session.entity';
import type { HttpExchange } from '../../http/http-exchange';
import { viewerFromRow, type Viewer, type ViewerRow } from './viewer';

export const SESSION_COOKIE = 'tsunagu_session';

/** Who asks for a sign-in or session change: the viewer signed in now (if any) and the exchange that carries the cookie. */
export interface SessionCaller {
  viewer: Viewer | null;
  http: HttpExchange | null;
}

/** No token from generateToken() is longer; longer input is refused without hashing it. */
export const TOKEN_MAX_LENGTH = 100;

/** A fresh unguessable token (256 bits) for a cookie or an emailed link. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

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
    const token = generateToken();
    const expiresAt = new Date(Date.now() + this.options.ttlHours * 3_600_000);
    await manager.getRepository(UserSession).insert({ tokenHash: this.hashToken(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  /** The viewer of a live session token (one statement), or null if unknown, expired, revoked or removed. */
  async resolveViewer(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > TOKEN_MAX_LENGTH) return null;
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

  /** Revokes one session (sign-out); pass the transaction's manager to revoke with other changes. */
  async revoke(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(UserSession).update({ tokenHash }, { revokedAt: () => 'now()' });
  }

  /** Revokes every session of a user (password reset, removal from the organization). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }
}

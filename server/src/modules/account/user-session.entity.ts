import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session. Only the SHA-256 of the cookie's token is stored, so a database leak is not a login. */
@Entity({ name: 'user_session' })
export class UserSession {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A single-use password-reset token; only its keyed hash is stored. */
@Entity({ name: 'password_reset_token' })
export class PasswordResetToken {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

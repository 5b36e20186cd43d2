import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An intermediary's "we could help with this" on a published request, for one of its profiles. */
@Entity({ name: 'support_request_interest' })
export class SupportRequestInterest {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ name: 'supporter_id', type: 'uuid' })
  supporterId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

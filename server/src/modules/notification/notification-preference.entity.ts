import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@tsunagu/shared';

/** A user's own choice of delivery for one kind; kinds without a row follow the default. */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceRow {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  delivery: NotificationDelivery;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationDelivery, NotificationKind, type NotificationParams } from '@tsunagu/shared';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What happened (see the README: notification kinds)' });
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery', description: 'Mail at once, in the daily digest, or the inbox only' });

/**
 * One inbox entry of one user. Its words are rendered from `kind` and `params` (shared/src/notifications.ts)
 * in the reader's language; only its recipient ever reads it.
 */
@ObjectType({ description: 'お知らせ: an entry of the signed-in user’s inbox' })
@Entity({ name: 'notification' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Field(() => GraphQLJSONObject, { description: 'Facts the title and sentence are rendered from: names, dates (YYYY-MM-DD), codes' })
  @Column({ type: 'jsonb' })
  params: NotificationParams;

  @Field({ description: 'Path inside the app of the item the entry is about' })
  @Column({ type: 'text' })
  link: string;

  @Field({ description: 'e.g. SupportRequest, Offer, SupporterProfile' })
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Field(() => ID)
  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => NotificationDelivery, { description: 'How this entry was delivered besides the inbox' })
  @Column({ type: 'text' })
  delivery: NotificationDelivery;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'mail_delivery_id', type: 'bigint', nullable: true })
  mailDeliveryId: string | null;

  /** The Japanese calendar day (YYYY-MM-DD) of the digest that carried it. */
  @Column({ name: 'digest_date', type: 'date', nullable: true })
  digestDate: string | null;
}

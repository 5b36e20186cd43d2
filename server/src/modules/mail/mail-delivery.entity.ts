import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MailDeliveryStatus {
  /** Waiting for its first attempt or for a retry. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Every attempt failed; an operator may retry it. */
  FAILED = 'FAILED',
}
registerEnumType(MailDeliveryStatus, { name: 'MailDeliveryStatus' });

/**
 * One mail and its delivery. Written in the transaction that needs the mail (so none goes out for a
 * rolled-back change); the content is sealed (AES-256-GCM) while it waits and erased once sent.
 */
@ObjectType({ description: 'A mail and how its delivery went (operators only); never its content' })
@Entity({ name: 'mail_delivery' })
export class MailDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field({ description: 'e.g. PASSWORD_RESET, INVITATION, RECONFIRMATION_DUE' })
  @Column({ type: 'text' })
  kind: string;

  @Field()
  @Column({ type: 'text' })
  recipient: string;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  /** Sealed {text, html}; null once sent (or given up and erased). */
  @Column({ type: 'bytea', nullable: true })
  content: Buffer | null;

  @Field(() => MailDeliveryStatus)
  @Column({ type: 'text' })
  status: MailDeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'int' })
  attempts: number;

  @Field(() => String, { nullable: true, description: "The mail server's or network's answer to the last failed attempt" })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One data-changing action: who, what, when, and the values before and after. Append-only. */
@ObjectType()
@Entity({ name: 'audit_entry' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field()
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Null for actions without a signed-in user (e.g. self-registration)' })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  @Field({ description: 'The mutation, e.g. updateSupporterProfile' })
  @Column({ type: 'text' })
  action: string;

  @Field({ description: 'e.g. SupporterProfile, User, Organization' })
  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}

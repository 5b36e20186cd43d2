import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ActivityKind,
  EngagementAction,
  EngagementEndReason,
  EngagementOrigin,
  EngagementParty,
  EngagementStatus,
  ReviewCriterion,
  ReviewPart,
  Step,
  SupportType,
  TraineeStatus,
} from '@tsunagu/shared';

registerEnumType(EngagementStatus, { name: 'EngagementStatus' });
registerEnumType(EngagementAction, { name: 'EngagementAction', description: 'Lifecycle actions on an engagement' });
registerEnumType(EngagementOrigin, { name: 'EngagementOrigin' });
registerEnumType(EngagementEndReason, { name: 'EngagementEndReason', description: 'Why an engagement ended before its review' });
registerEnumType(EngagementParty, { name: 'EngagementParty', description: 'A side of an engagement' });
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'Kinds of activity log entries (あり方検討会, 勉強会, …)' });
registerEnumType(TraineeStatus, { name: 'TraineeStatus' });
registerEnumType(ReviewPart, { name: 'ReviewPart' });
registerEnumType(ReviewCriterion, { name: 'ReviewCriterion', description: 'The stated criteria of the wrap-up review' });

/**
 * An engagement (支援・協働): a municipality, one or more of its RMOs and a lead supporter working
 * through the five steps. Begun from a confirmed offer or recorded by the municipality. Its parties
 * and its prefecture read it; nobody else learns it exists.
 */
@ObjectType({ description: '支援（協働）: 市区町村・地域運営組織・中間支援者の5ステップの取組' })
@Entity({ name: 'engagement' })
export class Engagement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Field(() => EngagementOrigin)
  @Column({ type: 'text' })
  origin: EngagementOrigin;

  @Field(() => ID, { nullable: true, description: 'The confirmed offer it began from; null when recorded' })
  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

  @Field(() => ID, { nullable: true, description: 'The support request it answers (from the offer); null when recorded' })
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => [SupportType])
  @Column({ name: 'support_types', type: 'text', array: true })
  supportTypes: SupportType[];

  @Field(() => ID, { description: 'The lead supporter’s profile' })
  @Column({ name: 'supporter_id', type: 'uuid' })
  supporterId: string;

  @Column({ name: 'supporter_organization_id', type: 'uuid' })
  supporterOrganizationId: string;

  @Field(() => EngagementStatus)
  @Column({ type: 'text' })
  status: EngagementStatus;

  @Field(() => Step, { description: 'The step it is at now' })
  @Column({ name: 'current_step', type: 'text' })
  currentStep: Step;

  @Field({ description: "Whether it takes one of the supporter's places (capacity) while open" })
  @Column({ name: 'holds_place', type: 'boolean' })
  holdsPlace: boolean;

  @Field(() => EngagementEndReason, { nullable: true })
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: EngagementEndReason | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'end_comment', type: 'text', nullable: true })
  endComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'review_started_at', type: 'timestamptz', nullable: true })
  reviewStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it completed or ended early' })
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Field({ description: 'When a party last changed anything (log, checklist, step, review)' })
  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

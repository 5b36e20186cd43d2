import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FundingRoute, RequestFormat, Step, SupportPhase, SupportRequestStatus, SupportType } from '@tsunagu/shared';

registerEnumType(SupportRequestStatus, { name: 'SupportRequestStatus' });
registerEnumType(SupportPhase, { name: 'SupportPhase' });
registerEnumType(RequestFormat, { name: 'RequestFormat' });
registerEnumType(FundingRoute, { name: 'FundingRoute', description: 'How the support is to be paid for (財源)' });

/**
 * A municipality's or RMO's request for intermediary support. Drafts may be incomplete; the
 * database refuses any other state without a complete form and the RMO's agreement.
 */
@ObjectType({ description: '支援依頼' })
@Entity({ name: 'support_request' })
export class SupportRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => SupportRequestStatus)
  @Column({ type: 'text', default: SupportRequestStatus.DRAFT })
  status: SupportRequestStatus;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  /** The municipality or RMO organization that wrote it (exposed as `authorOrganization`). */
  @Column({ name: 'author_organization_id', type: 'uuid' })
  authorOrganizationId: string;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Why support is wanted: the situation in the area' })
  @Column({ type: 'text', default: '' })
  background: string;

  @Field(() => [SupportType], { description: 'Wanted support types, most important first' })
  @Column({ name: 'support_types', type: 'text', array: true })
  supportTypes: SupportType[];

  @Field(() => Step, { nullable: true, description: 'Current step of flexible optimization' })
  @Column({ type: 'text', nullable: true })
  step: Step | null;

  @Field(() => SupportPhase, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phase: SupportPhase | null;

  @Field(() => String, { nullable: true, description: 'Month the support should start, "YYYY-MM"' })
  @Column({ name: 'desired_start', type: 'char', length: 7, nullable: true })
  desiredStart: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned duration in months (1–36)' })
  @Column({ name: 'duration_months', type: 'int', nullable: true })
  durationMonths: number | null;

  @Field(() => RequestFormat, { nullable: true })
  @Column({ type: 'text', nullable: true })
  format: RequestFormat | null;

  @Field(() => FundingRoute, { nullable: true })
  @Column({ name: 'funding_route', type: 'text', nullable: true })
  fundingRoute: FundingRoute | null;

  @Field(() => Int, { nullable: true, description: 'Lower end of the budget in yen' })
  @Column({ name: 'budget_min_yen', type: 'int', nullable: true })
  budgetMinYen: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper end of the budget in yen' })
  @Column({ name: 'budget_max_yen', type: 'int', nullable: true })
  budgetMaxYen: number | null;

  @Field({ description: 'Intake: the RMO(s) concerned have agreed to receive support (required to submit)' })
  @Column({ name: 'rmo_agreement_confirmed', type: 'boolean', default: false })
  rmoAgreementConfirmed: boolean;

  @Field({ description: 'Shown anonymously to intermediaries while open (municipality, types, step, period; no RMO names)' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'endorsed_at', type: 'timestamptz', nullable: true })
  endorsedAt: Date | null;

  @Column({ name: 'endorsed_by_user_id', type: 'uuid', nullable: true })
  endorsedByUserId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the municipality last returned it to the RMO for revision' })
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'returned_by_user_id', type: 'uuid', nullable: true })
  returnedByUserId: string | null;

  @Field(() => String, { nullable: true, description: "The municipality's comment when it last returned the request for revision" })
  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment: string | null;

  /** The confirmed offer: its supporter is the request's chosen supporter (exposed as `confirmedOffer` / `chosenSupporter`). */
  @Column({ name: 'confirmed_offer_id', type: 'uuid', nullable: true })
  confirmedOfferId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  Availability,
  Framework,
  Step,
  SupportType,
  SupporterKind,
  VerificationStatus,
} from '@tsunagu/shared';

registerEnumType(SupportType, { name: 'SupportType', description: 'What an RMO wants from a third party' });
registerEnumType(Step, { name: 'Step', description: 'The five steps of flexible optimization' });
registerEnumType(SupporterKind, { name: 'SupporterKind' });
registerEnumType(Framework, { name: 'Framework', description: 'How a supporter is engaged and paid' });
registerEnumType(Availability, { name: 'Availability' });
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });

/** An intermediary supporter's public profile (中間支援者). */
// simpleResolvers: plain fields use graphql's default resolver. type-graphql's wrapper would only run
// middlewares and field-level @Authorized, which no object type here uses, and a page of search results
// resolves some 500 fields (this, ServiceArea, Prefecture, Municipality and the connection types).
@ObjectType({ simpleResolvers: true, description: '中間支援者のプロフィール' })
@Entity({ name: 'supporter_profile' })
export class SupporterProfile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Reading of the name in kana' })
  @Column({ type: 'text' })
  kana: string;

  @Field(() => SupporterKind)
  @Column({ type: 'text' })
  kind: SupporterKind;

  @Field({ description: 'One or two sentences shown in search results' })
  @Column({ type: 'text' })
  summary: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => [SupportType])
  @Column({ name: 'support_types', type: 'text', array: true })
  supportTypes: SupportType[];

  @Field({ description: 'Works with areas outside its listed service area, online or by travelling' })
  @Column({ name: 'remote_available', type: 'boolean', default: false })
  remoteAvailable: boolean;

  @Field(() => [Framework])
  @Column({ type: 'text', array: true })
  frameworks: Framework[];

  @Field(() => String, { nullable: true })
  @Column({ name: 'fee_notes', type: 'text', nullable: true })
  feeNotes: string | null;

  @Field(() => Int, { description: 'Maximum concurrent engagements' })
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => Int, { description: 'Engagements under way now' })
  @Column({ name: 'current_load', type: 'int', default: 0 })
  currentLoad: number;

  @Field(() => Availability)
  @Column({ type: 'text' })
  availability: Availability;

  @Field({ description: 'When the supporter last confirmed its availability' })
  @Column({ name: 'availability_confirmed_at', type: 'timestamptz' })
  availabilityConfirmedAt: Date;

  @Field(() => [Step], { description: 'Steps of flexible optimization it has expertise in' })
  @Column({ type: 'text', array: true })
  steps: Step[];

  @Field(() => Int, { nullable: true })
  @Column({ name: 'years_active', type: 'int', nullable: true })
  yearsActive: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Not a GraphQL field: exposed through `contact`, which hides it from anonymous callers. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => VerificationStatus)
  @Column({ name: 'verification_status', type: 'text', default: VerificationStatus.UNVERIFIED })
  verificationStatus: VerificationStatus;

  /** The intermediary organization whose members maintain this profile (null for imported data). */
  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when the owner archived the profile; archived profiles leave search' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Exposed through the `verificationReason` field resolver, which shows it to the owner and verifiers only. */
  @Column({ name: 'verification_reason', type: 'text', nullable: true })
  verificationReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by_user_id', type: 'uuid', nullable: true })
  verifiedByUserId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

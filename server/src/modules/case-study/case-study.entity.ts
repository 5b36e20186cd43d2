import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaseAction, CaseStatus, PopulationBand, Region, RmoAreaUnit, Step, SupportType } from '@tsunagu/shared';

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(CaseAction, { name: 'CaseAction', description: 'Lifecycle actions on a case study' });
registerEnumType(PopulationBand, { name: 'PopulationBand', description: "The municipality's population band" });
registerEnumType(RmoAreaUnit, { name: 'RmoAreaUnit', description: 'The area an RMO covers' });

/**
 * A case study (事例) made from a completed engagement, for 横展開: drafted by the municipality or the
 * supporter with anonymity options, approved by the municipality, published by the prefecture.
 * Anyone reads a published case; drafts only the engagement's readers.
 */
@ObjectType({ description: '事例（完了した支援から。横展開の参考に）' })
@Entity({ name: 'case_study' })
export class CaseStudy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @Field(() => CaseStatus)
  @Column({ type: 'text' })
  status: CaseStatus;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field(() => Region)
  @Column({ type: 'text' })
  region: Region;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Column({ name: 'supporter_id', type: 'uuid' })
  supporterId: string;

  @Column({ name: 'supporter_organization_id', type: 'uuid' })
  supporterOrganizationId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'What happened, in a few lines' })
  @Column({ type: 'text' })
  summary: string;

  @Field({ description: 'How it went, step by step' })
  @Column({ type: 'text' })
  process: string;

  @Field({ description: "What changed in the RMO's activities and organization" })
  @Column({ type: 'text' })
  outcomes: string;

  @Field({ description: 'Lessons for other municipalities and supporters' })
  @Column({ type: 'text' })
  lessons: string;

  @Field({ description: "The RMO's name is not shown" })
  @Column({ name: 'hide_rmo_name', type: 'boolean' })
  hideRmoName: boolean;

  @Field({ description: 'No person is named (the authors’ names are not shown)' })
  @Column({ name: 'hide_people', type: 'boolean' })
  hidePeople: boolean;

  @Field(() => [SupportType])
  @Column({ name: 'support_types', type: 'text', array: true })
  supportTypes: SupportType[];

  @Field(() => [Step], { description: 'The steps the engagement went through' })
  @Column({ type: 'text', array: true })
  steps: Step[];

  @Field(() => PopulationBand)
  @Column({ name: 'population_band', type: 'text' })
  populationBand: PopulationBand;

  @Field(() => RmoAreaUnit)
  @Column({ name: 'rmo_area_unit', type: 'text' })
  rmoAreaUnit: RmoAreaUnit;

  @Field({ description: 'Demo data: a fictional case (架空)' })
  @Column({ type: 'boolean', default: false })
  fictional: boolean;

  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Column({ name: 'search_bigrams', type: 'text', array: true, select: false })
  searchBigrams: string[];

  @Column({ name: 'drafted_by_user_id', type: 'uuid' })
  draftedByUserId: string;

  @Column({ name: 'drafted_by_party', type: 'text' })
  draftedByParty: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by_user_id', type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by_user_id', type: 'uuid', nullable: true })
  publishedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

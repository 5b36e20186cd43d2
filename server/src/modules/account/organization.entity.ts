import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipRole, OrganizationKind, UserRole } from '@tsunagu/shared';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

/** A municipality, prefecture, RMO, intermediary or the operator; every user belongs to one. */
@ObjectType()
@Entity({ name: 'organization' })
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The prefecture of a PREFECTURE, MUNICIPALITY or RMO organization' })
  @Column({ name: 'prefecture_code', type: 'char', length: 2, nullable: true })
  prefectureCode: string | null;

  @Field(() => String, { nullable: true, description: 'The municipality of a MUNICIPALITY or RMO organization' })
  @Column({ name: 'municipality_code', type: 'char', length: 6, nullable: true })
  municipalityCode: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MunicipalityKind } from '@tsunagu/shared';

registerEnumType(MunicipalityKind, { name: 'MunicipalityKind' });

@ObjectType({ simpleResolvers: true, description: '市区町村 (and the wards of designated cities)' })
@Entity({ name: 'municipality' })
@Index(['prefectureCode'])
export class Municipality {
  @Field({ description: '6-digit 全国地方公共団体コード including the check digit' })
  @PrimaryColumn({ type: 'char', length: 6 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Reading in hiragana' })
  @Column({ type: 'text' })
  kana: string;

  @Field(() => MunicipalityKind)
  @Column({ type: 'text' })
  kind: MunicipalityKind;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field(() => String, { nullable: true, description: 'The designated city a ward belongs to' })
  @Column({ name: 'parent_code', type: 'char', length: 6, nullable: true })
  parentCode: string | null;
}

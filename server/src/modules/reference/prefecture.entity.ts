import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Region } from '@tsunagu/shared';

registerEnumType(Region, { name: 'Region', description: 'Eight-region grouping of prefectures' });

@ObjectType({ simpleResolvers: true, description: '都道府県' })
@Entity({ name: 'prefecture' })
export class Prefecture {
  @Field({ description: 'Two-digit code, "01" (北海道) to "47" (沖縄県)' })
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Reading in hiragana' })
  @Column({ type: 'text' })
  kana: string;

  @Field()
  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Field(() => Region)
  @Column({ type: 'text' })
  region: Region;

  @Field(() => [String], { description: 'Codes of land-adjacent prefectures' })
  @Column({ name: 'neighbour_codes', type: 'text', array: true })
  neighbourCodes: string[];
}

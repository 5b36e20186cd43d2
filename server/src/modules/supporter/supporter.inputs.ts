import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import {
  Availability,
  LIMITS,
  MUNICIPALITY_CODE_PATTERN,
  PREFECTURE_CODE_PATTERN,
  SupportType,
} from '@tsunagu/shared';

@InputType({ description: 'Narrows the supporter catalogue; every given criterion must hold' })
export class SupporterFilter {
  @Field(() => [SupportType], { nullable: true, description: 'Offers any of these types (all of them with matchAllTypes)' })
  @IsOptional()
  @ArrayMaxSize(10)
  supportTypes?: SupportType[] | null;

  @Field({ defaultValue: false, description: 'Require every listed support type instead of any' })
  matchAllTypes: boolean;

  @Field(() => String, { nullable: true, description: 'Serves this prefecture (whole or part), or works remotely' })
  @IsOptional()
  @Matches(PREFECTURE_CODE_PATTERN, { message: 'must be a two-digit prefecture code from "01" to "47"' })
  prefectureCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Serves this municipality, its whole prefecture, or works remotely',
  })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'must be a six-digit local government code' })
  municipalityCode?: string | null;

  @Field({ defaultValue: true, description: 'With an area filter, also include supporters who work remotely' })
  includeRemote: boolean;

  @Field(() => [Availability], { nullable: true, description: 'Any of these availabilities' })
  @IsOptional()
  availability?: Availability[] | null;

  @Field(() => String, {
    nullable: true,
    description: `Words to find in name, kana, summary or description (all must match; at most ${LIMITS.searchTextMaxLength} characters)`,
  })
  @IsOptional()
  @MaxLength(LIMITS.searchTextMaxLength, { message: `must be at most ${LIMITS.searchTextMaxLength} characters` })
  text?: string | null;
}

import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { REQUEST_LIMITS, SupportType } from '@tsunagu/shared';
import { AtMostItems, PrefectureCode } from '../../graphql/validation';

@InputType({ description: 'Narrows the published requests an intermediary browses' })
export class PublishedSupportRequestFilter {
  @Field({
    defaultValue: true,
    description: "Only requests that want a type one of your profiles offers, in a prefecture it works in (any, if it works remotely)",
  })
  matchingMyProfiles: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PrefectureCode()
  prefectureCode?: string | null;

  @Field(() => [SupportType], { nullable: true, description: 'Wants any of these types' })
  @IsOptional()
  @AtMostItems(REQUEST_LIMITS.supportTypesMax)
  supportTypes?: SupportType[] | null;
}

import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SITE_PAGE_LIMITS } from '@tsunagu/shared';
import { MaxChars, RequiredText } from '../../graphql/validation';

/** A page's whole text; English may stay empty (the Japanese text is shown then). */
@InputType()
export class SitePageInput {
  @Field()
  @RequiredText(SITE_PAGE_LIMITS.titleMaxLength)
  title: string;

  @Field()
  @RequiredText(SITE_PAGE_LIMITS.bodyMaxLength)
  body: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(SITE_PAGE_LIMITS.titleMaxLength)
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(SITE_PAGE_LIMITS.bodyMaxLength)
  bodyEn?: string | null;
}

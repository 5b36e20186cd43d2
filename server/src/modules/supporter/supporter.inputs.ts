import { IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import {
  Availability,
  Framework,
  InputReason,
  LIMITS,
  PHONE_PATTERN,
  PROFILE_LIMITS,
  Step,
  SupportType,
  SupporterKind,
  VerificationStatus,
  enumValues,
} from '@tsunagu/shared';
import {
  AtLeast,
  AtMostItems,
  ChooseAtLeast,
  EmailAddress,
  IntRange,
  KanaText,
  MaxChars,
  MunicipalityCode,
  NoDuplicates,
  Pattern,
  PrefectureCode,
  RequiredText,
  WebAddress,
} from '../../graphql/validation';

@InputType({ description: 'Narrows the supporter catalogue; every given criterion must hold' })
export class SupporterFilter {
  @Field(() => [SupportType], { nullable: true, description: 'Offers any of these types (all of them with matchAllTypes)' })
  @IsOptional()
  @AtMostItems(enumValues(SupportType).length)
  supportTypes?: SupportType[] | null;

  @Field({ defaultValue: false, description: 'Require every listed support type instead of any' })
  matchAllTypes: boolean;

  @Field(() => String, { nullable: true, description: 'Serves this prefecture (whole or part), or works remotely' })
  @IsOptional()
  @PrefectureCode()
  prefectureCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Serves this municipality, its whole prefecture, or works remotely',
  })
  @IsOptional()
  @MunicipalityCode()
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
  @MaxChars(LIMITS.searchTextMaxLength)
  text?: string | null;

  @Field({ defaultValue: false, description: 'Only profiles a prefecture or the operator has verified' })
  verifiedOnly: boolean;

  @Field(() => [VerificationStatus], {
    nullable: true,
    description: 'Any of these verification statuses (e.g. UNVERIFIED for a verification queue)',
  })
  @IsOptional()
  verificationStatus?: VerificationStatus[] | null;
}

/** Optional text: null, absent or blank means "none", so only a non-blank value is checked. */
const unlessBlank = ValidateIf((_object: object, value: unknown) => typeof value === 'string' && value.trim() !== '');

@InputType({ description: 'Where a supporter works: whole prefectures and individual municipalities' })
export class ServiceAreaInput {
  @Field(() => [String], { description: 'Prefectures served as a whole, by two-digit code' })
  @AtMostItems(PROFILE_LIMITS.prefecturesMax)
  @NoDuplicates()
  @PrefectureCode({ each: true })
  prefectureCodes: string[];

  @Field(() => [String], { description: 'Individual municipalities served, by six-digit local government code' })
  @AtMostItems(PROFILE_LIMITS.municipalitiesMax)
  @NoDuplicates()
  @MunicipalityCode({ each: true })
  municipalityCodes: string[];
}

/** Every editable field of a profile: create takes it whole, and update replaces the profile with it. */
@InputType({ description: 'A whole supporter profile as the owner edits it; update replaces every field' })
export class SupporterProfileInput {
  @Field()
  @RequiredText(LIMITS.nameMaxLength)
  name: string;

  @Field({ description: 'Reading of the name in kana' })
  @KanaText(LIMITS.kanaMaxLength)
  kana: string;

  @Field(() => SupporterKind)
  kind: SupporterKind;

  @Field({ description: 'One or two sentences shown in search results' })
  @RequiredText(LIMITS.summaryMaxLength)
  summary: string;

  @Field()
  @MaxChars(LIMITS.descriptionMaxLength)
  description: string;

  @Field(() => [SupportType], { description: 'At least one; a profile without support types is a draft and is not listed' })
  @ChooseAtLeast(1)
  @AtMostItems(enumValues(SupportType).length)
  @NoDuplicates()
  supportTypes: SupportType[];

  @Field({ description: 'Works outside the service area, online or by travelling' })
  remoteAvailable: boolean;

  @Field(() => ServiceAreaInput)
  @ValidateNested()
  serviceArea: ServiceAreaInput;

  @Field(() => [Framework])
  @AtMostItems(enumValues(Framework).length)
  @NoDuplicates()
  frameworks: Framework[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(LIMITS.feeNotesMaxLength)
  feeNotes?: string | null;

  @Field(() => Int, { description: 'Maximum concurrent engagements' })
  @IntRange(0, PROFILE_LIMITS.capacityMax)
  capacity: number;

  @Field(() => Int, { description: 'Engagements under way now; at most capacity' })
  @AtLeast(0)
  currentLoad: number;

  @Field(() => Availability)
  availability: Availability;

  @Field(() => [Step])
  @AtMostItems(enumValues(Step).length)
  @NoDuplicates()
  steps: Step[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IntRange(0, PROFILE_LIMITS.yearsActiveMax)
  yearsActive?: number | null;

  @Field(() => String, { nullable: true, description: 'An http or https address' })
  @unlessBlank
  @MaxChars(PROFILE_LIMITS.websiteMaxLength)
  @WebAddress()
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to signed-in public-sector users and operators' })
  @unlessBlank
  @EmailAddress()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to signed-in public-sector users and operators' })
  @unlessBlank
  @Pattern(PHONE_PATTERN, InputReason.NOT_PHONE)
  contactPhone?: string | null;
}

/** A verifier's decision on a profile. */
export enum VerificationDecision {
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(VerificationDecision, { name: 'VerificationDecision', description: 'Verify a profile, or reject it with a reason' });

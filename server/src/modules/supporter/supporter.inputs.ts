import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import {
  Availability,
  Framework,
  LIMITS,
  MUNICIPALITY_CODE_PATTERN,
  PREFECTURE_CODE_PATTERN,
  Step,
  SupportType,
  SupporterKind,
  VerificationStatus,
  enumValues,
} from '@tsunagu/shared';
import { EmailAddress, RequiredText, MunicipalityCode, PrefectureCode } from '../../graphql/validation';

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
  @MaxLength(LIMITS.searchTextMaxLength, { message: `must be at most ${LIMITS.searchTextMaxLength} characters` })
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

/** Profile limits beyond shared LIMITS (which the client's editor also reads). */
export const PROFILE_LIMITS = {
  capacityMax: 1000,
  yearsActiveMax: 200,
  websiteMaxLength: 500,
  prefecturesMax: 47,
  municipalitiesMax: 300,
  verificationReasonMaxLength: 500,
} as const;

const PHONE_PATTERN = /^\+?[0-9()\- ]{6,30}$/;

/** Optional text: null, absent or blank means "none", so only a non-blank value is checked. */
const unlessBlank = ValidateIf((_object: object, value: unknown) => typeof value === 'string' && value.trim() !== '');

@InputType({ description: 'Where a supporter works: whole prefectures and individual municipalities' })
export class ServiceAreaInput {
  @Field(() => [String], { description: 'Prefectures served as a whole, by two-digit code' })
  @ArrayMaxSize(PROFILE_LIMITS.prefecturesMax)
  @ArrayUnique({ message: 'must not list a prefecture twice' })
  @Matches(PREFECTURE_CODE_PATTERN, { each: true, message: 'must be two-digit prefecture codes from "01" to "47"' })
  prefectureCodes: string[];

  @Field(() => [String], { description: 'Individual municipalities served, by six-digit local government code' })
  @ArrayMaxSize(PROFILE_LIMITS.municipalitiesMax)
  @ArrayUnique({ message: 'must not list a municipality twice' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { each: true, message: 'must be six-digit local government codes' })
  municipalityCodes: string[];
}

/** Every editable field of a profile: create takes it whole, and update replaces the profile with it. */
@InputType({ description: 'A whole supporter profile as the owner edits it; update replaces every field' })
export class SupporterProfileInput {
  @Field()
  @RequiredText(LIMITS.nameMaxLength)
  name: string;

  @Field({ description: 'Reading of the name in kana' })
  @RequiredText(LIMITS.kanaMaxLength)
  kana: string;

  @Field(() => SupporterKind)
  kind: SupporterKind;

  @Field({ description: 'One or two sentences shown in search results' })
  @RequiredText(LIMITS.summaryMaxLength)
  summary: string;

  @Field()
  @MaxLength(LIMITS.descriptionMaxLength, { message: `must be at most ${LIMITS.descriptionMaxLength} characters` })
  description: string;

  @Field(() => [SupportType], { description: 'At least one; a profile without support types is a draft and is not listed' })
  @ArrayMinSize(1, { message: 'must name at least one support type' })
  @ArrayMaxSize(enumValues(SupportType).length)
  @ArrayUnique({ message: 'must not list a support type twice' })
  supportTypes: SupportType[];

  @Field({ description: 'Works outside the service area, online or by travelling' })
  remoteAvailable: boolean;

  @Field(() => ServiceAreaInput)
  @ValidateNested()
  serviceArea: ServiceAreaInput;

  @Field(() => [Framework])
  @ArrayMaxSize(enumValues(Framework).length)
  @ArrayUnique({ message: 'must not list a framework twice' })
  frameworks: Framework[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.feeNotesMaxLength, { message: `must be at most ${LIMITS.feeNotesMaxLength} characters` })
  feeNotes?: string | null;

  @Field(() => Int, { description: 'Maximum concurrent engagements' })
  @Min(0, { message: 'must not be negative' })
  @Max(PROFILE_LIMITS.capacityMax, { message: `must be at most ${PROFILE_LIMITS.capacityMax}` })
  capacity: number;

  @Field(() => Int, { description: 'Engagements under way now; at most capacity' })
  @Min(0, { message: 'must not be negative' })
  currentLoad: number;

  @Field(() => Availability)
  availability: Availability;

  @Field(() => [Step])
  @ArrayMaxSize(enumValues(Step).length)
  @ArrayUnique({ message: 'must not list a step twice' })
  steps: Step[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(PROFILE_LIMITS.yearsActiveMax, { message: `must be at most ${PROFILE_LIMITS.yearsActiveMax}` })
  yearsActive?: number | null;

  @Field(() => String, { nullable: true, description: 'An http or https address' })
  @unlessBlank
  @MaxLength(PROFILE_LIMITS.websiteMaxLength, { message: `must be at most ${PROFILE_LIMITS.websiteMaxLength} characters` })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http:// or https:// address' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to signed-in public-sector users and operators' })
  @unlessBlank
  @EmailAddress()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown only to signed-in public-sector users and operators' })
  @unlessBlank
  @Matches(PHONE_PATTERN, { message: 'must be a phone number of digits, hyphens, spaces, parentheses and an optional leading +' })
  contactPhone?: string | null;
}

/** A verifier's decision on a profile. */
export enum VerificationDecision {
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(VerificationDecision, { name: 'VerificationDecision', description: 'Verify a profile, or reject it with a reason' });

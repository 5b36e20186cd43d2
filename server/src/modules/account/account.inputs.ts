import { IsOptional } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { LIMITS, SupporterKind } from '@tsunagu/shared';
import { EmailAddress, KanaText, MunicipalityCode, NewPassword, PrefectureCode, RequiredText } from '../../graphql/validation';
import { InvitationKind } from './invitation.entity';

@InputType({ description: 'An intermediary registers itself: organization, first user (its owner) and a draft profile' })
export class RegisterIntermediaryInput {
  @Field()
  @RequiredText(LIMITS.organizationNameMaxLength)
  organizationName: string;

  @Field()
  @EmailAddress()
  email: string;

  @Field()
  @RequiredText(LIMITS.displayNameMaxLength)
  displayName: string;

  @Field({ description: `${LIMITS.passwordMinLength}–${LIMITS.passwordMaxLength} characters` })
  @NewPassword()
  password: string;

  @Field({ description: 'Name of the draft supporter profile' })
  @RequiredText(LIMITS.nameMaxLength)
  name: string;

  @Field({ description: 'Reading of the profile name in kana' })
  @KanaText(LIMITS.kanaMaxLength)
  kana: string;

  @Field(() => SupporterKind)
  kind: SupporterKind;

  @Field({ description: 'One or two sentences shown in search results' })
  @RequiredText(LIMITS.summaryMaxLength)
  summary: string;
}

@InputType({ description: 'Whom to invite; which fields apply depends on the kind' })
export class CreateInvitationInput {
  @Field(() => InvitationKind)
  kind: InvitationKind;

  @Field({ description: 'Where the invitation link is sent' })
  @EmailAddress()
  email: string;

  @Field(() => String, { nullable: true, description: 'PREFECTURE_STAFF: the prefecture' })
  @IsOptional()
  @PrefectureCode()
  prefectureCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "MUNICIPALITY_STAFF: the municipality. RMO_STAFF: optionally a ward of the inviter's designated city",
  })
  @IsOptional()
  @MunicipalityCode()
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'RMO_STAFF: the name of the RMO' })
  @IsOptional()
  @RequiredText(LIMITS.organizationNameMaxLength)
  organizationName?: string | null;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token of the mailed link' })
  token: string;

  @Field({ description: `${LIMITS.passwordMinLength}–${LIMITS.passwordMaxLength} characters` })
  @NewPassword()
  newPassword: string;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The token of the mailed link' })
  token: string;

  @Field()
  @RequiredText(LIMITS.displayNameMaxLength)
  displayName: string;

  @Field({ description: `${LIMITS.passwordMinLength}–${LIMITS.passwordMaxLength} characters` })
  @NewPassword()
  password: string;
}

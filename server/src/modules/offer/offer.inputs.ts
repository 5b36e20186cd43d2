import { IsOptional } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DeclineReason, IntroductionStatus, OFFER_LIMITS, OfferKind, OfferResponse, OfferStatus } from '@tsunagu/shared';
import { AtMostItems, MaxChars, RecordId, RequiredText } from '../../graphql/validation';

export { OfferResponse };
registerEnumType(OfferResponse, { name: 'OfferResponse' });

@InputType({ description: 'A direct approach (打診) to one supporter from a request’s ranking' })
export class ApproachSupporterInput {
  @Field(() => ID)
  @RecordId()
  requestId: string;

  @Field(() => ID, { description: 'The supporter profile approached' })
  @RecordId()
  supporterId: string;

  @Field({ description: `What you ask of the supporter (at most ${OFFER_LIMITS.noteMaxLength} characters)` })
  @RequiredText(OFFER_LIMITS.noteMaxLength)
  message: string;
}

@InputType({ description: 'A request to your prefecture to introduce supporters (紹介依頼)' })
export class RequestIntroductionInput {
  @Field(() => ID)
  @RecordId()
  requestId: string;

  @Field({ description: 'What you need, for the prefecture' })
  @RequiredText(OFFER_LIMITS.noteMaxLength)
  note: string;
}

@InputType({ description: 'The prefecture proposes one supporter on an introduction request (up to three in all)' })
export class ProposeIntroductionInput {
  @Field(() => ID)
  @RecordId()
  introductionId: string;

  @Field(() => ID)
  @RecordId()
  supporterId: string;

  @Field({ description: 'Why this supporter: for the municipality and the supporter' })
  @RequiredText(OFFER_LIMITS.noteMaxLength)
  note: string;
}

@InputType({ description: 'Accept (with a note on availability) or decline (with a reason) an offer made to your organization' })
export class RespondToOfferInput {
  @Field(() => ID)
  @RecordId()
  offerId: string;

  @Field(() => OfferResponse)
  response: OfferResponse;

  @Field(() => String, { nullable: true, description: 'Required to accept: when and how you can start' })
  @IsOptional()
  @MaxChars(OFFER_LIMITS.responseNoteMaxLength)
  availabilityNote?: string | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Required to decline' })
  declineReason?: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'Optional words with a decline; required when the reason is OTHER' })
  @IsOptional()
  @MaxChars(OFFER_LIMITS.responseNoteMaxLength)
  comment?: string | null;
}

@InputType({ description: 'One message in an offer’s thread' })
export class PostOfferMessageInput {
  @Field(() => ID)
  @RecordId()
  offerId: string;

  @Field({ description: `Plain text, at most ${OFFER_LIMITS.messageMaxLength} characters` })
  @RequiredText(OFFER_LIMITS.messageMaxLength)
  body: string;
}

@InputType({ description: 'Narrows the offers you can see; every given criterion must hold' })
export class OfferFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @RecordId()
  requestId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @RecordId()
  introductionId?: string | null;

  @Field(() => [OfferStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @AtMostItems(Object.keys(OfferStatus).length)
  statuses?: OfferStatus[] | null;

  @Field(() => [OfferKind], { nullable: true })
  @IsOptional()
  @AtMostItems(Object.keys(OfferKind).length)
  kinds?: OfferKind[] | null;
}

@InputType({ description: 'Narrows the introduction requests you can see' })
export class IntroductionFilter {
  @Field(() => [IntroductionStatus], { nullable: true, description: 'Any of these statuses (default: all)' })
  @IsOptional()
  @AtMostItems(Object.keys(IntroductionStatus).length)
  statuses?: IntroductionStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @RecordId()
  requestId?: string | null;
}

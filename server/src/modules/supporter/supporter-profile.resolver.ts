import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Availability, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../account/viewer';
import { SupporterProfile } from './supporter-profile.entity';
import { SupporterProfileInput, VerificationDecision } from './supporter.inputs';

/** Profile maintenance by the owning intermediary, and verification by prefectures and operators. */
@Resolver(() => SupporterProfile)
export class SupporterProfileResolver {
  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Query(() => [SupporterProfile], { description: "Your organization's profiles, including drafts and archived ones" })
  mySupporterProfiles(@Ctx() ctx: RequestContext): Promise<SupporterProfile[]> {
    return ctx.services.supporterProfiles.listOwn(requireViewer(ctx.viewer));
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, { description: 'Creates a profile owned by your organization (unverified, availability confirmed now)' })
  createSupporterProfile(
    @Arg('input', () => SupporterProfileInput) input: SupporterProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, {
    description: 'Replaces every field and the service area of your profile; also confirms availability. A rejected profile returns to unverified.',
  })
  updateSupporterProfile(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SupporterProfileInput) input: SupporterProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.update(requireViewer(ctx.viewer), id, input);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, { description: 'Takes your profile out of search for good' })
  archiveSupporterProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.archive(requireViewer(ctx.viewer), id);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, { description: 'Confirms that your profile is current, optionally changing its availability' })
  reconfirmAvailability(
    @Arg('id', () => ID) id: string,
    @Arg('availability', () => Availability, { nullable: true }) availability: Availability | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.reconfirmAvailability(requireViewer(ctx.viewer), id, availability);
  }

  @Authorized(UserRole.PREFECTURE_STAFF, UserRole.OPERATOR)
  @Mutation(() => SupporterProfile, {
    description: 'Verifies or rejects a profile. Prefecture staff: profiles serving their prefecture; operators: any.',
  })
  verifySupporterProfile(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => VerificationDecision) decision: VerificationDecision,
    @Arg('reason', () => String, { nullable: true, description: 'Required (1–500 characters) when rejecting' })
    reason: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.verify(requireViewer(ctx.viewer), id, decision, reason);
  }
}

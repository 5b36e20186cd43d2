import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Availability, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { SupporterProfile } from './supporter-profile.entity';
import { SupporterProfileInput, VerificationDecision } from './supporter.inputs';

/** Profile maintenance by the owning intermediary, and verification by prefectures and operators. */
@Resolver(() => SupporterProfile)
export class SupporterProfileResolver {
  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Query(() => [SupporterProfile], { description: "Your organization's profiles, including drafts and archived ones" })
  mySupporterProfiles(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupporterProfile[]> {
    return ctx.services.supporterProfiles.listOwn(viewer);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, { description: 'Creates a profile owned by your organization (unverified, availability confirmed now)' })
  createSupporterProfile(
    @Arg('input', () => SupporterProfileInput) input: SupporterProfileInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.create(viewer, input);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, {
    description: 'Replaces every field and the service area of your profile; also confirms availability. A rejected profile returns to unverified.',
  })
  updateSupporterProfile(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SupporterProfileInput) input: SupporterProfileInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.update(viewer, id, input);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, { description: 'Takes your profile out of search for good' })
  archiveSupporterProfile(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.archive(viewer, id);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => SupporterProfile, { description: 'Confirms that your profile is current, optionally changing its availability' })
  reconfirmAvailability(
    @Arg('id', () => ID) id: string,
    @Arg('availability', () => Availability, { nullable: true }) availability: Availability | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.reconfirmAvailability(viewer, id, availability);
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
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterProfile> {
    return ctx.services.supporterProfiles.verify(viewer, id, decision, reason);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OFFER_LIMITS, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { PublishedSupportRequestFilter } from './published-request.inputs';
import { SupportRequest } from '../support-request/support-request.entity';
import { MarkedInterest, PublishedSupportRequest, PublishedSupportRequestConnection } from './published-request.types';

/** Intermediaries browse open, published requests anonymously and mark interest for their profiles. */
@Resolver(() => PublishedSupportRequest)
export class PublishedSupportRequestResolver {
  @Authorized(UserRole.INTERMEDIARY_STAFF, UserRole.OPERATOR)
  @Query(() => PublishedSupportRequestConnection, {
    description: 'Open requests published anonymously, newest first; by default those in your profiles’ areas and types',
  })
  publishedSupportRequests(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PublishedSupportRequestFilter, { nullable: true }) filter?: PublishedSupportRequestFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PublishedSupportRequestConnection> {
    return ctx.services.publishedRequests.list(viewer, filter, first, after);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => PublishedSupportRequest, {
    description: 'Marks interest in a published request for one of your profiles (it shows in the ranking), optionally with a short message for the municipality',
  })
  markSupportRequestInterest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('supporterId', () => ID) supporterId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('message', () => String, { nullable: true, description: `A short note for the municipality (at most ${OFFER_LIMITS.interestMessageMaxLength} characters); marking again replaces it` })
    message?: string | null,
  ): Promise<PublishedSupportRequest> {
    return ctx.services.publishedRequests.setInterest(viewer, requestId, supporterId, true, message ?? null);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => PublishedSupportRequest, { description: "Withdraws your profile's interest in a published request" })
  withdrawSupportRequestInterest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('supporterId', () => ID) supporterId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishedSupportRequest> {
    return ctx.services.publishedRequests.setInterest(viewer, requestId, supporterId, false);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() request: PublishedSupportRequest, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.services.reference.placeOf(request.prefectureCode, request.municipalityCode)).municipality;
  }

  @FieldResolver(() => Prefecture)
  async prefecture(@Root() request: PublishedSupportRequest, @Ctx() ctx: RequestContext): Promise<Prefecture> {
    return (await ctx.services.reference.placeOf(request.prefectureCode, request.municipalityCode)).prefecture;
  }
}

/** The interest marked in a request, with its messages, for the request's readers (never intermediaries). */
@Resolver(() => SupportRequest)
export class SupportRequestInterestResolver {
  @FieldResolver(() => [MarkedInterest], { description: 'Supporters that marked interest, newest first, with their messages' })
  async interests(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<MarkedInterest[]> {
    const marked = await ctx.loaders.supportRequests.interests.load(request.id);
    const profiles = await ctx.loaders.offers.profile.loadMany(marked.map((m) => m.supporterId));
    return marked.flatMap((m, i) => {
      const supporter = profiles[i];
      return supporter && !(supporter instanceof Error) ? [{ supporter, message: m.message, markedAt: m.markedAt }] : [];
    });
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { PublishedSupportRequestFilter } from './published-request.inputs';
import { PublishedSupportRequest, PublishedSupportRequestConnection } from './published-request.types';

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
  @Mutation(() => PublishedSupportRequest, { description: 'Marks interest in a published request for one of your profiles (it shows in the ranking)' })
  markSupportRequestInterest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('supporterId', () => ID) supporterId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishedSupportRequest> {
    return ctx.services.publishedRequests.setInterest(viewer, requestId, supporterId, true);
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

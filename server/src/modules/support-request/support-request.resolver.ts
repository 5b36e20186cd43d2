import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SupportRequestAction, UserRole, type MatchReason as ScoredReason } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Organization } from '../account/organization.entity';
import { profileOf } from '../catalogue/catalogue-profile';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { Rmo } from '../rmo/rmo.entity';
import { SupportRequest } from './support-request.entity';
import { ReturnSupportRequestInput, SupportRequestFilter, SupportRequestInput } from './support-request.inputs';
import { MatchReason, SupportRequestConnection, SupporterMatch } from './support-request.types';

/** Public-sector users and operators read requests in full; intermediaries only the published view (modules/published-request). */
const READERS = [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF, UserRole.PREFECTURE_STAFF, UserRole.OPERATOR];
const WRITERS = [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF];

/** A served match's reason, which the ranking always explains (only candidates it drops go unexplained). */
function explained(reason: ScoredReason): MatchReason {
  if (!reason.explanation) throw new Error(`The ranking left ${reason.factor} unexplained`);
  const { code, ...params } = reason.explanation;
  return { ...reason, explanation: { code, params } };
}

@Resolver(() => SupportRequest)
export class SupportRequestResolver {
  @Authorized(...READERS)
  @Query(() => SupportRequestConnection, { description: 'Support requests you may read, most recently changed first' })
  supportRequests(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SupportRequestFilter, { nullable: true }) filter?: SupportRequestFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<SupportRequestConnection> {
    return ctx.services.supportRequests.list(viewer, filter, first, after);
  }

  @Authorized(...READERS)
  @Query(() => SupportRequest, { description: 'One request: FORBIDDEN unless you may read it' })
  supportRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.findById(viewer, id);
  }

  @Authorized(...READERS)
  @Query(() => [SupporterMatch], {
    description:
      'Supporters ranked against a request you may read: each offers at least one wanted type; scores descend; at most two per organization. Unverified and stale profiles are flagged, not hidden.',
  })
  async matchesForRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 20, at most 100' }) first: number | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupporterMatch[]> {
    const request = await ctx.services.supportRequests.findById(viewer, requestId);
    const { matches: ranked } = await ctx.services.matching.rank(request, first, ctx.services.clock.now());
    return ranked.map(({ entry, display, result }) => ({
      supporter: profileOf(entry, display),
      score: result.score,
      reasons: result.reasons.map(explained),
      flags: result.flags,
    }));
  }

  @Authorized(...WRITERS)
  @Mutation(() => SupportRequest, { description: 'Creates a draft for your own municipality' })
  createSupportRequest(
    @Arg('input', () => SupportRequestInput) input: SupportRequestInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportRequest> {
    return ctx.services.supportRequests.create(viewer, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SupportRequest, { description: 'Replaces every field; after submission the form must stay complete' })
  updateSupportRequest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SupportRequestInput) input: SupportRequestInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportRequest> {
    return ctx.services.supportRequests.update(viewer, id, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SupportRequest, {
    description: "Submits a complete draft with the RMO's agreement: a municipality's opens, an RMO's awaits endorsement",
  })
  submitSupportRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.submit(viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => SupportRequest, { description: "Endorses an RMO's submitted request of your municipality, which opens it" })
  endorseSupportRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.endorse(viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => SupportRequest, {
    description: "Returns an RMO's request awaiting endorsement to the RMO for revision, with a comment (差し戻し); the RMO edits and submits it again",
  })
  returnSupportRequest(
    @Arg('input', () => ReturnSupportRequestInput) input: ReturnSupportRequestInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportRequest> {
    return ctx.services.supportRequests.returnForRevision(viewer, input.id, input.comment);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SupportRequest, { description: 'Closes an open request' })
  closeSupportRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.close(viewer, id);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SupportRequest, { description: 'Withdraws a request that is not yet closed' })
  withdrawSupportRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return ctx.services.supportRequests.withdraw(viewer, id);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.services.reference.placeOf(request.prefectureCode, request.municipalityCode)).municipality;
  }

  @FieldResolver(() => Prefecture)
  async prefecture(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<Prefecture> {
    return (await ctx.services.reference.placeOf(request.prefectureCode, request.municipalityCode)).prefecture;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The municipality or RMO that wrote it' })
  authorOrganization(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return ctx.loaders.organizations.organization.load(request.authorOrganizationId);
  }

  @FieldResolver(() => [Rmo], { description: 'RMOs it concerns; empty when municipality-wide' })
  rmos(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<Rmo[]> {
    return ctx.loaders.supportRequests.rmos.load(request.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The RMO record of the RMO that wrote it, which must stay among its RMOs; null for a municipality's request",
  })
  authorRmoId(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders.supportRequests.rmoIdOfOrganization.load(request.authorOrganizationId);
  }

  @FieldResolver(() => Int, { description: 'How many intermediary profiles marked interest' })
  interestCount(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.supportRequests.interestCount.load(request.id);
  }

  @FieldResolver(() => [SupportRequestAction], { description: 'Lifecycle actions you may take now' })
  allowedActions(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): SupportRequestAction[] {
    return ctx.services.supportRequests.allowedActions(ctx.viewer, request);
  }
}

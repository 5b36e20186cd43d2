import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IntroductionAction, OFFER_LIMITS, OfferAction, OfferParty, OfferStatus, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { SupportRequest } from '../support-request/support-request.entity';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { isIntroductionParty } from './offer-access';
import { IntroductionRequest } from './introduction-request.entity';
import { OfferMessage } from './offer-message.entity';
import { daysUntil } from './offer-time';
import { Offer } from './offer.entity';
import {
  ApproachSupporterInput,
  IntroductionFilter,
  OfferFilter,
  PostOfferMessageInput,
  ProposeIntroductionInput,
  RequestIntroductionInput,
  RespondToOfferInput,
} from './offer.inputs';
import { IntroductionRequestConnection, OfferConnection, OfferedRequest } from './offer.types';

/** Everyone who can be a party to an offer. */
const PARTIES = [UserRole.MUNICIPALITY_STAFF, UserRole.PREFECTURE_STAFF, UserRole.INTERMEDIARY_STAFF];

/** Offers: made by municipalities (approach) and prefectures (proposal), answered by supporters. */
@Resolver(() => Offer)
export class OfferResolver {
  @Authorized()
  @Query(() => OfferConnection, { description: 'Offers you are a party to (your municipality’s, your prefecture’s proposals, or made to your organization), newest first' })
  offers(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OfferFilter, { nullable: true }) filter?: OfferFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<OfferConnection> {
    return ctx.services.offers.list(viewer, filter, first, after);
  }

  @Authorized()
  @Query(() => Offer, { description: 'One offer you are a party to; NOT_FOUND otherwise (as for an unknown id)' })
  offer(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offers.findById(viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => Offer, { description: 'Approaches a supporter for an open request of your municipality, with a message (打診)' })
  approachSupporter(@Arg('input', () => ApproachSupporterInput) input: ApproachSupporterInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offers.approach(viewer, input);
  }

  @Authorized(UserRole.PREFECTURE_STAFF)
  @Mutation(() => Offer, { description: `Proposes a supporter on an introduction request of your prefecture, with a note (at most ${OFFER_LIMITS.proposalsPerIntroduction} in all)` })
  proposeIntroduction(@Arg('input', () => ProposeIntroductionInput) input: ProposeIntroductionInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offers.propose(viewer, input);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => Offer, { description: 'Accepts (with a note on availability) or declines (with a reason) an offer made to your organization, before its deadline' })
  respondToOffer(@Arg('input', () => RespondToOfferInput) input: RespondToOfferInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offers.respond(viewer, input);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => Offer, {
    description: "Confirms an accepted offer: its supporter becomes the request's chosen supporter (CONFLICT AT_CAPACITY when it has no free place); the other live offers close",
  })
  confirmOffer(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offers.confirm(viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.PREFECTURE_STAFF)
  @Mutation(() => Offer, { description: "Withdraws a live offer: the request's municipality any of them, the prefecture its own proposals" })
  withdrawOffer(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offers.withdraw(viewer, id);
  }

  @Authorized(...PARTIES)
  @Mutation(() => OfferMessage, { description: "Posts a plain-text message in an offer's thread (its parties only)" })
  postOfferMessage(@Arg('input', () => PostOfferMessageInput) input: PostOfferMessageInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<OfferMessage> {
    return ctx.services.offerThreads.post(viewer, input);
  }

  @Authorized(...PARTIES)
  @Mutation(() => Offer, { description: "Marks the offer's thread read up to its latest message, for you" })
  markOfferThreadRead(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Offer> {
    return ctx.services.offerThreads.markRead(viewer, id);
  }

  @FieldResolver(() => SupporterProfile, { description: 'The supporter the offer was made to' })
  async supporter(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<SupporterProfile> {
    return (await ctx.loaders.offers.profile.load(offer.supporterId))!;
  }

  @FieldResolver(() => OfferedRequest, { description: "The request's full text: its parties read it, the supporter from the moment the offer is made" })
  async request(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<OfferedRequest> {
    return (await ctx.loaders.offers.offeredRequest.load(offer.requestId))!;
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.services.reference.placeOf(offer.prefectureCode, offer.municipalityCode)).municipality;
  }

  @FieldResolver(() => Prefecture)
  async prefecture(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<Prefecture> {
    return (await ctx.services.reference.placeOf(offer.prefectureCode, offer.municipalityCode)).prefecture;
  }

  @FieldResolver(() => String, { description: 'Who made it: the municipality (approach) or the prefecture (proposal)' })
  async offeredByName(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.organizations.organization.load(offer.offeredByOrganizationId))?.name ?? '';
  }

  @FieldResolver(() => IntroductionRequest, {
    nullable: true,
    description: "A proposal's introduction request (the municipality's note to its prefecture); null for approaches and for the supporter",
  })
  async introduction(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<IntroductionRequest | null> {
    if (!offer.introductionId || !ctx.viewer) return null;
    const introduction = await ctx.loaders.offers.introduction.load(offer.introductionId);
    return introduction && isIntroductionParty(ctx.viewer, introduction) ? introduction : null;
  }

  @FieldResolver(() => OfferParty, { nullable: true, description: 'Your side of the offer' })
  party(@Root() offer: Offer, @Ctx() ctx: RequestContext): OfferParty | null {
    return ctx.viewer ? ctx.services.offers.partyOf(ctx.viewer, offer) : null;
  }

  @FieldResolver(() => [OfferAction], { description: 'Lifecycle actions you may take now' })
  allowedActions(@Root() offer: Offer, @Ctx() ctx: RequestContext): OfferAction[] {
    return ctx.services.offers.allowedActions(ctx.viewer, offer);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Whole days left to answer (server clock); null once answered or ended' })
  daysLeft(@Root() offer: Offer, @Ctx() ctx: RequestContext): number | null {
    return offer.status === OfferStatus.OFFERED ? daysUntil(ctx.services.clock.now(), offer.respondBy) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Unanswered and past its deadline (it expires within the hour)' })
  overdue(@Root() offer: Offer, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.offers.isOverdue(offer);
  }

  @FieldResolver(() => [OfferMessage], { description: 'The thread, oldest first' })
  messages(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<OfferMessage[]> {
    return ctx.loaders.offers.messages.load(offer.id);
  }

  @FieldResolver(() => Int, { description: "Messages from others you have not read" })
  unreadMessageCount(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<number> | number {
    return ctx.viewer ? ctx.loaders.offers.unreadCount.load(`${offer.id}:${ctx.viewer.userId}`) : 0;
  }
}

@Resolver(() => OfferMessage)
export class OfferMessageResolver {
  @FieldResolver(() => String, { description: "The author's name and organization, e.g. 「デモ 村上市担当（村上市）」" })
  async author(@Root() message: OfferMessage, @Ctx() ctx: RequestContext): Promise<string> {
    const [user, organization] = await Promise.all([
      ctx.loaders.offers.userName.load(message.authorUserId),
      ctx.loaders.organizations.organization.load(message.authorOrganizationId),
    ]);
    return organization ? `${user ?? ''}（${organization.name}）` : (user ?? '');
  }

  @FieldResolver(() => Boolean, { description: 'You wrote it' })
  mine(@Root() message: OfferMessage, @Ctx() ctx: RequestContext): boolean {
    return ctx.viewer?.userId === message.authorUserId;
  }
}

/** Introduction requests (紹介依頼): municipalities ask, prefectures work through their queue. */
@Resolver(() => IntroductionRequest)
export class IntroductionRequestResolver {
  @Authorized(UserRole.PREFECTURE_STAFF, UserRole.MUNICIPALITY_STAFF)
  @Query(() => IntroductionRequestConnection, {
    description: "A prefecture's queue (its prefecture's introduction requests) or a municipality's own: overdue first, then the oldest",
  })
  introductionRequests(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => IntroductionFilter, { nullable: true }) filter?: IntroductionFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<IntroductionRequestConnection> {
    return ctx.services.introductions.list(viewer, filter, first, after);
  }

  @Authorized(UserRole.PREFECTURE_STAFF, UserRole.MUNICIPALITY_STAFF)
  @Query(() => IntroductionRequest, { description: 'One introduction request of your municipality or prefecture; NOT_FOUND otherwise' })
  introductionRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<IntroductionRequest> {
    return ctx.services.introductions.findById(viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => IntroductionRequest, { description: 'Asks your prefecture to introduce supporters for an open request of your municipality, with a note (紹介依頼)' })
  requestIntroduction(@Arg('input', () => RequestIntroductionInput) input: RequestIntroductionInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<IntroductionRequest> {
    return ctx.services.introductions.request(viewer, input);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => IntroductionRequest, { description: 'Cancels your open introduction request; proposals already made stay' })
  cancelIntroduction(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<IntroductionRequest> {
    return ctx.services.introductions.cancel(viewer, id);
  }

  @FieldResolver(() => SupportRequest)
  async request(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return (await ctx.loaders.offers.supportRequest.load(introduction.requestId))!;
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.services.reference.placeOf(introduction.prefectureCode, introduction.municipalityCode)).municipality;
  }

  @FieldResolver(() => Prefecture)
  async prefecture(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<Prefecture> {
    return (await ctx.services.reference.placeOf(introduction.prefectureCode, introduction.municipalityCode)).prefecture;
  }

  @FieldResolver(() => [Offer], { description: 'The supporters proposed so far, oldest first' })
  proposals(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<Offer[]> {
    return ctx.loaders.offers.proposals.load(introduction.id);
  }

  @FieldResolver(() => Int, { description: `Proposals still possible (at most ${OFFER_LIMITS.proposalsPerIntroduction} in all)` })
  async proposalsLeft(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<number> {
    return Math.max(0, OFFER_LIMITS.proposalsPerIntroduction - (await ctx.loaders.offers.proposals.load(introduction.id)).length);
  }

  @FieldResolver(() => Int, { description: 'Whole days since the municipality asked (server clock)' })
  ageDays(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): number {
    return ctx.services.introductions.ageDays(introduction);
  }

  @FieldResolver(() => Boolean, {
    description: 'Open, nothing waiting on a supporter, and either a proposal expired or the municipality has waited past the target days',
  })
  overdue(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.introductions.isOverdue(introduction);
  }

  @FieldResolver(() => [IntroductionAction], { description: 'Lifecycle actions you may take now' })
  allowedActions(@Root() introduction: IntroductionRequest, @Ctx() ctx: RequestContext): Promise<IntroductionAction[]> {
    return ctx.services.introductions.allowedActions(ctx.viewer, introduction);
  }
}

/** What a support request's readers learn of its offers: the chosen supporter, the open introduction request, who has been offered it. */
@Resolver(() => SupportRequest)
export class SupportRequestOffersResolver {
  @FieldResolver(() => SupporterProfile, { nullable: true, description: 'The supporter of the confirmed offer, once chosen' })
  async chosenSupporter(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<SupporterProfile | null> {
    if (!request.confirmedOfferId) return null;
    const offer = await ctx.loaders.offers.offer.load(request.confirmedOfferId);
    return offer ? ctx.loaders.offers.profile.load(offer.supporterId) : null;
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The confirmed offer, for its parties (null for other readers)' })
  async confirmedOffer(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<Offer | null> {
    if (!request.confirmedOfferId || !ctx.viewer) return null;
    const offer = await ctx.loaders.offers.offer.load(request.confirmedOfferId);
    return offer && ctx.services.offers.partyOf(ctx.viewer, offer) ? offer : null;
  }

  @FieldResolver(() => IntroductionRequest, { nullable: true, description: 'The open introduction request, for the municipality and the prefecture' })
  async openIntroduction(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<IntroductionRequest | null> {
    if (!ctx.viewer || !isIntroductionParty(ctx.viewer, request)) return null;
    return ctx.loaders.offers.openIntroduction.load(request.id);
  }

  @FieldResolver(() => [ID], {
    description: 'Supporters with a waiting or confirmed offer for it (the ranking marks them); empty except for the municipality and the prefecture',
  })
  offeredSupporterIds(@Root() request: SupportRequest, @Ctx() ctx: RequestContext): Promise<string[]> | string[] {
    if (!ctx.viewer || !isIntroductionParty(ctx.viewer, request)) return [];
    return ctx.loaders.offers.offeredSupporterIds.load(request.id);
  }
}

/** Whether an offer can reach the supporter at all: it needs an account to answer. */
@Resolver(() => SupporterProfile)
export class SupporterOffersResolver {
  @FieldResolver(() => Boolean, { description: 'Has an account that can answer an approach or proposal (imported profiles without one cannot)' })
  acceptsOffers(@Root() profile: SupporterProfile): boolean {
    return profile.ownerOrganizationId !== null && profile.archivedAt === null;
  }
}

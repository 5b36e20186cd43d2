import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ENGAGEMENT_CHECKLIST,
  EngagementAction,
  EngagementParty,
  OfferStatus,
  ReviewPart,
  STEPS_IN_ORDER,
  TraineeStatus,
  UserRole,
  reviewPartOf,
} from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Offer } from '../offer/offer.entity';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { engagementActor, partyOf } from './engagement-access';
import { Engagement } from './engagement.entity';
import {
  AddEngagementActivityInput,
  CreateEngagementFromOfferInput,
  EndEngagementInput,
  EngagementFilter,
  RecordEngagementInput,
  WriteEngagementReviewInput,
} from './engagement.inputs';
import {
  EngagementActivity,
  EngagementCheckItem,
  EngagementConnection,
  EngagementOverview,
  EngagementReviewPart,
  EngagementStepRecord,
  EngagementTrainee,
} from './engagement.types';

/** Everyone who can be a party to an engagement. */
const PARTIES = [UserRole.MUNICIPALITY_STAFF, UserRole.PREFECTURE_STAFF, UserRole.RMO_STAFF, UserRole.INTERMEDIARY_STAFF];
/** Those who run it: the municipality and the lead supporter. */
const MANAGERS = [UserRole.MUNICIPALITY_STAFF, UserRole.INTERMEDIARY_STAFF];

/** Engagements: begun by municipalities, run with their RMOs and supporters, followed by prefectures. */
@Resolver(() => Engagement)
export class EngagementResolver {
  @Authorized()
  @Query(() => EngagementConnection, { description: "Engagements you are a party to (or an OJT trainee in); a prefecture's are those in it. Most recently updated first" })
  engagements(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EngagementFilter, { nullable: true }) filter?: EngagementFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EngagementConnection> {
    return ctx.services.engagements.list(viewer, filter, first, after);
  }

  @Authorized()
  @Query(() => Engagement, { description: 'One engagement you may read; NOT_FOUND otherwise (as for an unknown id)' })
  engagement(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.findById(viewer, id);
  }

  @Authorized(UserRole.PREFECTURE_STAFF)
  @Query(() => EngagementOverview, { description: 'Your prefecture’s engagements by step and status, with those not updated for 90 days flagged' })
  engagementOverview(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<EngagementOverview> {
    return ctx.services.engagements.overview(viewer);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => Engagement, { description: 'Turns a confirmed offer of your municipality into an engagement (PLANNED)' })
  createEngagementFromOffer(@Arg('input', () => CreateEngagementFromOfferInput) input: CreateEngagementFromOfferInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.createFromOffer(viewer, input);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF)
  @Mutation(() => Engagement, { description: 'Records a past or ongoing engagement of your municipality begun outside Tsunagu (ACTIVE)' })
  recordEngagement(@Arg('input', () => RecordEngagementInput) input: RecordEngagementInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.record(viewer, input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Engagement, { description: 'Starts a planned engagement (the municipality or the lead supporter)' })
  startEngagement(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.start(viewer, id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Engagement, { description: 'Moves an active engagement to its next step, today (the municipality or the lead supporter)' })
  advanceEngagementStep(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.advanceStep(viewer, id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Engagement, { description: 'Begins the wrap-up review (総括): every party then writes its part' })
  beginEngagementReview(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.beginReview(viewer, id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Engagement, { description: 'Ends the engagement before its review, with a reason' })
  endEngagementEarly(@Arg('input', () => EndEngagementInput) input: EndEngagementInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.endEarly(viewer, input);
  }

  @Authorized(...PARTIES)
  @Mutation(() => Engagement, { description: "Ticks or unticks one of your party's checklist items (the municipality may tick its RMOs' items)" })
  setEngagementCheck(
    @Arg('engagementId', () => ID) engagementId: string,
    @Arg('itemCode') itemCode: string,
    @Arg('done') done: boolean,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement> {
    return ctx.services.engagements.setCheck(viewer, engagementId, itemCode, done);
  }

  @Authorized(...PARTIES)
  @Mutation(() => Engagement, { description: 'Adds a dated entry to the activity log (any party)' })
  addEngagementActivity(@Arg('input', () => AddEngagementActivityInput) input: AddEngagementActivityInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.addActivity(viewer, input);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => Engagement, { description: "Attaches an OJT trainee (the lead supporter): a profile of your organization at once, another organization's once it agrees" })
  addEngagementTrainee(
    @Arg('engagementId', () => ID) engagementId: string,
    @Arg('supporterId', () => ID) supporterId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement> {
    return ctx.services.engagements.addTrainee(viewer, engagementId, supporterId);
  }

  @Authorized(UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => Engagement, { description: 'Agrees (or declines) to take part in an engagement as an OJT trainee, for the invited profile of your organization' })
  respondToTraineeInvitation(
    @Arg('engagementId', () => ID) engagementId: string,
    @Arg('supporterId', () => ID) supporterId: string,
    @Arg('accept') accept: boolean,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement> {
    return ctx.services.engagements.respondToTraineeInvitation(viewer, engagementId, supporterId, accept);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF, UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => Engagement, { description: 'Writes your part of the wrap-up review; when every part is in, the engagement completes' })
  writeEngagementReview(@Arg('input', () => WriteEngagementReviewInput) input: WriteEngagementReviewInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Engagement> {
    return ctx.services.engagements.writeReview(viewer, input);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.services.reference.placeOf(e.prefectureCode, e.municipalityCode)).municipality;
  }

  @FieldResolver(() => Prefecture)
  async prefecture(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<Prefecture> {
    return (await ctx.services.reference.placeOf(e.prefectureCode, e.municipalityCode)).prefecture;
  }

  @FieldResolver(() => SupporterProfile, { description: 'The lead supporter' })
  async supporter(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<SupporterProfile> {
    return (await ctx.loaders.offers.profile.load(e.supporterId))!;
  }

  @FieldResolver(() => [String], { description: 'Its RMOs’ names (its readers work with them)' })
  async rmoNames(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await ctx.loaders.engagements.rmos.load(e.id)).map((r) => r.name);
  }

  @FieldResolver(() => String, { nullable: true, description: "The request's aims (its background), when it began from an offer" })
  async requestAims(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!e.requestId) return null;
    return (await ctx.loaders.offers.supportRequest.load(e.requestId))?.background ?? null;
  }

  @FieldResolver(() => EngagementParty, { nullable: true, description: 'Your side of it (null for an OJT trainee)' })
  async party(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementParty | null> {
    return ctx.viewer ? partyOf(ctx.viewer, e, await ctx.loaders.engagements.ties.load(e.id)) : null;
  }

  @FieldResolver(() => [EngagementAction], { description: 'Lifecycle actions you may take now' })
  async allowedActions(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementAction[]> {
    return ctx.services.engagements.allowedActions(ctx.viewer, e, await ctx.loaders.engagements.ties.load(e.id));
  }

  @FieldResolver(() => Boolean, { description: 'You may move it to its next step now' })
  async mayAdvanceStep(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<boolean> {
    const actions = await this.allowedActions(e, ctx);
    // The managers of an active engagement are exactly those who may begin its review.
    return actions.includes(EngagementAction.BEGIN_REVIEW) && STEPS_IN_ORDER.indexOf(e.currentStep) < STEPS_IN_ORDER.length - 1;
  }

  @FieldResolver(() => ReviewPart, { nullable: true, description: 'The review part you write (null for the prefecture and trainees)' })
  async myReviewPart(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<ReviewPart | null> {
    if (!ctx.viewer) return null;
    const ties = await ctx.loaders.engagements.ties.load(e.id);
    return reviewPartOf(engagementActor(ctx.viewer), { ...e, rmoOrganizationIds: ties.rmoOrganizationIds });
  }

  @FieldResolver(() => Boolean, { description: 'Open and not updated for 90 days or more (server clock)' })
  stale(@Root() e: Engagement, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.engagements.isStale(e);
  }

  @FieldResolver(() => [EngagementStepRecord], { description: 'The steps it has been at, with their dates, in order' })
  async steps(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementStepRecord[]> {
    const rows = await ctx.loaders.engagements.steps.load(e.id);
    return rows.map((r) => ({ step: r.step, startedOn: r.started_on, endedOn: r.ended_on })).sort((a, b) => STEPS_IN_ORDER.indexOf(a.step) - STEPS_IN_ORDER.indexOf(b.step));
  }

  @FieldResolver(() => [EngagementCheckItem], { description: 'What the survey expects of each party at each step, ticked or not' })
  async checklist(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementCheckItem[]> {
    const [checks, ties] = await Promise.all([ctx.loaders.engagements.checks.load(e.id), ctx.loaders.engagements.ties.load(e.id)]);
    const byCode = new Map(checks.map((c) => [c.item_code, c]));
    return ENGAGEMENT_CHECKLIST.map((item) => ({
      code: item.code,
      step: item.step,
      party: item.party,
      done: byCode.has(item.code),
      checkedAt: byCode.get(item.code)?.checked_at ?? null,
      mayTick: ctx.viewer ? ctx.services.engagements.mayTick(ctx.viewer, e, ties, item.party) : false,
    }));
  }

  @FieldResolver(() => [EngagementActivity], { description: 'The activity log, newest first' })
  async activities(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementActivity[]> {
    return (await ctx.loaders.engagements.activities.load(e.id)).map((r) => ({
      id: r.id,
      kind: r.kind,
      heldOn: r.held_on,
      step: r.step,
      participants: r.participants,
      notes: r.notes,
      links: r.links,
      party: r.party,
      author: r.author,
      createdAt: r.created_at,
    }));
  }

  @FieldResolver(() => [EngagementTrainee], { description: 'OJT trainees (invited, taking part or declined)' })
  async trainees(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementTrainee[]> {
    const rows = await ctx.loaders.engagements.trainees.load(e.id);
    const profiles = await Promise.all(rows.map((r) => ctx.loaders.offers.profile.load(r.supporter_id)));
    return rows.flatMap((r, i) => {
      const supporter = profiles[i];
      if (!supporter) return [];
      const mayRespond = r.status === TraineeStatus.INVITED && ctx.viewer?.organizationId === r.organization_id;
      return [{ supporter, status: r.status, invitedAt: r.invited_at, respondedAt: r.responded_at, mayRespond }];
    });
  }

  @FieldResolver(() => [EngagementReviewPart], { description: "The review's parts written so far" })
  async review(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<EngagementReviewPart[]> {
    return (await ctx.loaders.engagements.reviews.load(e.id)).map((r) => ({
      part: r.part,
      changes: r.changes,
      lessons: r.lessons,
      ratings: r.ratings,
      author: r.author,
      submittedAt: r.submitted_at,
    }));
  }
}

/** The engagement a confirmed offer began, for the offer's parties (the offer page links to it, or offers to begin one). */
@Resolver(() => Offer)
export class OfferEngagementResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The engagement this offer began, if any' })
  async engagementId(@Root() offer: Offer, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (offer.status !== OfferStatus.CONFIRMED) return null;
    return ctx.loaders.engagements.byOffer.load(offer.id);
  }
}

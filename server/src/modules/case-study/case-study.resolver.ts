import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CaseAction, CaseStatus, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Engagement } from '../engagement/engagement.entity';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { CaseStudy } from './case-study.entity';
import { CaseSearchInput, CaseStudyInput, CreateCaseStudyInput } from './case-study.inputs';
import { CaseStudyConnection } from './case-study.types';

/** The case library: anyone searches and reads published cases; the engagement's parties draft, approve and publish. */
@Resolver(() => CaseStudy)
export class CaseStudyResolver {
  @Query(() => CaseStudyConnection, { description: 'Published cases (事例) matching the search, newest first; open to anonymous visitors' })
  caseStudies(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => CaseSearchInput, { nullable: true }) search?: CaseSearchInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CaseStudyConnection> {
    return ctx.services.caseStudies.search(search, first, after);
  }

  @Query(() => CaseStudy, { description: "A published case, or (for its engagement's readers) a draft; NOT_FOUND otherwise" })
  caseStudy(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CaseStudy> {
    return ctx.services.caseStudies.findById(ctx.viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => CaseStudy, { description: 'Drafts a case from a completed engagement (its municipality or lead supporter)' })
  createCaseStudy(@Arg('input', () => CreateCaseStudyInput) input: CreateCaseStudyInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<CaseStudy> {
    return ctx.services.caseStudies.create(viewer, input);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => CaseStudy, { description: 'Edits a draft case' })
  updateCaseStudy(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CaseStudyInput) input: CaseStudyInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseStudy> {
    return ctx.services.caseStudies.update(viewer, id, input);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.PREFECTURE_STAFF, UserRole.INTERMEDIARY_STAFF)
  @Mutation(() => CaseStudy, {
    description: 'A case lifecycle action: SUBMIT (the supporter asks the municipality), APPROVE (municipality), PUBLISH and UNPUBLISH (prefecture), RETURN to draft',
  })
  moveCaseStudy(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => CaseAction) action: CaseAction,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseStudy> {
    return ctx.services.caseStudies.transition(viewer, id, action);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.services.reference.placeOf(c.prefectureCode, c.municipalityCode)).municipality;
  }

  @FieldResolver(() => Prefecture)
  async prefecture(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): Promise<Prefecture> {
    return (await ctx.services.reference.placeOf(c.prefectureCode, c.municipalityCode)).prefecture;
  }

  @FieldResolver(() => SupporterProfile, { description: 'The lead supporter (the case is evidence on its profile)' })
  async supporter(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): Promise<SupporterProfile> {
    return (await ctx.loaders.offers.profile.load(c.supporterId))!;
  }

  @FieldResolver(() => [String], { description: 'The RMOs’ names; empty when the case leaves them out' })
  async rmoNames(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): Promise<string[]> {
    if (c.hideRmoName) return [];
    return (await ctx.loaders.engagements.rmos.load(c.engagementId)).map((r) => r.name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who drafted it; null when the case names no person' })
  async draftedBy(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): Promise<string | null> {
    return c.hidePeople ? null : ctx.loaders.offers.userName.load(c.draftedByUserId);
  }

  @FieldResolver(() => [CaseAction], { description: 'Lifecycle actions you may take now' })
  allowedActions(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): CaseAction[] {
    return ctx.services.caseStudies.allowedActions(ctx.viewer, c);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit its text now (a draft, you its municipality or supporter)' })
  mayEdit(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.caseStudies.mayEdit(ctx.viewer, c);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The engagement it comes from, for that engagement's readers only" })
  async engagementId(@Root() c: CaseStudy, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.services.caseStudies.isInsider(ctx.viewer, c)) ? c.engagementId : null;
  }
}

/** An engagement's case, for its readers. */
@Resolver(() => Engagement)
export class EngagementCaseResolver {
  @FieldResolver(() => CaseStudy, { nullable: true, description: 'The case drafted from it, if any' })
  caseStudy(@Root() e: Engagement, @Ctx() ctx: RequestContext): Promise<CaseStudy | null> {
    return ctx.services.caseStudies.ofEngagement(e.id);
  }
}

/** A supporter's published cases: evidence on its profile. */
@Resolver(() => SupporterProfile)
export class SupporterCasesResolver {
  @FieldResolver(() => [CaseStudy], { description: 'Published cases of engagements it led, newest first' })
  async caseStudies(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<CaseStudy[]> {
    return ctx.services.dataSource
      .getRepository(CaseStudy)
      .find({ where: { supporterId: profile.id, status: CaseStatus.PUBLISHED }, order: { publishedAt: 'DESC' }, take: 20 });
  }
}

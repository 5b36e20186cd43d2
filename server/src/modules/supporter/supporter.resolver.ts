import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { SupporterDetails } from './supporter.loaders';
import { SupporterSort, TrackRecordKind, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { selects } from '../../graphql/selection';
import { catalogueServiceArea, lacksDetails } from '../catalogue/catalogue-profile';
import { canSeeUnlisted, ownsProfile } from './supporter-access';
import { SupporterProfile } from './supporter-profile.entity';
import { SupporterFilter } from './supporter.inputs';
import { ServiceArea, SupporterConnection, SupporterContact, TrackRecordPlace } from './supporter.types';

@Resolver(() => SupporterProfile)
export class SupporterResolver {
  @Query(() => SupporterConnection, {
    description:
      'Searches the catalogue. RELEVANCE: with an area, the nearest locality tier first; within a tier fresh before stale, then text relevance, then the newest confirmation.',
  })
  supporters(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SupporterFilter, { nullable: true }) filter?: SupporterFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page (of the same filter and sort)' }) after?: string | null,
    @Arg('sort', () => SupporterSort, { defaultValue: SupporterSort.RELEVANCE }) sort: SupporterSort = SupporterSort.RELEVANCE,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SupporterConnection> {
    const prefectureFacet = info ? selects(info, ['facets', 'prefectures']) : true;
    return ctx.services.supporters.search(filter, first, after, sort, ctx.services.clock.now(), { prefectureFacet });
  }

  @Query(() => SupporterProfile, {
    nullable: true,
    description: 'One supporter, or null if there is none with this id (or it is archived and you are neither its owner nor an operator)',
  })
  supporter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SupporterProfile | null> {
    return ctx.services.supporters.findById(ctx.viewer, id);
  }

  @FieldResolver(() => Boolean, { description: 'Availability not confirmed for the stale threshold (90 days by default): ranks lower in search' })
  isStale(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.supporters.freshnessOf(profile).isStale;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the profile turns stale unless its availability is reconfirmed; null once archived',
  })
  reconfirmationDueAt(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Date | null {
    return ctx.services.supporters.freshnessOf(profile).reconfirmationDueAt;
  }

  @FieldResolver(() => Boolean, {
    description: 'Left out of search: archived, a draft without support types, or not confirmed for the hidden threshold (180 days by default)',
  })
  hiddenFromSearch(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.supporters.freshnessOf(profile).hiddenFromSearch;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The verifier's reason or notes; null except to the owner, prefecture staff and operators",
  })
  async verificationReason(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<string | null> {
    const mayRead = canSeeUnlisted(ctx.viewer, profile) || ctx.viewer?.role === UserRole.PREFECTURE_STAFF;
    return mayRead ? (await this.details(profile, ctx)).verificationReason : null;
  }

  @FieldResolver(() => [TrackRecordPlace], {
    description:
      'Introductions and engagements by place. Signed-in users see each municipality; anonymous visitors only totals per prefecture. Never which request, RMO or when.',
  })
  async trackRecord(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<TrackRecordPlace[]> {
    const counts = await ctx.loaders.supporters.trackRecordCounts.load(profile.id);
    const { prefectureByCode, municipalityByCode } = await ctx.services.reference.lookup();
    const signedIn = ctx.viewer !== null;
    const places = new Map<string, TrackRecordPlace>();
    for (const count of counts) {
      const prefecture = prefectureByCode.get(count.prefectureCode);
      if (!prefecture) continue;
      // Anonymous visitors learn where a supporter has worked, not with which municipality.
      const municipality = signedIn && count.municipalityCode ? (municipalityByCode.get(count.municipalityCode) ?? null) : null;
      const key = `${prefecture.code}:${municipality?.code ?? ''}`;
      const place = places.get(key) ?? { prefecture, municipality, introductions: 0, engagements: 0, ojt: 0, latestYear: null };
      if (count.kind === TrackRecordKind.ENGAGEMENT) place.engagements += count.count;
      else if (count.kind === TrackRecordKind.OJT) place.ojt += count.count;
      else place.introductions += count.count;
      if (signedIn && count.latestYear !== null) place.latestYear = Math.max(place.latestYear ?? 0, count.latestYear);
      places.set(key, place);
    }
    return [...places.values()];
  }

  @FieldResolver(() => ServiceArea)
  serviceArea(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): ServiceArea | Promise<ServiceArea> {
    // Search results carry their places from the catalogue, answered without a promise (a page of them
    // would otherwise make every result wait a turn); other profiles are read in one statement per page.
    const known = catalogueServiceArea(profile);
    const ready = known && ctx.services.reference.placesOfLoaded(known);
    if (ready) return { ...ready, remoteAvailable: profile.remoteAvailable };
    const places = known ? ctx.services.reference.placesOf(known) : ctx.loaders.supporters.serviceArea.load(profile.id);
    return places.then((loaded) => ({ ...loaded, remoteAvailable: profile.remoteAvailable }));
  }

  @FieldResolver(() => SupporterContact, {
    nullable: true,
    description: "Email and phone; null unless the caller is a signed-in municipality, prefecture, RMO or operator user, or the profile's owner",
  })
  async contact(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<SupporterContact | null> {
    if (!ctx.viewer?.canSeeContactDetails && !ownsProfile(ctx.viewer, profile)) return null;
    const details = await this.details(profile, ctx);
    return { email: details.contactEmail, phone: details.contactPhone };
  }

  @FieldResolver(() => String)
  async description(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.details(profile, ctx)).description;
  }

  @FieldResolver(() => String, { nullable: true })
  async feeNotes(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.details(profile, ctx)).feeNotes;
  }

  @FieldResolver(() => String, { nullable: true })
  async website(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await this.details(profile, ctx)).website;
  }

  @FieldResolver(() => Date, { nullable: true })
  async verifiedAt(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await this.details(profile, ctx)).verifiedAt;
  }

  @FieldResolver(() => Date)
  async createdAt(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<Date> {
    return (await this.details(profile, ctx)).createdAt;
  }

  @FieldResolver(() => Date)
  async updatedAt(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<Date> {
    return (await this.details(profile, ctx)).updatedAt;
  }

  /** The long and private text and the dates: on the profile when read from SQL, else loaded for the whole page at once. */
  private async details(profile: SupporterProfile, ctx: RequestContext): Promise<SupporterDetails> {
    return lacksDetails(profile) ? ctx.loaders.supporters.details.load(profile.id) : profile;
  }
}

import type { DataSource } from 'typeorm';
import { InputReason, SupporterSort, searchTerms, type LocalityPlace } from '@tsunagu/shared';
import { invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import type { ReferenceService } from '../reference/reference.service';
import { canSeeUnlisted } from './supporter-access';
import { SupporterProfile } from './supporter-profile.entity';
import type { SupporterSearchQuery, SupporterSearchStrategy } from './supporter-search';
import type { SupporterFilter } from './supporter.inputs';
import type { SupporterConnection } from './supporter.types';

/** Where a profile stands on the freshness scale, as of one instant. */
export interface ProfileFreshness {
  isStale: boolean;
  /** When the profile turns stale (confirmation + staleAfterDays); null once archived. */
  reconfirmationDueAt: Date | null;
  /** Archived, a draft (no support types), or unconfirmed for hiddenAfterDays. */
  hiddenFromSearch: boolean;
}

const DAY_MS = 86_400_000;

/** Reads the supporter catalogue: search with facets (through the search strategy), and single profiles. */
export class SupporterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    /** Days after which an unconfirmed profile is stale (ranks lower) and then hidden from search. */
    private readonly freshness: { staleAfterDays: number; hiddenAfterDays: number },
    private readonly strategy: SupporterSearchStrategy,
  ) {}

  /**
   * One profile by id, or null; a malformed id is BAD_USER_INPUT. Archived profiles are null
   * except to their owners and operators; drafts and stale profiles stay reachable by id.
   */
  async findById(viewer: Viewer | null, id: string): Promise<SupporterProfile | null> {
    requireId(id, 'id');
    const profile = await this.dataSource.getRepository(SupporterProfile).findOneBy({ id });
    if (profile?.archivedAt && !canSeeUnlisted(viewer, profile)) return null;
    return profile;
  }

  /** Staleness, reconfirmation due date and search visibility of a profile, by the configured thresholds. */
  freshnessOf(profile: SupporterProfile, now: Date = new Date()): ProfileFreshness {
    const confirmedAt = profile.availabilityConfirmedAt.getTime();
    const hidden = confirmedAt <= this.cutoff(now, this.freshness.hiddenAfterDays).getTime();
    return {
      isStale: confirmedAt <= this.cutoff(now, this.freshness.staleAfterDays).getTime(),
      reconfirmationDueAt: profile.archivedAt ? null : new Date(confirmedAt + this.freshness.staleAfterDays * DAY_MS),
      hiddenFromSearch: profile.archivedAt !== null || profile.supportTypes.length === 0 || hidden,
    };
  }

  /** The instant `days` before `now`: confirmations at or before it are that old. */
  private cutoff(now: Date, days: number): Date {
    return new Date(now.getTime() - days * DAY_MS);
  }

  /**
   * Searches the listed catalogue (not archived, not drafts, confirmed within hiddenAfterDays).
   * With an area, the nearest locality tier comes first; within a tier fresh profiles rank above
   * stale ones, then text relevance, then the newest confirmation.
   */
  async search(
    filterInput: SupporterFilter | null | undefined,
    first?: number | null,
    after?: string | null,
    sort: SupporterSort = SupporterSort.RELEVANCE,
    now: Date = new Date(),
    options: { prefectureFacet?: boolean } = {},
  ): Promise<SupporterConnection> {
    const query = { ...(await this.searchQuery(filterInput, pageSize(first), after ?? null, sort, now)), prefectureFacet: options.prefectureFacet ?? true };
    const page = await this.strategy.search(query);
    return {
      edges: page.edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
      facets: page.facets,
    };
  }

  /** Checks codes against reference data, resolves the area and folds the text into words. */
  async searchQuery(
    filter: SupporterFilter | null | undefined,
    limit: number,
    after: string | null,
    sort: SupporterSort,
    now: Date,
  ): Promise<Omit<SupporterSearchQuery, 'prefectureFacet'>> {
    let place: LocalityPlace | null = null;
    if (filter?.municipalityCode) {
      const municipality = await this.reference.requireMunicipality(filter.municipalityCode, 'municipalityCode');
      if (filter.prefectureCode && filter.prefectureCode !== municipality.prefectureCode) {
        throw invalidInput('municipalityCode', InputReason.MUNICIPALITY_NOT_IN_PREFECTURE, { prefectureCode: filter.prefectureCode });
      }
      place = await this.reference.localityPlace(municipality, municipality.prefectureCode);
    } else if (filter?.prefectureCode) {
      await this.reference.requirePrefecture(filter.prefectureCode, 'prefectureCode');
      place = await this.reference.localityPlace(null, filter.prefectureCode);
    }
    return {
      supportTypes: [...new Set(filter?.supportTypes ?? [])],
      matchAllTypes: filter?.matchAllTypes ?? false,
      availability: [...new Set(filter?.availability ?? [])],
      verifiedOnly: filter?.verifiedOnly ?? false,
      verificationStatus: [...new Set(filter?.verificationStatus ?? [])],
      place,
      includeRemote: filter?.includeRemote ?? true,
      terms: [...new Set(searchTerms(filter?.text ?? ''))],
      sort,
      hiddenBefore: this.cutoff(now, this.freshness.hiddenAfterDays),
      staleBefore: this.cutoff(now, this.freshness.staleAfterDays),
      limit,
      after,
    };
  }
}

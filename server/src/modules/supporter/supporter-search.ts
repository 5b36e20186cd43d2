import type {
  Availability,
  LocalityPlace,
  LocalityTier,
  SupportType,
  SupporterSort,
  VerificationStatus,
} from '@tsunagu/shared';
import type { SupporterProfile } from './supporter-profile.entity';

/** A search with its codes checked, its area resolved and its text folded into words. */
export interface SupporterSearchQuery {
  supportTypes: readonly SupportType[];
  matchAllTypes: boolean;
  availability: readonly Availability[];
  verifiedOnly: boolean;
  verificationStatus: readonly VerificationStatus[];
  /** The chosen area (municipality with its tied codes, or a whole prefecture), or null. */
  place: LocalityPlace | null;
  includeRemote: boolean;
  terms: readonly string[];
  sort: SupporterSort;
  /** Profiles confirmed at or before this instant have left search until reconfirmed. */
  hiddenBefore: Date;
  /** Profiles confirmed at or before this instant are stale (page one's instant; later pages keep theirs). */
  staleBefore: Date;
  limit: number;
  /** endCursor of the previous page, as this strategy issued it. */
  after: string | null;
  /** Whether the caller reads the prefecture facet (the one that costs a count per prefecture). */
  prefectureFacet: boolean;
}

export interface SupporterSearchEdge {
  cursor: string;
  node: SupporterProfile;
  locality: LocalityTier | null;
}

export interface SupporterSearchPage {
  edges: SupporterSearchEdge[];
  hasNextPage: boolean;
  totalCount: number;
  facets: {
    supportTypes: { value: SupportType; count: number }[];
    /** Empty unless the query asked for it (prefectureFacet). */
    prefectures: { code: string; count: number }[];
    localities: { tier: LocalityTier; count: number }[];
    remoteOnly: number;
  };
}

/**
 * Search behind an interface (as Vendure's search strategy): the resolver and the filter's
 * validation stay the same whatever index answers. The catalogue strategy answers from memory.
 */
export interface SupporterSearchStrategy {
  search(query: SupporterSearchQuery): Promise<SupporterSearchPage>;
}

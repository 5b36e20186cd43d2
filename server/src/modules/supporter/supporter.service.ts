import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  Availability,
  InputReason,
  SupportType,
  VerificationStatus,
  enumValues,
  escapeLikePattern,
  searchTerms,
} from '@tsunagu/shared';
import { invalidInput } from '../../common/domain-errors';
import { requireId } from '../../common/ids';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import type { ReferenceService } from '../reference/reference.service';
import { canSeeUnlisted } from './supporter-access';
import { SupporterProfile } from './supporter-profile.entity';
import type { SupporterFilter } from './supporter.inputs';
import type { FilteredSetSummary, SupporterConnection } from './supporter.types';

/** A filter whose codes have been checked and whose text has been folded into terms. */
interface ResolvedFilter {
  supportTypes: SupportType[];
  matchAllTypes: boolean;
  availability: Availability[];
  /** Codes that count as "serves this place", and the prefecture whose whole-area service counts too. */
  area: { prefectureCode: string; municipalityCodes: string[] } | null;
  includeRemote: boolean;
  terms: string[];
  verifiedOnly: boolean;
  verificationStatus: VerificationStatus[];
  /** Profiles confirmed at or before this instant have left search until reconfirmed. */
  hiddenBefore: Date;
}

/** Where a profile stands on the freshness scale, as of one instant. */
export interface ProfileFreshness {
  isStale: boolean;
  /** When the profile turns stale (confirmation + staleAfterDays); null once archived. */
  reconfirmationDueAt: Date | null;
  /** Archived, a draft (no support types), or unconfirmed for hiddenAfterDays. */
  hiddenFromSearch: boolean;
}

const DAY_MS = 86_400_000;

// Relevance points per search term: a hit in the name or kana outweighs one in the text.
const SCORE_NAME_HIT = 10;
const SCORE_NAME_PREFIX = 5;
const SCORE_BODY_ONLY_HIT = 2;

/** The distinct two-character pieces of a folded term, as tsunagu_bigrams() cuts them in SQL. */
function bigramsOf(term: string): string[] {
  const chars = Array.from(term);
  return [...new Set(chars.slice(1).map((ch, i) => chars[i] + ch))];
}

// Must stay textually the indexed expression of IDX_supporter_search_bigrams.
const BIGRAMS_OF_ROW = `tsunagu_bigrams(s.search_name || ' ' || s.search_body)`;

/** Reads the supporter catalogue: search with facets, and single profiles. */
export class SupporterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    /** Days after which an unconfirmed profile is stale (ranks lower) and then hidden from search. */
    private readonly freshness: { staleAfterDays: number; hiddenAfterDays: number },
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
   * Fresh profiles rank above stale ones. One statement for the page; the total and facets are
   * one more, run only if the caller reads them.
   */
  async search(filterInput: SupporterFilter | null | undefined, first?: number | null, after?: string | null): Promise<SupporterConnection> {
    const limit = pageSize(first);
    const now = new Date();
    const filter = await this.resolveFilter(filterInput, now);
    const hasText = filter.terms.length > 0;
    // Text cursor: fresh flag, score, confirmation, id, and the stale cut-off page one ranked by.
    const cursorKeys = after ? decodeCursor(after, hasText ? ['i', 'i', 't', 'u', 't'] : ['t', 'u']) : null;

    const qb = this.filteredQuery(filter);
    qb.addSelect('CAST(s.availability_confirmed_at AS text)', 'sort_confirmed_at');
    let staleBefore = this.cutoff(now, this.freshness.staleAfterDays).toISOString();
    if (hasText) {
      // Later pages rank by page one's cut-off, so a profile turning stale meanwhile cannot move across the cursor.
      if (cursorKeys) staleBefore = String(cursorKeys[4]);
      const fresh = 'CASE WHEN s.availability_confirmed_at > CAST(:staleBefore AS timestamptz) THEN 1 ELSE 0 END';
      const score = this.scoreExpression(filter.terms);
      qb.addSelect(fresh, 'fresh').addSelect(score, 'score').setParameter('staleBefore', staleBefore);
      if (cursorKeys) {
        qb.andWhere(
          `(${fresh}, ${score}, s.availability_confirmed_at, s.id) < (:afterFresh, :afterScore, CAST(:afterTs AS timestamptz), CAST(:afterId AS uuid))`,
          { afterFresh: cursorKeys[0], afterScore: cursorKeys[1], afterTs: cursorKeys[2], afterId: cursorKeys[3] },
        );
      }
      qb.orderBy('fresh', 'DESC').addOrderBy('score', 'DESC');
    } else if (cursorKeys) {
      qb.andWhere('(s.availability_confirmed_at, s.id) < (CAST(:afterTs AS timestamptz), CAST(:afterId AS uuid))', {
        afterTs: cursorKeys[0],
        afterId: cursorKeys[1],
      });
    }
    // Without text, newest confirmation first already puts every fresh profile above every stale one.
    qb.addOrderBy('s.availability_confirmed_at', 'DESC').addOrderBy('s.id', 'DESC').limit(limit + 1);

    const { entities, raw } = await qb.getRawAndEntities<{ sort_confirmed_at: string; fresh?: number; score?: number }>();
    const hasNextPage = entities.length > limit;
    const edges = entities.slice(0, limit).map((node, i) => {
      const row = raw[i];
      const keys = hasText
        ? [Number(row.fresh), Number(row.score), row.sort_confirmed_at, node.id, staleBefore]
        : [row.sort_confirmed_at, node.id];
      return { cursor: encodeCursor(keys), node };
    });

    let summary: Promise<FilteredSetSummary> | undefined;
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      summary: () => (summary ??= this.summarize(filter)),
    };
  }

  /** Total count and facet counts of the filtered set, in a single statement. */
  private async summarize(filter: ResolvedFilter): Promise<FilteredSetSummary> {
    const [filteredSql, parameters] = this.filteredQuery(filter)
      .select('s.id', 'id')
      .addSelect('s.support_types', 'support_types')
      .getQueryAndParameters();
    const rows: { facet: 'total' | 'type' | 'prefecture'; key: string | null; n: number }[] = await this.dataSource.query(
      `WITH f AS (${filteredSql})
       SELECT 'total' AS facet, NULL AS key, count(*)::int AS n FROM f
       UNION ALL
       SELECT 'type', t.value, count(*)::int FROM f CROSS JOIN LATERAL unnest(f.support_types) AS t(value) GROUP BY t.value
       UNION ALL
       SELECT 'prefecture', a.prefecture_code, count(DISTINCT a.supporter_id)::int
         FROM supporter_service_area a JOIN f ON f.id = a.supporter_id GROUP BY a.prefecture_code`,
      parameters,
    );
    const typeCounts = new Map(rows.filter((r) => r.facet === 'type').map((r) => [r.key, r.n]));
    return {
      totalCount: rows.find((r) => r.facet === 'total')?.n ?? 0,
      facets: {
        supportTypes: enumValues(SupportType).map((value) => ({ value, count: typeCounts.get(value) ?? 0 })),
        prefectures: rows
          .filter((r): r is { facet: 'prefecture'; key: string; n: number } => r.facet === 'prefecture' && r.key !== null)
          .map((r) => ({ code: r.key, count: r.n }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      },
    };
  }

  /** Checks codes against reference data and folds the text into search terms. */
  private async resolveFilter(filter: SupporterFilter | null | undefined, now: Date): Promise<ResolvedFilter> {
    let area: ResolvedFilter['area'] = null;
    if (filter?.municipalityCode) {
      const municipality = await this.reference.requireMunicipality(filter.municipalityCode, 'municipalityCode');
      if (filter.prefectureCode && filter.prefectureCode !== municipality.prefectureCode) {
        throw invalidInput('municipalityCode', InputReason.MUNICIPALITY_NOT_IN_PREFECTURE, { prefectureCode: filter.prefectureCode });
      }
      area = { prefectureCode: municipality.prefectureCode, municipalityCodes: await this.reference.sameMunicipalityCodes(municipality) };
    } else if (filter?.prefectureCode) {
      await this.reference.requirePrefecture(filter.prefectureCode, 'prefectureCode');
      area = { prefectureCode: filter.prefectureCode, municipalityCodes: [] };
    }
    return {
      supportTypes: [...new Set(filter?.supportTypes ?? [])],
      matchAllTypes: filter?.matchAllTypes ?? false,
      availability: [...new Set(filter?.availability ?? [])],
      area,
      includeRemote: filter?.includeRemote ?? true,
      terms: searchTerms(filter?.text ?? ''),
      verifiedOnly: filter?.verifiedOnly ?? false,
      verificationStatus: [...new Set(filter?.verificationStatus ?? [])],
      hiddenBefore: this.cutoff(now, this.freshness.hiddenAfterDays),
    };
  }

  /** The catalogue narrowed by a filter; callers add selection, order and paging. */
  private filteredQuery(filter: ResolvedFilter): SelectQueryBuilder<SupporterProfile> {
    // Literal conditions, so the planner can match the partial index IDX_supporter_listed_confirmed.
    const qb = this.dataSource
      .getRepository(SupporterProfile)
      .createQueryBuilder('s')
      .where('s.archived_at IS NULL')
      .andWhere(`s.support_types <> '{}'`)
      .andWhere('s.availability_confirmed_at > :hiddenBefore', { hiddenBefore: filter.hiddenBefore });
    if (filter.verifiedOnly) {
      qb.andWhere('s.verification_status = :verified', { verified: VerificationStatus.VERIFIED });
    }
    if (filter.verificationStatus.length > 0) {
      qb.andWhere('s.verification_status IN (:...verificationStatus)', { verificationStatus: filter.verificationStatus });
    }
    if (filter.supportTypes.length > 0) {
      const operator = filter.matchAllTypes ? '@>' : '&&';
      qb.andWhere(`s.support_types ${operator} CAST(:supportTypes AS text[])`, { supportTypes: filter.supportTypes });
    }
    if (filter.availability.length > 0) {
      qb.andWhere('s.availability IN (:...availability)', { availability: filter.availability });
    }
    if (filter.area) {
      const servesArea = filter.area.municipalityCodes.length
        ? `EXISTS (SELECT 1 FROM supporter_service_area a WHERE a.supporter_id = s.id AND (
             (a.prefecture_code = :areaPrefecture AND a.municipality_code IS NULL) OR a.municipality_code IN (:...areaMunicipalities)))`
        : 'EXISTS (SELECT 1 FROM supporter_service_area a WHERE a.supporter_id = s.id AND a.prefecture_code = :areaPrefecture)';
      qb.andWhere(filter.includeRemote ? `(s.remote_available OR ${servesArea})` : servesArea, {
        areaPrefecture: filter.area.prefectureCode,
        areaMunicipalities: filter.area.municipalityCodes,
      });
    }
    // The search columns and the terms are both folded (lower case, hiragana), so plain LIKE
    // suffices. The bigram index finds candidates; for a two-character term it is exact, for
    // longer ones LIKE confirms, and a single character can only be scanned for.
    filter.terms.forEach((term, i) => {
      const bigrams = bigramsOf(term);
      const like = `(s.search_name LIKE :term${i} OR s.search_body LIKE :term${i})`;
      const indexed = `${BIGRAMS_OF_ROW} @> CAST(:bigrams${i} AS text[])`;
      const condition = bigrams.length === 0 ? like : Array.from(term).length === 2 ? indexed : `${indexed} AND ${like}`;
      qb.andWhere(`(${condition})`, {
        [`term${i}`]: `%${escapeLikePattern(term)}%`,
        [`prefix${i}`]: `${escapeLikePattern(term)}%`,
        [`bigrams${i}`]: bigrams,
      });
    });
    return qb;
  }

  /** Integer relevance of a row for the terms (integers keep the cursor exact). */
  private scoreExpression(terms: string[]): string {
    return terms
      .map(
        (_, i) =>
          // Every row here matches each term somewhere; a miss in the short name means a hit in the
          // text, so the long text need not be read again for scoring.
          `(CASE WHEN s.search_name LIKE :term${i} THEN ${SCORE_NAME_HIT} ELSE ${SCORE_BODY_ONLY_HIT} END` +
          ` + CASE WHEN s.search_name LIKE :prefix${i} THEN ${SCORE_NAME_PREFIX} ELSE 0 END)`,
      )
      .join(' + ');
  }
}

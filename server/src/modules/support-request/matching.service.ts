import type { DataSource } from 'typeorm';
import {
  FundingRoute,
  MatchFactor,
  TrackRecordKind,
  scoreMatch,
  type MatchAcquaintance,
  type MatchRequestFacts,
  type MatchResult,
  type MatchServicePlace,
  type MatchSupporterFacts,
} from '@tsunagu/shared';
import type { AppConfig } from '../../config';
import { pageSize } from '../../graphql/pagination';
import type { ReferenceService } from '../reference/reference.service';
import { MatchingCatalogue, type CatalogueEntry } from './matching-catalogue';
import type { SupportRequest } from './support-request.entity';

/** At most this many matches per organization, so one large organization cannot fill the list. */
export const MATCHES_PER_ORGANIZATION = 2;

/** A scored candidate, before the profile itself is loaded. */
export interface RankedCandidate {
  supporterId: string;
  result: MatchResult;
}

export interface Ranking {
  matches: RankedCandidate[];
  /** How many supporters were scored (offer a wanted type and can reach the place, or are interested). */
  candidates: number;
}

/**
 * Ranks supporters against a support request with the shared, explainable scoring
 * (shared/src/matching.ts), so the explanation is exactly the one the client shows. Candidates
 * offer a wanted type, are neither archived nor rejected, and reach the prefecture or a neighbour,
 * work remotely or marked interest. They come from the in-memory catalogue: one SQL statement per
 * request reads its version and the request's interest. Every candidate is scored without
 * explanations; only the returned ones are scored again to write them.
 */
export class MatchingService {
  private readonly catalogue: MatchingCatalogue;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly freshness: AppConfig['freshness'],
  ) {
    this.catalogue = new MatchingCatalogue(dataSource);
  }

  /** The request's facts as the matcher reads them (names and neighbours resolved). */
  async requestFacts(request: SupportRequest): Promise<MatchRequestFacts> {
    const { prefectureByCode, municipalityByCode } = await this.reference.lookup();
    const prefecture = prefectureByCode.get(request.prefectureCode);
    const municipality = municipalityByCode.get(request.municipalityCode);
    if (!prefecture || !municipality) throw new Error(`Support request ${request.id} names an unknown place`);
    return {
      supportTypes: request.supportTypes,
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      prefecture: { code: prefecture.code, name: prefecture.name },
      neighbourPrefectures: prefecture.neighbourCodes.flatMap((code) => {
        const n = prefectureByCode.get(code);
        return n ? [{ code: n.code, name: n.name }] : [];
      }),
      step: request.step,
      fundingRoute: request.fundingRoute ?? FundingRoute.UNDECIDED,
      budgetMaxYen: request.budgetMaxYen,
    };
  }

  /** The best `first` candidates (default 20, at most 100), scores descending, at most two per organization. */
  async rank(request: SupportRequest, first: number | null | undefined, now = new Date()): Promise<Ranking> {
    const limit = pageSize(first);
    if (request.supportTypes.length === 0) return { matches: [], candidates: 0 };
    const facts = await this.requestFacts(request);
    const [{ version, interested }] = (await this.dataSource.query(
      `SELECT (SELECT version::text FROM matching_catalogue_version) AS version,
              ARRAY(SELECT supporter_id::text FROM support_request_interest WHERE request_id = $1) AS interested`,
      [request.id],
    )) as { version: string; interested: string[] }[];
    const catalogue = await this.catalogue.at(version);
    const interest = new Set(interested);
    // A ward counts as its city and a city as any of its wards, as in search.
    const sameMunicipality = new Set([facts.municipalityCode, ...(await this.relatedMunicipalities(facts.municipalityCode))]);
    const region = [facts.prefecture.code, ...facts.neighbourPrefectures.map((p) => p.code)];
    const options = { staleAfterDays: this.freshness.staleAfterDays };

    const seen = new Set<string>();
    const scored: { entry: CatalogueEntry; facts: MatchSupporterFacts; result: MatchResult }[] = [];
    for (const type of new Set(request.supportTypes)) {
      for (const entry of catalogue.byType.get(type) ?? []) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        const markedInterest = interest.has(entry.id);
        if (!entry.remoteAvailable && !markedInterest && !region.some((code) => entry.prefectures.has(code))) continue;
        const supporter = this.supporterFacts(entry, facts, sameMunicipality, markedInterest);
        scored.push({ entry, facts: supporter, result: scoreMatch(facts, supporter, now, { ...options, explain: false }) });
      }
    }
    // Ties: better type coverage, then fresher confirmation, then id, so the order is stable.
    const coverage = (r: MatchResult) => r.reasons.find((x) => x.factor === MatchFactor.SUPPORT_TYPE_COVERAGE)?.points ?? 0;
    scored.sort(
      (a, b) =>
        b.result.score - a.result.score ||
        coverage(b.result) - coverage(a.result) ||
        b.entry.availabilityConfirmedAt.getTime() - a.entry.availabilityConfirmedAt.getTime() ||
        (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
    );
    const perOrganization = new Map<string, number>();
    const matches: RankedCandidate[] = [];
    for (const { entry, facts: supporter, result } of scored) {
      if (!result.eligible) continue;
      const count = perOrganization.get(entry.organization) ?? 0;
      if (count >= MATCHES_PER_ORGANIZATION) continue;
      perOrganization.set(entry.organization, count + 1);
      // The same inputs and `now`, so the same points, now with their explanations.
      matches.push({ supporterId: entry.id, result: scoreMatch(facts, supporter, now, options) });
      if (matches.length === limit) break;
    }
    return { matches, candidates: scored.length };
  }

  /** One catalogue entry as the matcher's facts for this request (area ties and acquaintance resolved). */
  private supporterFacts(
    entry: CatalogueEntry,
    request: MatchRequestFacts,
    sameMunicipality: ReadonlySet<string>,
    markedInterest: boolean,
  ): MatchSupporterFacts {
    const acquaintance: MatchAcquaintance = { workWithMunicipality: 0, introductionsWithMunicipality: 0, workInPrefecture: 0, introductionsInPrefecture: 0 };
    for (const record of entry.trackRecords) {
      if (record.prefectureCode !== request.prefecture.code) continue;
      const engagement = record.kind === TrackRecordKind.ENGAGEMENT;
      if (record.municipalityCode !== null && sameMunicipality.has(record.municipalityCode)) {
        if (engagement) acquaintance.workWithMunicipality += 1;
        else acquaintance.introductionsWithMunicipality += 1;
      }
      if (engagement) acquaintance.workInPrefecture += 1;
      else acquaintance.introductionsInPrefecture += 1;
    }
    return {
      supportTypes: entry.supportTypes,
      serviceArea: sameMunicipality.size > 1 ? entry.serviceArea.map((place) => asRequestMunicipality(place, sameMunicipality, request.municipalityCode)) : entry.serviceArea,
      remoteAvailable: entry.remoteAvailable,
      availability: entry.availability,
      availabilityConfirmedAt: entry.availabilityConfirmedAt,
      capacity: entry.capacity,
      currentLoad: entry.currentLoad,
      frameworks: entry.frameworks,
      feeNotes: entry.feeNotes,
      lowestFeeYen: entry.lowestFeeYen,
      steps: entry.steps,
      yearsActive: entry.yearsActive,
      verificationStatus: entry.verificationStatus,
      acquaintance,
      markedInterest,
    };
  }

  private async relatedMunicipalities(code: string): Promise<string[]> {
    const municipality = await this.reference.municipalityByCode(code);
    const wards = await this.reference.wardsOf(code);
    return [...wards.map((w) => w.code), ...(municipality?.parentCode ? [municipality.parentCode] : [])];
  }
}

/** A place tied to the request's municipality (one of its wards, or its city) counts as that municipality. */
function asRequestMunicipality(place: MatchServicePlace, sameMunicipality: ReadonlySet<string>, municipalityCode: string): MatchServicePlace {
  return place.municipalityCode !== null && sameMunicipality.has(place.municipalityCode) ? { ...place, municipalityCode } : place;
}

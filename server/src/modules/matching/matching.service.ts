import type { DataSource } from 'typeorm';
import {
  FundingRoute,
  TrackRecordKind,
  VerificationStatus,
  outsideRegionUpperBound,
  scoreMatch,
  type EngagementRecord,
  type MatchAcquaintance,
  type MatchRequestFacts,
  type MatchResult,
  type MatchSupporterFacts,
} from '@tsunagu/shared';
import type { AppConfig } from '../../config';
import { pageSize } from '../../graphql/pagination';
import { add, andInto, andNot, andNotInto, emptySet, forEachSlot, orInto } from '../catalogue/bitset';
import type { SupporterCatalogue } from '../catalogue/catalogue';
import { SUPPORT_TYPES, VERIFICATION_STATUSES, type CatalogueDisplay, type CatalogueEntry } from '../catalogue/catalogue-store';
import type { ReferenceService } from '../reference/reference.service';
import type { SupportRequest } from '../support-request/support-request.entity';

/** At most this many matches per organization, so one large organization cannot fill the list. */
export const MATCHES_PER_ORGANIZATION = 2;

/** Rankings kept per server; the oldest goes first beyond this. */
const RANKING_CACHE_SIZE = 500;
const DAY_MS = 86_400_000;

/** A scored candidate with the catalogue entry it was scored on, and its name and summary. */
export interface RankedCandidate {
  entry: CatalogueEntry;
  display: CatalogueDisplay;
  result: MatchResult;
}

export interface Ranking {
  matches: RankedCandidate[];
  /** How many supporters were scored: those offering a wanted type in the region or interested, and the remote-only ones that could still get in. */
  candidates: number;
}

/** A ranking and the moment it stops being exact (the next whole day of some candidate's freshness). */
interface CachedRanking {
  ranking: Ranking;
  validUntil: number;
}

/**
 * Ranks supporters against a support request with the shared, explainable scoring
 * (shared/src/matching.ts), so the explanation is exactly the one the client shows. Candidates
 * offer a wanted type, are neither archived nor rejected, and reach the prefecture or a neighbour,
 * work remotely or marked interest. They come from the in-memory supporter catalogue (kept current
 * through its version row) and the request's interest. Candidates are scored without
 * explanations (remote-only ones only if their upper bound could still make the list); the
 * returned ones are scored again to write them, and the ranking is reused while it stays exact.
 */
export class MatchingService {
  private readonly rankings = new Map<string, CachedRanking>();
  /** Completed engagements per supporter, as of a catalogue version (a new track record bumps it). */
  private engagementRecordCache: { version: string; records: Map<string, EngagementRecord> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly freshness: AppConfig['freshness'],
    private readonly catalogue: SupporterCatalogue,
  ) {}

  /** The request's facts as the matcher reads them (names and neighbours resolved), and the codes counted as its municipality. */
  private async requestFacts(request: SupportRequest): Promise<{ facts: MatchRequestFacts; sameMunicipality: Set<string> }> {
    const { prefectureByCode, municipalityByCode } = await this.reference.lookup();
    const prefecture = prefectureByCode.get(request.prefectureCode);
    const municipality = municipalityByCode.get(request.municipalityCode);
    if (!prefecture || !municipality) throw new Error(`Support request ${request.id} names an unknown place`);
    const facts: MatchRequestFacts = {
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
    const sameMunicipality = await this.reference.sameMunicipalityCodes(municipality);
    return { facts: { ...facts, sameMunicipalityCodes: sameMunicipality }, sameMunicipality: new Set(sameMunicipality) };
  }

  /** The best `first` candidates (default 20, at most 100), scores descending, at most two per organization. */
  async rank(request: SupportRequest, first: number | null | undefined, now = new Date()): Promise<Ranking> {
    const limit = pageSize(first);
    if (request.supportTypes.length === 0) return { matches: [], candidates: 0 };
    // The facts first: after the catalogue is read, ranking runs without awaiting anything (see SupporterCatalogue.current).
    const [{ facts, sameMunicipality }, interested, records] = await Promise.all([
      this.requestFacts(request),
      this.interestIn(request.id),
      this.engagementRecords(),
    ]);
    const store = await this.catalogue.current();
    // Scores depend on the request, the catalogue, the interest and only the whole days since each
    // candidate's confirmation: until one of those moves, the last ranking is still exact.
    const key = [request.id, request.updatedAt.getTime(), store.version, limit, ...interested.sort()].join('|');
    const cached = this.rankings.get(key);
    if (cached && now.getTime() < cached.validUntil) return cached.ranking;
    const region = [facts.prefecture.code, ...facts.neighbourPrefectures.map((p) => p.code)];
    const options = { staleAfterDays: this.freshness.staleAfterDays };
    const quiet = { ...options, explain: false };

    type Scored = { entry: CatalogueEntry; facts: MatchSupporterFacts; result: MatchResult; coverage: number };
    const score = (entry: CatalogueEntry, supporter: MatchSupporterFacts): Scored => {
      const result = scoreMatch(facts, supporter, now, quiet);
      return { entry, facts: supporter, result, coverage: result.reasons[0].points };
    };
    // Ties: better type coverage (always the first reason), then fresher confirmation, then id, so the order is stable.
    const order = (a: Scored, b: Scored) =>
      b.result.score - a.result.score ||
      b.coverage - a.coverage ||
      b.entry.availabilityConfirmedAt - a.entry.availabilityConfirmedAt ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

    // Offering a wanted type and not rejected; first everyone in the prefecture, a neighbour or interested.
    const offering = emptySet(store.words);
    for (const type of new Set(request.supportTypes)) orInto(offering, store.byType[SUPPORT_TYPES.indexOf(type)]);
    andNotInto(offering, store.byVerification[VERIFICATION_STATUSES.indexOf(VerificationStatus.REJECTED)]);
    const near = store.anyInPrefectures(region);
    const interest = new Set(interested);
    for (const id of interested) {
      const slot = store.slotOf(id);
      if (slot !== undefined) add(near, slot);
    }
    const scored: Scored[] = [];
    forEachSlot(andInto(near, offering), (slot) => {
      const entry = store.entry(slot)!;
      scored.push(score(entry, this.supporterFacts(entry, facts, sameMunicipality, interest.has(entry.id), records)));
    });
    // Remote-only supporters elsewhere wait: most cannot make the list.
    const remoteOnly: { entry: CatalogueEntry; facts: MatchSupporterFacts }[] = [];
    forEachSlot(andInto(andNot(offering, near), store.remote), (slot) => {
      const entry = store.entry(slot)!;
      remoteOnly.push({ entry, facts: this.supporterFacts(entry, facts, sameMunicipality, false, records) });
    });
    scored.sort(order);
    // A remote-only supporter whose upper bound is under the score the last place needs can never get in.
    const needed = this.select(scored, limit).at(limit - 1)?.result.score ?? 0;
    let added = 0;
    for (const candidate of remoteOnly) {
      if (outsideRegionUpperBound(facts, candidate.facts) < needed) continue;
      scored.push(score(candidate.entry, candidate.facts));
      added += 1;
    }
    if (added > 0) scored.sort(order);
    // The same inputs and `now`, so the same points, now with their explanations.
    const matches = this.select(scored, limit).map(({ entry, facts: supporter }) => ({
      entry,
      display: store.display(entry.slot),
      result: scoreMatch(facts, supporter, now, options),
    }));
    const ranking = { matches, candidates: scored.length };
    this.remember(key, ranking, nextDayTurn(scored.map((c) => c.facts.availabilityConfirmedAt ?? now), now));
    return ranking;
  }

  /** The first `limit` of a ranked list, at most MATCHES_PER_ORGANIZATION from any one organization. */
  private select<T extends { entry: CatalogueEntry; result: MatchResult }>(ranked: readonly T[], limit: number): T[] {
    const perOrganization = new Map<string, number>();
    const chosen: T[] = [];
    for (const candidate of ranked) {
      if (!candidate.result.eligible) continue;
      const count = perOrganization.get(candidate.entry.organization) ?? 0;
      if (count >= MATCHES_PER_ORGANIZATION) continue;
      perOrganization.set(candidate.entry.organization, count + 1);
      chosen.push(candidate);
      if (chosen.length === limit) break;
    }
    return chosen;
  }

  /**
   * Every supporter's completed engagements (led, with positive reviews, and as OJT trainee) and the
   * latest one's title, read again only when the catalogue version moved (track records bump it).
   */
  private async engagementRecords(): Promise<Map<string, EngagementRecord>> {
    const [{ version }]: { version: string }[] = await this.dataSource.query(`SELECT version::text AS version FROM supporter_catalogue_version`);
    if (this.engagementRecordCache?.version === version) return this.engagementRecordCache.records;
    const rows: { supporter_id: string; completed: number; positive: number; ojt: number; title: string; municipality_name: string }[] = await this.dataSource.query(
      `SELECT r.supporter_id::text AS supporter_id,
              count(*) FILTER (WHERE r.kind = 'ENGAGEMENT')::int AS completed,
              count(*) FILTER (WHERE r.kind = 'ENGAGEMENT' AND r.positive)::int AS positive,
              count(*) FILTER (WHERE r.kind = 'OJT')::int AS ojt,
              (array_agg(e.title ORDER BY r.kind = 'ENGAGEMENT' DESC, e.ended_at DESC, e.id))[1] AS title,
              (array_agg(m.name ORDER BY r.kind = 'ENGAGEMENT' DESC, e.ended_at DESC, e.id))[1] AS municipality_name
         FROM supporter_track_record r
         JOIN engagement e ON e.id = r.engagement_id
         JOIN municipality m ON m.code = e.municipality_code
        WHERE r.engagement_id IS NOT NULL
        GROUP BY r.supporter_id`,
    );
    const records = new Map(
      rows.map((row) => [
        row.supporter_id,
        { completed: row.completed, positive: row.positive, ojt: row.ojt, latest: { title: row.title, municipalityName: row.municipality_name } },
      ]),
    );
    this.engagementRecordCache = { version, records };
    return records;
  }

  /** Ids of the supporters that marked interest in the request. */
  private async interestIn(requestId: string): Promise<string[]> {
    const rows: { supporter_id: string }[] = await this.dataSource.query(
      `SELECT supporter_id::text AS supporter_id FROM support_request_interest WHERE request_id = $1`,
      [requestId],
    );
    return rows.map((row) => row.supporter_id);
  }

  private remember(key: string, ranking: Ranking, validUntil: number): void {
    this.rankings.delete(key);
    this.rankings.set(key, { ranking, validUntil });
    // A Map iterates in insertion order, so the first key is the least recently computed.
    if (this.rankings.size > RANKING_CACHE_SIZE) this.rankings.delete(this.rankings.keys().next().value as string);
  }

  /** One catalogue entry as the matcher's facts for this request (area ties and acquaintance resolved). */
  private supporterFacts(
    entry: CatalogueEntry,
    request: MatchRequestFacts,
    sameMunicipality: ReadonlySet<string>,
    markedInterest: boolean,
    records: ReadonlyMap<string, EngagementRecord>,
  ): MatchSupporterFacts {
    const acquaintance: MatchAcquaintance = { workWithMunicipality: 0, introductionsWithMunicipality: 0, workInPrefecture: 0, introductionsInPrefecture: 0 };
    for (const record of entry.trackRecords) {
      if (record.prefectureCode !== request.prefecture.code) continue;
      // Working alongside as an OJT trainee is acquaintance too.
      const engagement = record.kind !== TrackRecordKind.INTRODUCTION;
      if (record.municipalityCode !== null && sameMunicipality.has(record.municipalityCode)) {
        if (engagement) acquaintance.workWithMunicipality += 1;
        else acquaintance.introductionsWithMunicipality += 1;
      }
      if (engagement) acquaintance.workInPrefecture += 1;
      else acquaintance.introductionsInPrefecture += 1;
    }
    return {
      supportTypes: entry.supportTypes,
      serviceArea: entry.serviceArea,
      remoteAvailable: entry.remoteAvailable,
      availability: entry.availability,
      availabilityConfirmedAt: new Date(entry.availabilityConfirmedAt),
      capacity: entry.capacity,
      currentLoad: entry.currentLoad,
      frameworks: entry.frameworks,
      feeNotes: null, // only its lowest fee is weighed, and the catalogue keeps just that
      lowestFeeYen: entry.lowestFeeYen,
      steps: entry.steps,
      yearsActive: entry.yearsActive,
      engagementRecord: records.get(entry.id) ?? null,
      verificationStatus: entry.verificationStatus,
      acquaintance,
      markedInterest,
    };
  }
}

/** The first moment after `now` at which some confirmation becomes one whole day older (scores may change then). */
function nextDayTurn(confirmations: readonly Date[], now: Date): number {
  let next = now.getTime() + DAY_MS;
  for (const confirmedAt of confirmations) {
    const age = now.getTime() - confirmedAt.getTime();
    const turn = age < 0 ? confirmedAt.getTime() : now.getTime() + (DAY_MS - (age % DAY_MS));
    if (turn < next) next = turn;
  }
  return next;
}

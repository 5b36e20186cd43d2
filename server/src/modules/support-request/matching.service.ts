import type { DataSource } from 'typeorm';
import {
  FundingRoute,
  MatchFactor,
  TrackRecordKind,
  scoreMatch,
  type Availability,
  type Framework,
  type MatchAcquaintance,
  type MatchRequestFacts,
  type MatchResult,
  type MatchServicePlace,
  type Step,
  type SupportType,
  type VerificationStatus,
} from '@tsunagu/shared';
import type { AppConfig } from '../../config';
import { pageSize } from '../../graphql/pagination';
import type { ReferenceService } from '../reference/reference.service';
import type { SupportRequest } from './support-request.entity';

/** At most this many matches per organization, so one large organization cannot fill the list. */
export const MATCHES_PER_ORGANIZATION = 2;

/** Row of the candidate query: just what scoring needs, areas limited to the request's region. */
interface CandidateRow {
  id: string;
  owner_organization_id: string | null;
  support_types: SupportType[];
  remote_available: boolean;
  availability: Availability;
  availability_confirmed_at: Date;
  capacity: number;
  current_load: number;
  frameworks: Framework[];
  fee_notes: string | null;
  steps: Step[];
  years_active: number | null;
  verification_status: VerificationStatus;
  /** "PP" for a whole prefecture or "PPMMMMMM" for a municipality, only within the prefecture and its neighbours. */
  places: string[];
  work_municipality: number;
  intro_municipality: number;
  work_prefecture: number;
  intro_prefecture: number;
  interested: boolean;
}

/** A scored candidate, before the profile itself is loaded. */
export interface RankedCandidate {
  supporterId: string;
  result: MatchResult;
}

const NO_ACQUAINTANCE: MatchAcquaintance = { workWithMunicipality: 0, introductionsWithMunicipality: 0, workInPrefecture: 0, introductionsInPrefecture: 0 };

/**
 * Ranks supporters against a support request with the shared, explainable scoring. One SQL
 * statement fetches every candidate (offers a wanted type, not archived or rejected, and reaches
 * the prefecture, a neighbour, works remotely or marked interest) with its track record and interest; scoring and
 * the per-organization cap run here, so the explanation is exactly the one the client shows.
 */
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly freshness: AppConfig['freshness'],
  ) {}

  /** The request's facts as the matcher reads them (names, neighbours and ward/city ties resolved). */
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
  async rank(request: SupportRequest, first: number | null | undefined, now = new Date()): Promise<RankedCandidate[]> {
    const limit = pageSize(first);
    if (request.supportTypes.length === 0) return [];
    const facts = await this.requestFacts(request);
    // A ward counts as its city and a city as any of its wards, as in search.
    const sameMunicipality = new Set([facts.municipalityCode, ...(await this.relatedMunicipalities(facts.municipalityCode))]);
    const region = [facts.prefecture.code, ...facts.neighbourPrefectures.map((p) => p.code)];
    const rows: CandidateRow[] = await this.dataSource.query(CANDIDATES_SQL, [
      request.supportTypes,
      region,
      request.id,
      facts.prefecture.code,
      [...sameMunicipality],
    ]);

    const scored = rows.map((row) => ({
      row,
      result: scoreMatch(
        facts,
        {
          supportTypes: row.support_types,
          serviceArea: row.places.map((place) => toServicePlace(place, sameMunicipality, facts.municipalityCode)),
          remoteAvailable: row.remote_available,
          availability: row.availability,
          availabilityConfirmedAt: row.availability_confirmed_at,
          capacity: row.capacity,
          currentLoad: row.current_load,
          frameworks: row.frameworks,
          feeNotes: row.fee_notes,
          steps: row.steps,
          yearsActive: row.years_active,
          verificationStatus: row.verification_status,
          acquaintance: {
            ...NO_ACQUAINTANCE,
            workWithMunicipality: row.work_municipality,
            introductionsWithMunicipality: row.intro_municipality,
            workInPrefecture: row.work_prefecture,
            introductionsInPrefecture: row.intro_prefecture,
          },
          markedInterest: row.interested,
        },
        now,
        { staleAfterDays: this.freshness.staleAfterDays },
      ),
    }));
    // Ties: better type coverage, then fresher confirmation, then id, so the order is stable.
    const coverage = (r: MatchResult) => r.reasons.find((x) => x.factor === MatchFactor.SUPPORT_TYPE_COVERAGE)?.points ?? 0;
    scored.sort(
      (a, b) =>
        b.result.score - a.result.score ||
        coverage(b.result) - coverage(a.result) ||
        b.row.availability_confirmed_at.getTime() - a.row.availability_confirmed_at.getTime() ||
        (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
    );
    const perOrganization = new Map<string, number>();
    const ranked: RankedCandidate[] = [];
    for (const { row, result } of scored) {
      if (!result.eligible) continue;
      // Imported profiles have no owner: each counts as its own organization.
      const organization = row.owner_organization_id ?? row.id;
      const count = perOrganization.get(organization) ?? 0;
      if (count >= MATCHES_PER_ORGANIZATION) continue;
      perOrganization.set(organization, count + 1);
      ranked.push({ supporterId: row.id, result });
      if (ranked.length === limit) break;
    }
    return ranked;
  }

  private async relatedMunicipalities(code: string): Promise<string[]> {
    const municipality = await this.reference.municipalityByCode(code);
    const wards = await this.reference.wardsOf(code);
    return [...wards.map((w) => w.code), ...(municipality?.parentCode ? [municipality.parentCode] : [])];
  }
}

/** Decodes a place; any code tied to the request's municipality (its wards or city) counts as that municipality. */
function toServicePlace(place: string, sameMunicipality: ReadonlySet<string>, municipalityCode: string): MatchServicePlace {
  if (place.length === 2) return { prefectureCode: place, municipalityCode: null };
  const code = place.slice(2);
  return { prefectureCode: place.slice(0, 2), municipalityCode: sameMunicipality.has(code) ? municipalityCode : code };
}

// $1 wanted types, $2 the prefecture and its neighbours, $3 the request, $4 its prefecture, $5 its municipality (with ward/city ties).
// Areas are joined pre-grouped rather than read by a subquery per candidate, and the char columns are
// compared with bpchar[] so IDX_service_area_prefecture serves $2: at 20,000 supporters the per-row form
// was estimated above jit_above_cost, so every request paid for JIT compilation (server time 72 → 24 ms).
const CANDIDATES_SQL = `
  SELECT p.id, p.owner_organization_id, p.support_types, p.remote_available, p.availability, p.availability_confirmed_at,
         p.capacity, p.current_load, p.frameworks, p.fee_notes, p.steps, p.years_active, p.verification_status,
         coalesce(a.places, '{}') AS places,
         coalesce(t.work_municipality, 0)::int AS work_municipality,
         coalesce(t.intro_municipality, 0)::int AS intro_municipality,
         coalesce(t.work_prefecture, 0)::int AS work_prefecture,
         coalesce(t.intro_prefecture, 0)::int AS intro_prefecture,
         (i.supporter_id IS NOT NULL) AS interested
    FROM supporter_profile p
    LEFT JOIN (
      SELECT a.supporter_id, array_agg(a.prefecture_code || coalesce(a.municipality_code, '')) AS places
        FROM supporter_service_area a
       WHERE a.prefecture_code = ANY($2::bpchar[])
       GROUP BY a.supporter_id
    ) a ON a.supporter_id = p.id
    LEFT JOIN (
      SELECT r.supporter_id,
             count(*) FILTER (WHERE r.kind = '${TrackRecordKind.ENGAGEMENT}' AND r.municipality_code = ANY($5::bpchar[])) AS work_municipality,
             count(*) FILTER (WHERE r.kind = '${TrackRecordKind.INTRODUCTION}' AND r.municipality_code = ANY($5::bpchar[])) AS intro_municipality,
             count(*) FILTER (WHERE r.kind = '${TrackRecordKind.ENGAGEMENT}') AS work_prefecture,
             count(*) FILTER (WHERE r.kind = '${TrackRecordKind.INTRODUCTION}') AS intro_prefecture
        FROM supporter_track_record r
       WHERE r.prefecture_code = $4
       GROUP BY r.supporter_id
    ) t ON t.supporter_id = p.id
    LEFT JOIN support_request_interest i ON i.request_id = $3 AND i.supporter_id = p.id
   WHERE p.archived_at IS NULL
     AND p.verification_status <> 'REJECTED'
     AND p.support_types && $1::text[]
     AND (p.remote_available OR i.supporter_id IS NOT NULL OR a.supporter_id IS NOT NULL)`;

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ActivityKind, EngagementParty, ReviewCriterion, ReviewPart, Step, TraineeStatus } from '@tsunagu/shared';
import type { EngagementTies } from './engagement-access';

/** Groups rows by a key, in the order of `keys` (DataLoader's contract). */
function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export interface StepRow { engagement_id: string; step: Step; started_on: string; ended_on: string | null }
export interface CheckRow { engagement_id: string; item_code: string; checked_at: Date }
export interface ActivityRow {
  id: string;
  engagement_id: string;
  kind: ActivityKind;
  held_on: string;
  step: Step;
  participants: number | null;
  notes: string;
  links: string[];
  party: EngagementParty;
  author: string;
  created_at: Date;
}
export interface TraineeRow { engagement_id: string; supporter_id: string; organization_id: string; status: TraineeStatus; invited_at: Date; responded_at: Date | null }
export interface ReviewRow {
  engagement_id: string;
  part: ReviewPart;
  changes: string;
  lessons: string;
  ratings: { criterion: ReviewCriterion; score: number }[];
  author: string;
  submitted_at: Date;
}
export interface RmoRow { engagement_id: string; id: string; name: string; organization_id: string | null }

/** Request-scoped loaders: one SQL statement each for a whole page of engagements. */
export function createEngagementLoaders(dataSource: DataSource) {
  const byEngagement = <T extends { engagement_id: string }>(sql: string) =>
    new DataLoader<string, T[]>(async (ids) => groupBy(ids, (await dataSource.query(sql, [ids])) as T[], (row) => row.engagement_id));
  const rmos = byEngagement<RmoRow>(
    `SELECT er.engagement_id::text, r.id::text, r.name, r.organization_id::text FROM engagement_rmo er JOIN rmo r ON r.id = er.rmo_id
      WHERE er.engagement_id = ANY($1::uuid[]) ORDER BY r.name, r.id`,
  );
  const trainees = byEngagement<TraineeRow>(
    `SELECT engagement_id::text, supporter_id::text, organization_id::text, status, invited_at, responded_at FROM engagement_trainee
      WHERE engagement_id = ANY($1::uuid[]) ORDER BY invited_at, supporter_id`,
  );
  return {
    /** The engagement each offer began (null: none yet). */
    byOffer: new DataLoader<string, string | null>(async (offerIds) => {
      const rows: { id: string; offer_id: string }[] = await dataSource.query(`SELECT id::text, offer_id::text FROM engagement WHERE offer_id = ANY($1::uuid[])`, [offerIds]);
      const byId = new Map(rows.map((r) => [r.offer_id, r.id]));
      return offerIds.map((id) => byId.get(id) ?? null);
    }),
    rmos,
    trainees,
    /** What access checks read beyond the row (see engagement-access.ts). */
    ties: new DataLoader<string, EngagementTies>(async (ids) => {
      const [r, t] = await Promise.all([rmos.loadMany(ids), trainees.loadMany(ids)]);
      return ids.map((_, i) => {
        const rmoRows = r[i] instanceof Error ? [] : (r[i] as RmoRow[]);
        const traineeRows = t[i] instanceof Error ? [] : (t[i] as TraineeRow[]);
        return {
          rmoOrganizationIds: rmoRows.flatMap((row) => (row.organization_id ? [row.organization_id] : [])),
          traineeOrganizationIds: traineeRows.filter((row) => row.status !== 'DECLINED').map((row) => row.organization_id),
        };
      });
    }),
    steps: byEngagement<StepRow>(
      `SELECT engagement_id::text, step, to_char(started_on, 'YYYY-MM-DD') AS started_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on
         FROM engagement_step WHERE engagement_id = ANY($1::uuid[]) ORDER BY started_on, step`,
    ),
    checks: byEngagement<CheckRow>(`SELECT engagement_id::text, item_code, checked_at FROM engagement_check WHERE engagement_id = ANY($1::uuid[])`),
    activities: byEngagement<ActivityRow>(
      `SELECT a.id::text, a.engagement_id::text, a.kind, to_char(a.held_on, 'YYYY-MM-DD') AS held_on, a.step, a.participants, a.notes, a.links, a.party,
              u.display_name || '（' || o.name || '）' AS author, a.created_at
         FROM engagement_activity a JOIN app_user u ON u.id = a.author_user_id JOIN organization o ON o.id = a.author_organization_id
        WHERE a.engagement_id = ANY($1::uuid[]) ORDER BY a.held_on DESC, a.id DESC`,
    ),
    reviews: byEngagement<ReviewRow>(
      `SELECT r.engagement_id::text, r.part, r.changes, r.lessons, r.ratings, u.display_name || '（' || o.name || '）' AS author, r.submitted_at
         FROM engagement_review r JOIN app_user u ON u.id = r.author_user_id JOIN organization o ON o.id = r.author_organization_id
        WHERE r.engagement_id = ANY($1::uuid[]) ORDER BY r.part`,
    ),
  };
}

export type EngagementLoaders = ReturnType<typeof createEngagementLoaders>;

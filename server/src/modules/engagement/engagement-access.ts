import type { EntityManager } from 'typeorm';
import { EngagementParty, NotificationKind, UserRole, engagementPartyOf, type EngagementActor } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { NotificationService } from '../notification/notification.service';
import type { Engagement } from './engagement.entity';

/** A signed-in viewer as the engagement lifecycles read an actor. */
export function engagementActor(viewer: Viewer): EngagementActor {
  return { organizationId: viewer.organizationId, role: viewer.role, prefectureCode: viewer.prefectureCode, municipalityCode: viewer.municipalityCode };
}

/** What access checks read of an engagement beyond its row: its RMOs' organizations and its OJT trainees' organizations. */
export interface EngagementTies {
  rmoOrganizationIds: string[];
  /** Organizations of trainees invited or taking part: they read the engagement, though they are no party. */
  traineeOrganizationIds: string[];
}

export async function tiesOf(manager: EntityManager, engagementId: string): Promise<EngagementTies> {
  const [row]: { rmo: string[] | null; trainee: string[] | null }[] = await manager.query(
    `SELECT ARRAY(SELECT r.organization_id::text FROM engagement_rmo er JOIN rmo r ON r.id = er.rmo_id WHERE er.engagement_id = $1 AND r.organization_id IS NOT NULL) AS rmo,
            ARRAY(SELECT t.organization_id::text FROM engagement_trainee t WHERE t.engagement_id = $1 AND t.status <> 'DECLINED') AS trainee`,
    [engagementId],
  );
  return { rmoOrganizationIds: row?.rmo ?? [], traineeOrganizationIds: row?.trainee ?? [] };
}

/** The viewer's side of the engagement, or null when it is none of its parties. */
export function partyOf(viewer: Viewer, engagement: Engagement, ties: EngagementTies): EngagementParty | null {
  return engagementPartyOf(engagementActor(viewer), { ...engagement, rmoOrganizationIds: ties.rmoOrganizationIds });
}

/** Whether the viewer may read the engagement: a party, or an OJT trainee's organization. */
export function mayRead(viewer: Viewer, engagement: Engagement, ties: EngagementTies): boolean {
  return partyOf(viewer, engagement, ties) !== null || (viewer.role === UserRole.INTERMEDIARY_STAFF && ties.traineeOrganizationIds.includes(viewer.organizationId));
}

/**
 * The engagements the viewer may read, as SQL on `e` with parameters numbered from `next` — the same
 * rule as mayRead: the municipality's, the prefecture's, its RMO's, the supporter's own or trained in.
 */
export function engagementsVisibleTo(viewer: Viewer, next: number): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case UserRole.MUNICIPALITY_STAFF:
      return { sql: `e.municipality_code = $${next}`, params: [viewer.municipalityCode] };
    case UserRole.PREFECTURE_STAFF:
      return { sql: `e.prefecture_code = $${next}`, params: [viewer.prefectureCode] };
    case UserRole.RMO_STAFF:
      return {
        sql: `EXISTS (SELECT 1 FROM engagement_rmo er JOIN rmo r ON r.id = er.rmo_id WHERE er.engagement_id = e.id AND r.organization_id = $${next})`,
        params: [viewer.organizationId],
      };
    case UserRole.INTERMEDIARY_STAFF:
      return {
        sql: `(e.supporter_organization_id = $${next} OR EXISTS (SELECT 1 FROM engagement_trainee t WHERE t.engagement_id = e.id AND t.organization_id = $${next} AND t.status <> 'DECLINED'))`,
        params: [viewer.organizationId],
      };
    default:
      return { sql: 'FALSE', params: [] };
  }
}

/** Where an engagement's notifications link to. */
export const engagementLink = (id: string): string => `/engagements/${id}`;

/** The notification kinds engagements use. */
export type EngagementEventKind =
  | NotificationKind.ENGAGEMENT_STARTED
  | NotificationKind.ENGAGEMENT_STEP_CHANGED
  | NotificationKind.ENGAGEMENT_REVIEW_STARTED
  | NotificationKind.ENGAGEMENT_ENDED
  | NotificationKind.OJT_INVITED;

/** Tells the chosen parties of an engagement what happened, inside the transaction of the change (never the actor). */
export async function tellParties(
  notifications: Pick<NotificationService, 'notify'>,
  manager: EntityManager,
  engagement: Engagement,
  kind: EngagementEventKind,
  parties: readonly EngagementParty[],
  actor: Viewer | null,
  extra: Record<string, string | number | null> = {},
): Promise<void> {
  const ties = await tiesOf(manager, engagement.id);
  const [names]: { municipality_name: string; supporter_name: string }[] = await manager.query(
    `SELECT m.name AS municipality_name, p.name AS supporter_name FROM municipality m, supporter_profile p WHERE m.code = $1 AND p.id = $2`,
    [engagement.municipalityCode, engagement.supporterId],
  );
  await notifications.notify(manager, {
    kind,
    organizationIds: [
      ...(parties.includes(EngagementParty.SUPPORTER) ? [engagement.supporterOrganizationId] : []),
      ...(parties.includes(EngagementParty.RMO) ? ties.rmoOrganizationIds : []),
    ],
    municipalityStaffOf: parties.includes(EngagementParty.MUNICIPALITY) ? [engagement.municipalityCode] : [],
    prefectureStaffOf: parties.includes(EngagementParty.PREFECTURE) ? [engagement.prefectureCode] : [],
    actorUserId: actor?.userId ?? null,
    link: engagementLink(engagement.id),
    params: { engagementTitle: engagement.title, municipalityName: names?.municipality_name ?? null, supporterName: names?.supporter_name ?? null, ...extra },
    subject: { type: 'Engagement', id: engagement.id },
  });
}

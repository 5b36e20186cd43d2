import type { EntityManager } from 'typeorm';
import { OfferKind, OfferParty, UserRole, isOfferBroker, isOfferMunicipality, isOfferedSupporter, type OfferActor } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { IntroductionRequest } from './introduction-request.entity';
import type { Offer } from './offer.entity';

/** A signed-in viewer as the offer lifecycles read an actor. */
export function offerActor(viewer: Viewer): OfferActor {
  return {
    organizationId: viewer.organizationId,
    role: viewer.role,
    prefectureCode: viewer.prefectureCode,
    municipalityCode: viewer.municipalityCode,
  };
}

/** The viewer's side of the offer, or null when the viewer is no party to it (and must not learn it exists). */
export function partyOf(viewer: Viewer, offer: Offer): OfferParty | null {
  const actor = offerActor(viewer);
  if (isOfferMunicipality(actor, offer)) return OfferParty.MUNICIPALITY;
  if (isOfferBroker(actor, offer)) return OfferParty.PREFECTURE;
  if (isOfferedSupporter(actor, offer)) return OfferParty.SUPPORTER;
  return null;
}

/**
 * The offers the viewer may read, as SQL on `o` with its parameters numbered from `next`: the
 * municipality's offers, the proposals of the viewer's prefecture, the offers made to the viewer's
 * organization. Everyone else reads none (the same rule as partyOf).
 */
export function offersVisibleTo(viewer: Viewer, next: number): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case UserRole.MUNICIPALITY_STAFF:
      return { sql: `o.municipality_code = $${next}`, params: [viewer.municipalityCode] };
    case UserRole.PREFECTURE_STAFF:
      return { sql: `(o.kind = '${OfferKind.PROPOSAL}' AND o.prefecture_code = $${next})`, params: [viewer.prefectureCode] };
    case UserRole.INTERMEDIARY_STAFF:
      return { sql: `o.supporter_organization_id = $${next}`, params: [viewer.organizationId] };
    default:
      return { sql: 'FALSE', params: [] };
  }
}

/** Whether the viewer is a party to the introduction request: its municipality or its prefecture. */
export function isIntroductionParty(viewer: Viewer, introduction: Pick<IntroductionRequest, 'prefectureCode' | 'municipalityCode'>): boolean {
  return (
    (viewer.role === UserRole.MUNICIPALITY_STAFF && viewer.municipalityCode === introduction.municipalityCode) ||
    (viewer.role === UserRole.PREFECTURE_STAFF && viewer.prefectureCode === introduction.prefectureCode)
  );
}

/** The organizations that stand for each party of an offer: every member of them is told. */
export async function partyOrganizationIds(
  manager: EntityManager,
  offer: Pick<Offer, 'kind' | 'prefectureCode' | 'municipalityCode' | 'supporterOrganizationId'>,
  parties: readonly OfferParty[],
): Promise<string[]> {
  const ids = new Set<string>();
  if (parties.includes(OfferParty.MUNICIPALITY)) {
    for (const id of await municipalityOrganizationIds(manager, offer.municipalityCode)) ids.add(id);
  }
  if (parties.includes(OfferParty.PREFECTURE) && offer.kind === OfferKind.PROPOSAL) {
    for (const id of await prefectureOrganizationIds(manager, offer.prefectureCode)) ids.add(id);
  }
  if (parties.includes(OfferParty.SUPPORTER)) ids.add(offer.supporterOrganizationId);
  return [...ids];
}

/** The municipality's own organization(s): its staff. */
export async function municipalityOrganizationIds(manager: EntityManager, municipalityCode: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE kind = 'MUNICIPALITY' AND municipality_code = $1 ORDER BY id`, [
    municipalityCode,
  ]);
  return rows.map((row) => row.id);
}

/** The prefecture's own organization(s): its staff. */
export async function prefectureOrganizationIds(manager: EntityManager, prefectureCode: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM organization WHERE kind = 'PREFECTURE' AND prefecture_code = $1 ORDER BY id`, [
    prefectureCode,
  ]);
  return rows.map((row) => row.id);
}

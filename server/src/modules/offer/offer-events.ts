import type { EntityManager } from 'typeorm';
import { NotificationKind, OfferKind, OfferParty } from '@tsunagu/shared';
import type { NotificationService } from '../notification/notification.service';
import type { ReferenceService } from '../reference/reference.service';
import type { Viewer } from '../account/viewer';
import { partyOrganizationIds } from './offer-access';
import type { Offer } from './offer.entity';

/** The notification kinds an offer's events use (see README: Introductions and offers). */
export type OfferEventKind =
  | NotificationKind.INTRODUCTION_PROPOSED
  | NotificationKind.OFFER_RECEIVED
  | NotificationKind.OFFER_ACCEPTED
  | NotificationKind.OFFER_DECLINED
  | NotificationKind.OFFER_CONFIRMED
  | NotificationKind.OFFER_CLOSED
  | NotificationKind.OFFER_WITHDRAWN
  | NotificationKind.OFFER_DEADLINE_REMINDER
  | NotificationKind.OFFER_EXPIRED
  | NotificationKind.OFFER_MESSAGE;

/** Where an offer's notifications link to. */
export const offerLink = (offerId: string): string => `/offers/${offerId}`;

/**
 * Tells an offer's parties what happened, inside the transaction of the change. Every event carries
 * the same facts: which request (title), which supporter, which municipality and prefecture, how
 * the offer came about, its deadline; callers add what is particular (a decline's reason code).
 */
export class OfferEvents {
  constructor(
    private readonly notifications: Pick<NotificationService, 'notify'>,
    private readonly reference: ReferenceService,
  ) {}

  async tell(
    manager: EntityManager,
    offer: Offer,
    kind: OfferEventKind,
    parties: readonly OfferParty[],
    actor: Viewer | null,
    extra: Record<string, string | number | null> = {},
  ): Promise<void> {
    const organizationIds = await partyOrganizationIds(manager, offer, parties);
    if (organizationIds.length === 0) return;
    await this.notifications.notify(manager, {
      kind,
      organizationIds,
      actorUserId: actor?.userId ?? null,
      link: offerLink(offer.id),
      params: { ...(await this.facts(manager, offer)), ...extra },
      subject: { type: 'Offer', id: offer.id },
    });
  }

  /** The facts every offer event's sentence may use. */
  async facts(manager: EntityManager, offer: Offer): Promise<Record<string, string | number | null>> {
    const [row]: { title: string; supporter_name: string }[] = await manager.query(
      `SELECT sr.title, p.name AS supporter_name FROM support_request sr, supporter_profile p WHERE sr.id = $1 AND p.id = $2`,
      [offer.requestId, offer.supporterId],
    );
    const { prefecture, municipality } = await this.reference.placeOf(offer.prefectureCode, offer.municipalityCode);
    return {
      offerKind: offer.kind,
      requestTitle: row?.title ?? null,
      supporterName: row?.supporter_name ?? null,
      municipalityName: municipality.name,
      // Named only when the prefecture brokered it: the sentences tell a proposal from an approach by it.
      prefectureName: offer.kind === OfferKind.PROPOSAL ? prefecture.name : null,
      // The last day to answer, as a Japanese calendar date (the deadline is that day's end).
      deadline: lastDayToAnswer(offer.respondBy),
      respondBy: offer.respondBy.toISOString(),
    };
  }
}

/** YYYY-MM-DD of the Japanese day a deadline (that day's 24:00 JST) closes. */
export function lastDayToAnswer(respondBy: Date): string {
  return new Date(respondBy.getTime() - 1 + 9 * 3_600_000).toISOString().slice(0, 10);
}

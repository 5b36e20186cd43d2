import type { DataSource, EntityManager } from 'typeorm';
import { NotificationKind, OfferParty } from '@tsunagu/shared';
import type { Clock } from '../../common/clock';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import type { OfferEvents } from './offer-events';
import { OfferMessage } from './offer-message.entity';
import type { Offer } from './offer.entity';
import type { OfferService } from './offer.service';
import type { PostOfferMessageInput } from './offer.inputs';

export interface OfferThreadServiceDeps {
  dataSource: DataSource;
  offers: OfferService;
  audit: AuditService;
  events: OfferEvents;
  clock: Clock;
}

const EVERY_PARTY = [OfferParty.MUNICIPALITY, OfferParty.PREFECTURE, OfferParty.SUPPORTER] as const;

/**
 * Each offer's thread: plain-text messages between its parties (the municipality, the broker
 * prefecture of a proposal, the supporter), with read state per person. Outsiders get NOT_FOUND,
 * as for an unknown offer.
 */
export class OfferThreadService {
  constructor(private readonly deps: OfferThreadServiceDeps) {}

  /** Posts a message; the other parties are told, and the author has read the thread up to it. */
  async post(viewer: Viewer, input: PostOfferMessageInput): Promise<OfferMessage> {
    const { dataSource, offers, audit, events, clock } = this.deps;
    return dataSource.transaction(async (manager) => {
      const offer = await offers.requireFor(manager, viewer, input.offerId, false, 'offerId');
      const party = offers.partyOf(viewer, offer)!;
      const messages = manager.getRepository(OfferMessage);
      const message = await messages.save(
        messages.create({
          offerId: offer.id,
          authorUserId: viewer.userId,
          authorOrganizationId: viewer.organizationId,
          party,
          body: input.body.trim(),
          createdAt: clock.now(),
        }),
      );
      await this.markReadUpTo(manager, offer.id, viewer.userId, message.id);
      await audit.record(manager, viewer, { action: 'postOfferMessage', entityType: 'Offer', entityId: offer.id, after: { messageId: message.id, party } });
      // Each side's own members see it in the thread; the other sides are told.
      const others = EVERY_PARTY.filter((p) => p !== party);
      await events.tell(manager, offer, NotificationKind.OFFER_MESSAGE, others, viewer, { fromParty: party, senderName: viewer.organizationName, messagePreview: preview(message.body) });
      return message;
    });
  }

  /** The viewer has read the whole thread as it stands now. */
  async markRead(viewer: Viewer, offerId: string): Promise<Offer> {
    const { dataSource, offers } = this.deps;
    return dataSource.transaction(async (manager) => {
      const offer = await offers.requireFor(manager, viewer, offerId, false, 'offerId');
      const [{ last }]: { last: string | null }[] = await manager.query(`SELECT max(id)::text AS last FROM offer_message WHERE offer_id = $1`, [offer.id]);
      if (last) await this.markReadUpTo(manager, offer.id, viewer.userId, last);
      return offer;
    });
  }

  private async markReadUpTo(manager: EntityManager, offerId: string, userId: string, messageId: string): Promise<void> {
    await manager.query(
      `INSERT INTO offer_thread_read (offer_id, user_id, last_read_message_id, read_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (offer_id, user_id) DO UPDATE SET last_read_message_id = GREATEST(offer_thread_read.last_read_message_id, EXCLUDED.last_read_message_id), read_at = now()`,
      [offerId, userId, messageId],
    );
  }
}

/** The start of a message, for a notification (the thread itself holds the rest). */
function preview(body: string): string {
  const chars = [...body.replace(/\s+/g, ' ')];
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}

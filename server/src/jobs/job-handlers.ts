import { DIGEST_HOUR_JST } from '@tsunagu/shared';
import type { Services } from '../graphql/context';
import { sendPasswordReset } from '../modules/account/account.service';
import { deliverMail } from '../modules/mail/mail.service';
import { sweepProfileFreshness } from '../modules/supporter/supporter-freshness.service';
import { expireOffer, remindOffer, sweepOfferDeadlines } from '../modules/offer/offer.service';
import { sendDailyDigests } from '../modules/notification/notification.service';
import { SNAPSHOT_CRON, snapshotSufficiency } from '../modules/sufficiency/sufficiency.service';

/**
 * Every job type's handler and every schedule, registered once per process (web or worker).
 * Modules declare their job types beside their services; this is where they meet the queue.
 */
export function registerJobHandlers({ jobs, mail, accounts, supporterFreshness, notifications, offers, sufficiency }: Services): void {
  jobs.handle(deliverMail, ({ deliveryId }, run) => mail.deliver(deliveryId, run));
  jobs.handle(sendPasswordReset, ({ email }) => accounts.sendPasswordReset(email));
  jobs.handle(sweepProfileFreshness, async (_payload, run) => {
    await supporterFreshness.sweep(run);
  });
  // Hourly: a reminder goes out within the hour its day comes (a restarted process catches up once).
  jobs.schedule(sweepProfileFreshness, '17 * * * *');
  jobs.handle(sendDailyDigests, async (_payload, run) => {
    await notifications.sendDigests(run);
  });
  // 23:00 UTC is 08:00 in Japan (no daylight saving): the digest is waiting when the working day starts.
  // A process that was down at 08:00 catches up within six hours; the digest table keeps it to one a day.
  jobs.schedule(sendDailyDigests, `0 ${(DIGEST_HOUR_JST + 24 - 9) % 24} * * *`, { backfillHours: 6 });
  // Each offer's reminder and expiry run at their own times; the hourly sweep catches any that did not.
  jobs.handle(remindOffer, async ({ offerId }, run) => {
    await offers.remindDue(run.now, offerId);
  });
  jobs.handle(expireOffer, async ({ offerId }, run) => {
    await offers.expireDue(run.now, offerId);
  });
  jobs.handle(sweepOfferDeadlines, async (_payload, run) => {
    await offers.remindDue(run.now);
    await offers.expireDue(run.now);
  });
  jobs.schedule(sweepOfferDeadlines, '7 * * * *');
  // Daily at 00:40 in Japan: this month's snapshot is rewritten, so each month keeps its last day's picture.
  jobs.handle(snapshotSufficiency, async (_payload, run) => {
    await sufficiency.takeSnapshot(run.now);
  });
  jobs.schedule(snapshotSufficiency, SNAPSHOT_CRON, { backfillHours: 24 });
}

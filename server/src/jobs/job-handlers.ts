import type { Services } from '../graphql/context';
import { deliverMail } from '../modules/mail/mail.service';
import { sweepProfileFreshness } from '../modules/supporter/supporter-freshness.service';

/**
 * Every job type's handler and every schedule, registered once per process (web or worker).
 * Modules declare their job types beside their services; this is where they meet the queue.
 */
export function registerJobHandlers({ jobs, mail, supporterFreshness }: Services): void {
  jobs.handle(deliverMail, ({ deliveryId }, run) => mail.deliver(deliveryId, run));
  jobs.handle(sweepProfileFreshness, async (_payload, run) => {
    await supporterFreshness.sweep(run);
  });
  // Hourly: a reminder goes out within the hour its day comes (a restarted process catches up once).
  jobs.schedule(sweepProfileFreshness, '17 * * * *');
}

import type { Services } from '../graphql/context';
import { deliverMail } from '../modules/mail/mail.service';

/**
 * Every job type's handler and every schedule, registered once per process (web or worker).
 * Modules declare their job types beside their services; this is where they meet the queue.
 */
export function registerJobHandlers({ jobs, mail }: Services): void {
  jobs.handle(deliverMail, ({ deliveryId }, run) => mail.deliver(deliveryId, run));
}

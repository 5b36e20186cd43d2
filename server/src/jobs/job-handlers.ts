import type { Services } from '../graphql/context';

/**
 * Every job type's handler and every schedule, registered once per process (web or worker).
 * Modules declare their job types beside their services; this is where they meet the queue.
 */
export function registerJobHandlers(services: Services): void {
  void services;
}

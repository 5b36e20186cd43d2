import 'reflect-metadata';
import type { Services } from '../graphql/context';
import { registerJobHandlers } from './job-handlers';

describe('the schedules', () => {
  it('sends the daily digest at 08:00 in Japan (23:00 UTC, no daylight saving), sweeps freshness and offer deadlines hourly', () => {
    const schedules: Record<string, string> = {};
    const jobs = {
      handle: () => undefined,
      schedule: (type: { name: string }, cron: string) => {
        schedules[type.name] = cron;
      },
    };
    registerJobHandlers({ jobs } as unknown as Services);
    expect(schedules).toEqual({ 'notifications.dailyDigest': '0 23 * * *', 'supporter.freshnessSweep': '17 * * * *', 'offer.deadlineSweep': '7 * * * *', 'sufficiency.snapshot': '40 15 * * *' });
  });
});

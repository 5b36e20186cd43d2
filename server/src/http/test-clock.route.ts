import express, { Router } from 'express';
import { DAY_MS, isMovableClock } from '../common/clock';
import type { Services } from '../graphql/context';

/** The largest single move: a year is more than any deadline here needs. */
const MAX_ADVANCE_MS = 366 * DAY_MS;

/**
 * TEST_CLOCK=true only (NODE_ENV=test; loadConfig refuses it elsewhere): lets an end-to-end test
 * move the server's clock forward and run what became due, as the job queue would once that time
 * came. `GET /__test/clock` → `{ now }`; `POST /__test/clock` with `{ "advanceDays": 15 }` (or
 * `advanceMs`) → `{ now, runs }` once every due job (offer reminders and expiries, mail) has run and each
 * schedule (offers' sweep, daily digest, freshness sweep) has fired once.
 */
export function testClockRouter(services: Services): Router {
  const router = Router();
  router.get('/__test/clock', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ now: services.clock.now().toISOString() });
  });
  router.post('/__test/clock', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      const { clock, jobs, offers } = services;
      if (!isMovableClock(clock)) {
        res.status(409).json({ error: 'This server’s clock cannot be moved' });
        return;
      }
      const body: unknown = req.body;
      const days = typeof body === 'object' && body !== null && 'advanceDays' in body ? Number(body.advanceDays) : 0;
      const ms = typeof body === 'object' && body !== null && 'advanceMs' in body ? Number(body.advanceMs) : 0;
      const advance = days * DAY_MS + ms;
      if (!Number.isFinite(advance) || advance < 0 || advance > MAX_ADVANCE_MS) {
        res.status(400).json({ error: 'advanceDays / advanceMs: a forward move of at most a year' });
        return;
      }
      clock.advance(advance);
      // The queue's due times follow the clock; what is scheduled (the offers' sweep, the daily digest,
      // the freshness sweep) fires once, as it would have in the time that passed; then it all runs.
      let runs = await jobs.runUntilIdle();
      await offers.remindDue(clock.now());
      await offers.expireDue(clock.now());
      if (advance > 0) await jobs.fireSchedules(services.dataSource.manager);
      runs += await jobs.runUntilIdle();
      res.json({ now: clock.now().toISOString(), runs });
    } catch (error) {
      next(error);
    }
  });
  return router;
}

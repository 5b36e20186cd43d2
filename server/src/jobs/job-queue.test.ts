import { DAY_MS, ManualClock } from '../common/clock';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { JobQueue, jobType, type JobRun } from './job-queue';

const recordVisit = jobType<{ visit: string }>('test.recordVisit', { maxAttempts: 3 });
const sweep = jobType<Record<string, never>>('test.sweep');

let db: TestDatabase;
const queues: JobQueue[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(queues.map((q) => q.stop()));
  await db.drop();
});

/** A queue over the test database whose recordVisit handler notes each run (and fails while `failFirst` > 0). */
function newQueue(clock: ManualClock, options: { failFirst?: number } = {}) {
  const runs: { visit: string; run: JobRun }[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const queue = new JobQueue({ databaseUrl: db.url, clock, pollIntervalMs: 100, log: () => undefined });
  queue.handle(recordVisit, async (payload, run) => {
    runs.push({ visit: payload.visit, run });
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error('not yet');
    }
  });
  queues.push(queue);
  return { queue, runs };
}

async function pendingJobs(): Promise<number> {
  const [{ count }]: { count: number }[] = await db.dataSource.query(`SELECT count(*)::int AS count FROM graphile_worker.jobs`);
  return count;
}

describe('JobQueue', () => {
  afterEach(async () => {
    await db.dataSource.query('DELETE FROM graphile_worker._private_jobs');
  });

  it('adds jobs inside the caller transaction: a rolled-back change queues nothing', async () => {
    const { queue, runs } = newQueue(new ManualClock());
    await db.dataSource
      .transaction(async (manager) => {
        await queue.enqueue(manager, recordVisit, { visit: 'rolled back' });
        throw new Error('business rule refused');
      })
      .catch(() => undefined);
    await db.dataSource.transaction((manager) => queue.enqueue(manager, recordVisit, { visit: 'committed' }));

    expect(await queue.runUntilIdle()).toBe(1);
    expect(runs.map((r) => r.visit)).toEqual(['committed']);
    expect(await pendingJobs()).toBe(0);
  });

  it('runs a job with runAt only once the clock reaches it', async () => {
    const clock = new ManualClock(new Date('2026-04-01T00:00:00Z'));
    const { queue, runs } = newQueue(clock);
    await queue.enqueue(db.dataSource.manager, recordVisit, { visit: 'in three days' }, { runAt: new Date(clock.now().getTime() + 3 * DAY_MS) });

    clock.advance(3 * DAY_MS - 60_000);
    expect(await queue.runUntilIdle()).toBe(0);
    clock.advance(60_000);
    expect(await queue.runUntilIdle()).toBe(1);
    expect(runs[0].run.now).toEqual(new Date('2026-04-04T00:00:00Z'));
  });

  it('retries a failing job with growing delays, then gives up after maxAttempts', async () => {
    const clock = new ManualClock();
    const { queue, runs } = newQueue(clock, { failFirst: 5 });
    await queue.enqueue(db.dataSource.manager, recordVisit, { visit: 'flaky' });

    expect(await queue.runUntilIdle()).toBe(1);
    // The failure is written before runUntilIdle returns (else the next clock move would miss the job).
    const [{ locked }]: { locked: number }[] = await db.dataSource.query(
      `SELECT count(*)::int AS locked FROM graphile_worker.jobs WHERE locked_at IS NOT NULL OR last_error IS NULL`,
    );
    expect(locked).toBe(0);
    // The first retry waits e¹ ≈ 2.7 s: not due a second later, due three seconds later.
    clock.advance(1000);
    expect(await queue.runUntilIdle()).toBe(0);
    clock.advance(2000);
    expect(await queue.runUntilIdle()).toBe(1);
    // The second waits e² ≈ 7.4 s.
    clock.advance(5000);
    expect(await queue.runUntilIdle()).toBe(0);
    clock.advance(3000);
    expect(await queue.runUntilIdle()).toBe(1);
    // No fourth attempt however long one waits.
    clock.advance(DAY_MS);
    expect(await queue.runUntilIdle()).toBe(0);

    expect(runs.map((r) => [r.run.attempt, r.run.isFinalAttempt])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const [failed]: { attempts: number; last_error: string }[] = await db.dataSource.query(
      `SELECT attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = 'test.recordVisit'`,
    );
    expect(failed).toMatchObject({ attempts: 3, last_error: expect.stringContaining('not yet') });
    expect(await queue.pendingCounts(db.dataSource.manager)).toEqual([]);
  });

  it('keeps one pending job per key: the later enqueue replaces the earlier', async () => {
    const { queue, runs } = newQueue(new ManualClock());
    await queue.enqueue(db.dataSource.manager, recordVisit, { visit: 'first' }, { key: 'digest:user-1' });
    await queue.enqueue(db.dataSource.manager, recordVisit, { visit: 'second' }, { key: 'digest:user-1' });
    expect(await queue.pendingCounts(db.dataSource.manager)).toEqual([{ name: 'test.recordVisit', pending: 1, failing: 0 }]);

    await queue.runUntilIdle();
    expect(runs.map((r) => r.visit)).toEqual(['second']);
  });

  it('runs each job exactly once with two processes taking jobs from one database', async () => {
    const clock = new ManualClock();
    const first = newQueue(clock);
    const second = newQueue(clock);
    const total = 40;
    let resolveAll: () => void = () => undefined;
    const allRan = new Promise<void>((resolve) => (resolveAll = resolve));
    const runsSoFar = () => first.runs.length + second.runs.length;
    for (const { queue } of [first, second]) {
      queue.handle(sweep, async () => undefined);
    }
    // Both run while jobs arrive; NOTIFY wakes both for every job.
    await Promise.all([first.queue.start(), second.queue.start()]);
    const watcher = setInterval(() => runsSoFar() >= total && resolveAll(), 20);
    await db.dataSource.transaction(async (manager) => {
      for (let i = 0; i < total; i++) await first.queue.enqueue(manager, recordVisit, { visit: `visit ${i}` });
    });
    await allRan;
    clearInterval(watcher);
    await Promise.all([first.queue.stop(), second.queue.stop()]);

    const visits = [...first.runs, ...second.runs].map((r) => r.visit).sort();
    expect(visits).toEqual([...Array(total).keys()].map((i) => `visit ${i}`).sort());
    expect(new Set(visits).size).toBe(total);
    expect(await pendingJobs()).toBe(0);
  });

  it('registers cron schedules with the database and can fire them on demand', async () => {
    const clock = new ManualClock();
    const queue = new JobQueue({ databaseUrl: db.url, clock, log: () => undefined });
    queues.push(queue);
    const sweeps: Date[] = [];
    queue.handle(sweep, async (_payload, run) => {
      sweeps.push(run.now);
    });
    queue.schedule(sweep, '0 * * * *');
    await queue.start();
    const known: { identifier: string }[] = await db.dataSource.query(`SELECT identifier FROM graphile_worker._private_known_crontabs`);
    expect(known.map((k) => k.identifier)).toContain('test.sweep');
    await queue.stop();

    // Firing twice before a run leaves one pending sweep (the schedule's job key).
    await queue.fireSchedules(db.dataSource.manager);
    await queue.fireSchedules(db.dataSource.manager);
    expect(await queue.runUntilIdle()).toBe(1);
    expect(sweeps).toEqual([clock.now()]);
  });
});

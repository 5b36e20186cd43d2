import { EventEmitter, once } from 'node:events';
import { Pool } from 'pg';
import {
  Logger,
  parseCronItems,
  run,
  runMigrations,
  runOnce,
  type CronItem,
  type Runner,
  type Task,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';

/** Payloads travel as JSON in the queue's table: ids and small facts, never secrets. */
export type JobPayload = Record<string, string | number | boolean | null>;

/** A kind of job: its name and payload type. Enqueuers and the handler share this token. */
export interface JobType<P extends JobPayload> {
  readonly name: string;
  /** Attempts before the job fails for good; retries back off exponentially (e^attempt seconds, capped at e^10 ≈ 6 h). */
  readonly maxAttempts: number;
  /** Phantom field that carries the payload type. */
  readonly payload?: P;
}

/** Declares a kind of job. `maxAttempts` defaults to 5. */
export function jobType<P extends JobPayload>(name: string, options: { maxAttempts?: number } = {}): JobType<P> {
  return { name, maxAttempts: options.maxAttempts ?? 5 };
}

/** What a handler learns about the run it is in. */
export interface JobRun {
  jobId: string;
  /** 1 on the first run; equals maxAttempts on the last one. */
  attempt: number;
  maxAttempts: number;
  isFinalAttempt: boolean;
  /** The job queue's clock: handlers act on what is due at this instant. */
  now: Date;
}

/**
 * Runs one job. At-least-once: a handler that fails (throws) is retried, and a process that dies
 * mid-run lets another pick the job up later, so handlers must be idempotent.
 */
export type JobHandler<P extends JobPayload> = (payload: P, run: JobRun) => Promise<void>;

export interface EnqueueOptions {
  /** When the job becomes due, by the queue's clock (default: now). */
  runAt?: Date;
  /**
   * At most one pending job per key: enqueuing again replaces the pending job's payload and time
   * ('replace', the default) or keeps its time ('preserve_run_at'). A job already running is not affected.
   */
  key?: string;
  keyMode?: 'replace' | 'preserve_run_at';
}

export interface JobQueueOptions {
  /** PostgreSQL the queue lives in (schema graphile_worker, beside the app's tables). */
  databaseUrl: string;
  clock: Clock;
  concurrency?: number;
  /** How often the runner looks for jobs that became due (retries, runAt); new jobs arrive by LISTEN/NOTIFY at once. */
  pollIntervalMs?: number;
  log?: (level: 'error' | 'warning', message: string) => void;
}

const QUEUE_SCHEMA = 'graphile_worker';

/** Creates or updates the queue's tables; idempotent, run at every start beside the app's migrations. */
export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  const pgPool = newPool(databaseUrl, 1, () => undefined);
  try {
    await runMigrations({ pgPool, logger: quietLogger(() => undefined) });
  } finally {
    await pgPool.end();
  }
}

/** A pool whose idle-client errors (a restarted database) are logged, not thrown out of the process. */
function newPool(connectionString: string, max: number, log: NonNullable<JobQueueOptions['log']>): Pool {
  const pool = new Pool({ connectionString, max });
  const onError = (error: Error) => log('error', `database connection: ${error.message}`);
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

function quietLogger(log: NonNullable<JobQueueOptions['log']>): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log(level, message);
  });
}

/**
 * The job queue, on PostgreSQL through graphile-worker: jobs are rows added inside the caller's
 * transaction (a rolled-back change queues nothing), run once each by whichever process locks
 * them first (SKIP LOCKED, so any number of app instances may run jobs), retried with backoff.
 *
 * Time: the queue's due times follow the injected clock. A job enqueued with `runAt` is stored as
 * "due in runAt − clock.now()", and `runUntilIdle()` moves the queue forward by as much as the
 * clock moved since, so tests advance a ManualClock and then run what became due — no sleeping.
 */
export class JobQueue {
  private readonly handlers = new Map<string, Task>();
  private readonly cronItems: CronItem[] = [];
  private pool: Pool | undefined;
  private runner: Runner | undefined;
  /** The clock reading the queue's table times last agreed with (see runUntilIdle). */
  private clockSyncedAt: number;
  private readonly log: NonNullable<JobQueueOptions['log']>;

  constructor(private readonly options: JobQueueOptions) {
    this.clockSyncedAt = options.clock.now().getTime();
    this.log = options.log ?? ((level, message) => (level === 'error' ? console.error : console.warn)(`[jobs] ${message}`));
  }

  /** Registers the handler of a job type (one per type). */
  handle<P extends JobPayload>(type: JobType<P>, handler: JobHandler<P>): void {
    if (this.handlers.has(type.name)) throw new Error(`Job type ${type.name} already has a handler`);
    this.handlers.set(type.name, async (payload, helpers) => {
      const { job } = helpers;
      await handler(payload as P, {
        jobId: job.id,
        attempt: job.attempts,
        maxAttempts: job.max_attempts,
        isFinalAttempt: job.attempts >= job.max_attempts,
        now: this.options.clock.now(),
      });
    });
  }

  /**
   * Runs a payload-less job on a cron schedule (five fields, in UTC: `0 0 * * *` is 09:00 in Japan).
   * Each occurrence runs once however many processes run jobs; occurrences missed while no process
   * ran are caught up once (within `backfillHours`, default 1).
   */
  schedule(type: JobType<Record<string, never>>, cron: string, options: { backfillHours?: number } = {}): void {
    this.cronItems.push({
      task: type.name,
      match: cron,
      identifier: type.name,
      options: { backfillPeriod: (options.backfillHours ?? 1) * 3_600_000, maxAttempts: type.maxAttempts, jobKey: type.name },
    });
  }

  /** Adds a job inside the caller's transaction: it exists only if that transaction commits. */
  async enqueue<P extends JobPayload>(manager: EntityManager, type: JobType<P>, payload: P, options: EnqueueOptions = {}): Promise<void> {
    const delayMs = options.runAt ? Math.max(0, options.runAt.getTime() - this.options.clock.now().getTime()) : 0;
    await manager.query(
      `SELECT ${QUEUE_SCHEMA}.add_job($1::text, $2::json, run_at => now() + $3::double precision * interval '1 millisecond',
         max_attempts => $4::int, job_key => $5::text, job_key_mode => $6::text)`,
      [type.name, JSON.stringify(payload), delayMs, type.maxAttempts, options.key ?? null, options.key ? (options.keyMode ?? 'replace') : null],
    );
  }

  /**
   * Adds many jobs of one type, due now, each under its key, in one statement (a bulk import queues
   * thousands of mails without a round trip each); inside the caller's transaction like enqueue.
   */
  async enqueueMany<P extends JobPayload>(manager: EntityManager, type: JobType<P>, jobs: readonly { payload: P; key: string }[]): Promise<void> {
    if (jobs.length === 0) return;
    await manager.query(
      `SELECT ${QUEUE_SCHEMA}.add_job($1::text, j.payload::json, max_attempts => $2::int, job_key => j.key, job_key_mode => 'replace')
         FROM unnest($3::text[], $4::text[]) AS j(payload, key)`,
      [type.name, type.maxAttempts, jobs.map((job) => JSON.stringify(job.payload)), jobs.map((job) => job.key)],
    );
  }

  /** Starts running jobs in this process (LISTEN for new ones, poll for due ones, run the cron schedule). */
  async start(): Promise<void> {
    if (this.runner || this.handlers.size === 0) return;
    const events: WorkerEvents = new EventEmitter();
    // Resolves once the schedules are registered (and missed ones caught up), so start() means "running".
    const cronStarted = this.cronItems.length > 0 ? once(events, 'cron:started') : Promise.resolve();
    this.runner = await run({
      events,
      pgPool: this.ownPool(),
      taskList: this.taskList(),
      parsedCronItems: parseCronItems(this.cronItems),
      concurrency: this.options.concurrency ?? 2,
      pollInterval: this.options.pollIntervalMs ?? 2000,
      noHandleSignals: true,
      logger: quietLogger(this.log),
    });
    // A runner that fails to start (e.g. no rights on the queue's tables) ends its promise instead.
    const runner = this.runner;
    await Promise.race([
      cronStarted,
      runner.promise.then(() => {
        throw new Error('The job runner stopped while starting');
      }),
    ]).catch(async (error: unknown) => {
      this.runner = undefined;
      await runner.stop().catch(() => undefined);
      throw error;
    });
  }

  /** Stops taking jobs, lets running ones finish, closes the queue's connections. Safe to call twice. */
  async stop(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    await runner?.stop();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }

  /**
   * Runs every job that is due by the clock — and those they add, and retries that fall due — until
   * none is left; returns how many runs there were. Moves the queue's times by as much as the clock
   * moved since the last call, so after `clock.advance(3 * DAY_MS)` what was due in three days runs.
   * For tests, scripts and an operator's "run now"; a running process does this by itself.
   */
  async runUntilIdle(): Promise<number> {
    const pool = this.ownPool();
    const moved = this.options.clock.now().getTime() - this.clockSyncedAt;
    if (moved !== 0) {
      await pool.query(
        `UPDATE ${QUEUE_SCHEMA}._private_jobs SET run_at = run_at - $1::double precision * interval '1 millisecond' WHERE locked_at IS NULL`,
        [moved],
      );
      this.clockSyncedAt += moved;
    }
    let runs = 0;
    const taskList = this.countingTaskList(() => runs++);
    // runOnce stops when nothing is due; a run that failed may be due again straight after its backoff
    // only by moving the clock, so this loop ends.
    for (;;) {
      const before = runs;
      await runOnce({
        pgPool: pool,
        taskList,
        noHandleSignals: true,
        logger: quietLogger(() => undefined),
        // Batched (delay 0) completions and failures are flushed before runOnce returns; unbatched ones are
        // written in the background and could land after the next clock move.
        preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      });
      if (runs === before) return runs;
    }
  }

  /** Adds one job of every scheduled type now, as if each cron schedule had just fired (tests, "run now"). */
  async fireSchedules(manager: EntityManager): Promise<void> {
    for (const item of this.cronItems) {
      await manager.query(`SELECT ${QUEUE_SCHEMA}.add_job($1::text, '{}'::json, job_key => $1::text, max_attempts => $2::int)`, [
        item.task,
        item.options?.maxAttempts ?? 5,
      ]);
    }
  }

  /** Jobs waiting or running, by type: for operators' views and metrics. */
  async pendingCounts(manager: EntityManager): Promise<{ name: string; pending: number; failing: number }[]> {
    const rows: { name: string; pending: number; failing: number }[] = await manager.query(
      `SELECT task_identifier AS name, count(*)::int AS pending, count(*) FILTER (WHERE last_error IS NOT NULL)::int AS failing
         FROM ${QUEUE_SCHEMA}.jobs WHERE attempts < max_attempts GROUP BY task_identifier ORDER BY task_identifier`,
    );
    return rows;
  }

  private taskList(): TaskList {
    return Object.fromEntries(this.handlers);
  }

  private countingTaskList(count: () => void): TaskList {
    return Object.fromEntries(
      [...this.handlers].map(([name, task]): [string, Task] => [
        name,
        async (payload, helpers) => {
          count();
          await task(payload, helpers);
        },
      ]),
    );
  }

  private ownPool(): Pool {
    this.pool ??= newPool(this.options.databaseUrl, (this.options.concurrency ?? 2) + 2, this.log);
    return this.pool;
  }
}

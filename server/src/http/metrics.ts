import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';

/** The counts of a pg pool (TypeORM's PostgresDriver keeps it as `master`). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Jobs waiting per queue; read on every scrape. */
export type QueueDepths = () => Promise<Record<string, number>>;

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
// Third-party callers may name operations freely; past this many names the rest share one label.
const MAX_OPERATION_LABELS = 300;

function poolOf(dataSource: DataSource): PoolCounts | undefined {
  const pool: unknown = (dataSource.driver as unknown as { master?: unknown }).master;
  return pool && typeof pool === 'object' && 'totalCount' in pool ? (pool as PoolCounts) : undefined;
}

/**
 * Prometheus metrics of one server instance (its own registry, so several instances in one
 * process stay apart): GraphQL latency by operation, errors by code, pool usage, job-queue depth.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operationDuration: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;
  private readonly operationLabels = new Set<string>();

  constructor(dataSource: DataSource, queueDepths: QueueDepths) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'tsunagu_' });
    this.operationDuration = new Histogram({
      name: 'tsunagu_graphql_operation_duration_seconds',
      help: 'GraphQL request latency by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({ name: 'tsunagu_graphql_errors_total', help: 'GraphQL errors sent, by extensions.code', labelNames: ['code'], registers });
    new Gauge({
      name: 'tsunagu_db_pool_connections',
      help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = poolOf(dataSource);
        this.set({ state: 'total' }, pool?.totalCount ?? 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'tsunagu_job_queue_depth',
      help: 'Jobs waiting to run, by queue',
      labelNames: ['queue'],
      registers,
      async collect() {
        // A scrape must answer even while the database is down: keep the last values then.
        const depths = await queueDepths().catch(() => null);
        if (depths) for (const [queue, depth] of Object.entries(depths)) this.set({ queue }, depth);
      },
    });
  }

  /** Counts an error sent to a client (GraphQL or a refused HTTP body). */
  countError(code: string): void {
    this.errors.inc({ code });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (!this.operationLabels.has(name)) {
      if (this.operationLabels.size >= MAX_OPERATION_LABELS) return '(other)';
      this.operationLabels.add(name);
    }
    return name;
  }

  /** Apollo plugin: times every operation and counts the codes of the errors it sends. */
  apolloPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => {
        const stopTimer = this.operationDuration.startTimer();
        return {
          willSendResponse: async ({ response, operationName, request }) => {
            stopTimer({ operation: this.operationLabel(operationName ?? request.operationName) });
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            for (const error of errors ?? []) {
              const code = error.extensions?.code;
              this.countError(typeof code === 'string' ? code : 'UNKNOWN');
            }
          },
        };
      },
    };
  }

  /**
   * GET /metrics in Prometheus text format. With a token configured it needs `Authorization: Bearer
   * <token>`; in production it needs one at all. Otherwise it answers 404, as for any unknown path.
   */
  handler(config: Pick<AppConfig, 'metricsToken' | 'nodeEnv'>): RequestHandler {
    const expected = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : null;
    return async (req, res, next) => {
      const offered = Buffer.from(req.get('authorization') ?? '');
      const allowed = expected ? offered.length === expected.length && timingSafeEqual(offered, expected) : config.nodeEnv !== 'production';
      if (!allowed) {
        next();
        return;
      }
      res.setHeader('content-type', this.registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.send(await this.registry.metrics());
    };
  }
}

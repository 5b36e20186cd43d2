import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import type { Clock } from './common/clock';
import { createLogger, type Logger } from './common/logger';
import { activeQueryStats, runWithQueryStats } from './db/query-stats';
import { databaseUnavailableReason } from './db/database-errors';
import { CompiledExecution } from './graphql/compiled-execution';
import { createRequestContext, createServices, type RequestContext, type Services } from './graphql/context';
import { ErrorCode } from '@tsunagu/shared';
import { createErrorFormatter, serviceUnavailable } from './graphql/errors';
import { inputTextPlugin } from './graphql/input-text';
import { queryLimitsPlugin } from './graphql/query-limits';
import { buildAppSchema } from './graphql/schema';
import { TrustedDocuments, trustedDocumentsMiddleware } from './graphql/trusted-documents';
import { mountHealthChecks } from './http/health';
import { isPagePath, jsonErrorHandler, notFoundHandler } from './http/http-errors';
import { AppMetrics } from './http/metrics';
import { currentRequest, requestLogger, requestScope } from './http/request-scope';
import { compressResponses, securityHeaders } from './http/security';
import { registerJobHandlers } from './jobs/job-handlers';
import { devMailboxRouter } from './modules/mail/dev-mailbox.route';
import { testClockRouter } from './http/test-clock.route';
import { exportRouter } from './modules/export/export.route';
import { EXPORTS } from './modules/export/exports';
import { importRouter } from './modules/import/import.route';
import { SUFFICIENCY_EXPORTS } from './modules/sufficiency/sufficiency.exports';

export interface RunningApp {
  httpServer: http.Server;
  url: string;
  /** The address the server listens on (127.0.0.1 unless HOST says otherwise). */
  address: string;
  stop: () => Promise<void>;
  services: Services;
}

/** Adds `extensions.queryStats.sqlStatements` so tests and the benchmark can count SQL per request. */
const queryStatsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const stats = activeQueryStats();
        if (stats && response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            queryStats: { sqlStatements: stats.statements },
          };
        }
      },
    };
  },
};

/** Names the request's log lines after its operation, and answers 503 when the database could not serve it. */
const requestOutcomePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName }) {
        const scope = currentRequest();
        if (scope) scope.operationName = operationName ?? null;
      },
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

/** Depth of the job queue for /metrics: jobs still to run, in all and by job type. */
function jobQueueDepths(services: Services): () => Promise<Record<string, number>> {
  return async () => {
    const counts = await services.jobs.pendingCounts(services.dataSource.manager);
    return { all: counts.reduce((sum, { pending }) => sum + pending, 0), ...Object.fromEntries(counts.map(({ name, pending }) => [name, pending])) };
  };
}

/** Builds the HTTP server: /graphql, /healthz, /readyz, /metrics and the built client with SPA fallback. */
export async function createApp(dataSource: DataSource, config: AppConfig, options: { clock?: Clock; logger?: Logger } = {}) {
  const logger = options.logger ?? createLogger(config);
  const services = createServices(dataSource, config, options.clock);
  registerJobHandlers(services);
  await services.reference.warmUp();
  await services.catalogue.warmUp();
  const metrics = new AppMetrics(dataSource, jobQueueDepths(services));
  const trustedDocuments = new TrustedDocuments(config.trustedDocuments.file);
  if (config.trustedDocuments.enforce && trustedDocuments.size === 0) {
    throw new Error(
      `TRUSTED_DOCUMENTS_ONLY is on, but no trusted documents were found in ${config.trustedDocuments.file}: ` +
        'run npm run codegen (it writes client/src/gql/persisted-documents.json), or set TRUSTED_DOCUMENTS_FILE.',
    );
  }
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    gateway: new CompiledExecution(await buildAppSchema()).gateway(),
    introspection: config.nodeEnv !== 'production',
    // No "Did you mean …" in production: it would describe the schema to whoever probes it.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    // Trusted documents are resolved before Apollo (see trustedDocumentsMiddleware); Apollo's own APQ cache stays off.
    persistedQueries: false,
    // An oversized document is refused while parsing, before validation looks at it.
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    // Our own shutdown handler stops Apollo, the database and the HTTP server once, in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter({
      log: (error) => requestLogger(logger).error({ err: error }, 'internal error in a GraphQL request'),
      warn: (message, error) => requestLogger(logger).warn({ reason: databaseUnavailableReason(error), detail: error instanceof Error ? error.message : String(error) }, message),
    }),
    plugins: [
      // Nothing here sets cache hints, and the default cache-control plugin wraps every field's resolver
      // to read them: about a tenth of a search's time (npm run bench).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestOutcomePlugin,
      queryLimitsPlugin<RequestContext>(config.queryLimits),
      inputTextPlugin<RequestContext>(),
      metrics.apolloPlugin<RequestContext>(),
      ...(config.exposeQueryStats ? [queryStatsPlugin] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestScope(logger));
  app.use(securityHeaders(config));
  app.use(compressResponses());
  mountHealthChecks(app, dataSource);
  app.get('/metrics', metrics.handler(config));
  // Exactly /graphql: /graphql/x is an unknown path (404), not the API.
  app.all(
    '/graphql',
    (_req, _res, next) => runWithQueryStats(next),
    express.json({ limit: '100kb' }),
    trustedDocumentsMiddleware(config.trustedDocuments, trustedDocuments, (code) => metrics.countError(code)),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await createRequestContext(services, { req, res });
        } catch (error) {
          // The session lookup is the first statement of a request: a database that is down shows here.
          const reason = databaseUnavailableReason(error);
          if (reason) throw serviceUnavailable(reason);
          throw error;
        }
      },
    }),
  );

  // Downloads (xlsx, CSV) of what the pages list, under the same authorization as GraphQL.
  app.use(exportRouter(services, { ...EXPORTS, ...SUFFICIENCY_EXPORTS }));
  // Uploads of rosters and RMO lists to import (the body is the file, at most 10 MB).
  app.use(importRouter(services));

  // End-to-end tests of deadlines only: loadConfig accepts TEST_CLOCK with NODE_ENV=test alone.
  if (config.testClock && config.nodeEnv === 'test') app.use(testClockRouter(services));

  if (services.devMailbox && config.nodeEnv !== 'production') {
    app.use(devMailboxRouter(services.devMailbox));
  } else {
    // Never the single page either: production answers plainly that there is no mailbox.
    app.use('/dev', notFoundHandler);
  }

  const indexHtml = path.join(config.clientDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    // Source maps show the client's source; production keeps them to itself.
    if (config.nodeEnv === 'production') app.get(/\.map$/, notFoundHandler);
    app.use(express.static(config.clientDistDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/supporters/…) all load the single page; server paths and files never do.
    app.get(/.*/, (req, res, next) => {
      if (!isPagePath(req.path)) {
        next();
        return;
      }
      res.sendFile(indexHtml);
    });
  }
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(logger, (code) => metrics.countError(code)));

  return {
    /** Listens on the port (0 = any free port) of `host`, by default the configured HOST (127.0.0.1). */
    async listen(port: number, host: string = config.host): Promise<RunningApp> {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      // With RUN_JOBS=false a separate `npm run worker` process runs them.
      if (config.runJobs) await services.jobs.start();
      const address = httpServer.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const listening = typeof address === 'object' && address ? address.address : host;
      const urlHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      return {
        httpServer,
        url: `http://${urlHost}:${actualPort}`,
        address: listening,
        stop: async () => {
          await services.jobs.stop();
          await apollo.stop();
          services.mail.close();
        },
        services,
      };
    },
  };
}

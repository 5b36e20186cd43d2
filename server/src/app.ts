import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import type { Clock } from './common/clock';
import { activeQueryStats, runWithQueryStats } from './db/query-stats';
import { createRequestContext, createServices, type RequestContext, type Services } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { buildAppSchema } from './graphql/schema';

export interface RunningApp {
  httpServer: http.Server;
  url: string;
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

/** Builds the HTTP server: /graphql, /healthz and the built client with SPA fallback. */
export async function createApp(dataSource: DataSource, config: AppConfig, options: { clock?: Clock } = {}) {
  const services = createServices(dataSource, config, options.clock);
  await services.reference.warmUp();
  await services.catalogue.warmUp();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    introspection: config.nodeEnv !== 'production',
    // Our own shutdown handler stops Apollo, the database and the HTTP server once, in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter({
      includeDetails: config.nodeEnv === 'development',
      log: (error) => console.error('[graphql] internal error:', error),
    }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...(config.exposeQueryStats ? [queryStatsPlugin] : [])],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    (_req, _res, next) => runWithQueryStats(next),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => createRequestContext(services, { req, res }) }),
  );

  const indexHtml = path.join(config.clientDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(express.static(config.clientDistDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/supporters/…) all load the single page.
    app.get(/^(?!\/graphql).*/, (_req, res) => {
      res.sendFile(indexHtml);
    });
  }

  return {
    /** Listens on the port (0 = any free port) of 127.0.0.1 or all interfaces. */
    async listen(port: number, host?: string): Promise<RunningApp> {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return {
        httpServer,
        url: `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${actualPort}`,
        stop: () => apollo.stop(),
        services,
      };
    },
  };
}

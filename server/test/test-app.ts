import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Services } from '../src/graphql/context';
import { createApp, type RunningApp } from '../src/app';
import { loadConfig, type AppConfig } from '../src/config';
import type { Clock } from '../src/common/clock';
import { connectTestDatabase, createTestDatabase } from './test-database';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { queryStats?: { sqlStatements: number } };
}

export interface TestApp {
  dataSource: DataSource;
  /** The test database (as its owner), e.g. for a second connection that holds a lock. */
  databaseUrl: string;
  services: Services;
  url: string;
  /** The address the server listens on. */
  address: string;
  /** Posts a GraphQL operation over HTTP, as a client would; `cookie` sends a session. */
  graphql: <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ) => Promise<GraphQLResponse<TData> & { setCookie: string[] }>;
  close: () => Promise<void>;
}

/** Starts the real HTTP server on a free port of 127.0.0.1 over a fresh, migrated database. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: { clock?: Clock; logger?: Logger; /** Serve this existing database (a second replica) instead of a fresh one. */ databaseUrl?: string } = {},
): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    clientDistDir: path.join(__dirname, 'no-client'),
    exposeQueryStats: true,
    // Tests run jobs themselves (services.jobs.runUntilIdle()) after moving the clock.
    runJobs: false,
    ...overrides,
  };
  const poolOptions = { poolSize: config.dbPoolSize, timeouts: config.databaseTimeouts };
  const database = options.databaseUrl ? await connectTestDatabase(options.databaseUrl, poolOptions) : await createTestDatabase(poolOptions);
  const app = await createApp(database.dataSource, config, options);
  // Listens where the config says (127.0.0.1 by default), on any free port.
  const running: RunningApp = await app.listen(0);
  return {
    dataSource: database.dataSource,
    databaseUrl: database.url,
    services: running.services,
    url: running.url,
    address: running.address,
    graphql: async (query, variables, options = {}) => {
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, setCookie: response.headers.getSetCookie(), ...(await response.json()) };
    },
    close: async () => {
      await running.stop();
      await database.drop();
    },
  };
}

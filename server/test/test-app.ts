import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Services } from '../src/graphql/context';
import { createApp, type RunningApp } from '../src/app';
import { loadConfig, type AppConfig } from '../src/config';
import type { Clock } from '../src/common/clock';
import { connectAndMigrate } from '../src/db/data-source';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { queryStats?: { sqlStatements: number } };
}

export interface TestApp {
  dataSource: DataSource;
  /** The test database (as its owner), e.g. for a second connection that holds a lock, or a second instance (startTestInstance). */
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
  options: { clock?: Clock; logger?: Logger } = {},
): Promise<TestApp> {
  const config = testConfig(overrides);
  const database = await createTestDatabase({ poolSize: config.dbPoolSize, timeouts: config.databaseTimeouts });
  return serve(database.dataSource, database.url, config, options, () => database.drop());
}

/** A second server (another instance, with its own connections and memory) on the database of `app`. */
export async function startTestInstance(app: TestApp, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const dataSource = await connectAndMigrate({ url: app.databaseUrl, poolSize: config.dbPoolSize, timeouts: config.databaseTimeouts });
  return serve(dataSource, app.databaseUrl, config, {}, () => dataSource.destroy());
}

function testConfig(overrides: Partial<AppConfig>): AppConfig {
  return {
    ...loadConfig({ NODE_ENV: 'test' }),
    clientDistDir: path.join(__dirname, 'no-client'),
    exposeQueryStats: true,
    // Tests run jobs themselves (services.jobs.runUntilIdle()) after moving the clock.
    runJobs: false,
    ...overrides,
  };
}

async function serve(
  dataSource: DataSource,
  databaseUrl: string,
  config: AppConfig,
  options: { clock?: Clock; logger?: Logger },
  release: () => Promise<void>,
): Promise<TestApp> {
  const app = await createApp(dataSource, config, options);
  // Listens where the config says (127.0.0.1 by default), on any free port.
  const running: RunningApp = await app.listen(0);
  return {
    dataSource,
    databaseUrl,
    services: running.services,
    url: running.url,
    address: running.address,
    graphql: async (query, variables, requestOptions = {}) => {
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.cookie ? { cookie: requestOptions.cookie } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, setCookie: response.headers.getSetCookie(), ...(await response.json()) };
    },
    close: async () => {
      await running.stop();
      await release();
    },
  };
}

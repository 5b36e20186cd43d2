import path from 'node:path';
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
  /** The database this app runs on (another instance can join it with startTestInstance). */
  databaseUrl: string;
  services: Services;
  url: string;
  /** Posts a GraphQL operation over HTTP, as a client would; `cookie` sends a session. */
  graphql: <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ) => Promise<GraphQLResponse<TData> & { setCookie: string[] }>;
  close: () => Promise<void>;
}

/** Starts the real HTTP server on a free port of 127.0.0.1 over a fresh, migrated database. */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  return serve(database.dataSource, database.url, overrides, options, () => database.drop());
}

/** A second server (another instance, with its own connections and memory) on the database of `app`. */
export async function startTestInstance(app: TestApp, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const dataSource = await connectAndMigrate({ url: app.databaseUrl });
  return serve(dataSource, app.databaseUrl, overrides, {}, () => dataSource.destroy());
}

async function serve(
  dataSource: DataSource,
  databaseUrl: string,
  overrides: Partial<AppConfig>,
  options: { clock?: Clock },
  release: () => Promise<void>,
): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    clientDistDir: path.join(__dirname, 'no-client'),
    exposeQueryStats: true,
    ...overrides,
  };
  const app = await createApp(dataSource, config, options);
  const running: RunningApp = await app.listen(0, '127.0.0.1');
  return {
    dataSource,
    databaseUrl,
    services: running.services,
    url: running.url,
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

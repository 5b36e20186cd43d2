import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../src/app';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { queryStats?: { sqlStatements: number } };
}

export interface TestApp {
  dataSource: DataSource;
  url: string;
  /** Posts a GraphQL operation over HTTP, as a client would. */
  graphql: <TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<TData>>;
  close: () => Promise<void>;
}

/** Starts the real HTTP server on a free port of 127.0.0.1 over a fresh, migrated database. */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp(database.dataSource, {
    nodeEnv: 'test',
    clientDistDir: path.join(__dirname, 'no-client'),
    exposeQueryStats: true,
  });
  const running: RunningApp = await app.listen(0, '127.0.0.1');
  return {
    dataSource: database.dataSource,
    url: running.url,
    graphql: async (query, variables) => {
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    close: async () => {
      await running.stop();
      await database.drop();
    },
  };
}

import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '..');
// E2E_PORT lets several checkouts run their e2e suites side by side (each gets its own database too).
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
// The replicas project: two production-mode instances behind a round-robin proxy (scripts/start-replicas.cjs).
const replicasPort = port + 3;
const replicasURL = `http://127.0.0.1:${replicasPort}`;

/** Debian's Chromium; Playwright never downloads a browser here. */
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  // Two cores here; the tests only read, so they can share one server.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // Shared 2-core machines: CI gets more room than a developer's quiet run.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: chromium },
    {
      // A focused subset through two replicas in production mode (trusted documents only, the app's
      // role owning nothing): sessions, searches, requests and rankings must hold whichever instance answers.
      name: 'replicas',
      testMatch: ['search.spec.ts', 'requests.spec.ts'],
      use: { ...chromium, baseURL: replicasURL },
    },
  ],
  webServer: [
    {
      // The built app (npm run test:e2e builds first) on a fresh embedded PostgreSQL with demo data.
      command: 'node scripts/start-server.cjs',
      cwd: __dirname,
      url: `${baseURL}/healthz`,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        NODE_ENV: 'test',
        EMBEDDED_PG_DIR: path.join(repoRoot, '.data', 'e2e-postgres'),
        EMBEDDED_PG_PORT: String(port + 50166),
        E2E_DATABASE: port === 4173 ? 'tsunagu_e2e' : `tsunagu_e2e_${port}`,
        // start-server.cjs picks the database: TEST_DATABASE_URL's server, 127.0.0.1:5432, else embedded.
        SEED_DEMO_DATA: 'true',
      },
    },
    {
      command: 'node scripts/start-replicas.cjs',
      cwd: __dirname,
      url: `${replicasURL}/readyz`,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        REPLICAS_PROXY_PORT: String(replicasPort),
        REPLICAS_DATABASE: `tsunagu_e2e_replicas_${port}`,
        REPLICAS_APP_ROLE: `tsunagu_e2e_app_${port}`,
      },
    },
  ],
});
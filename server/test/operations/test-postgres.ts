import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/** A PostgreSQL of the test's own (embedded, in a temporary folder) that the test may stop and start. */
export interface TestPostgres {
  /** The server URL (database `postgres`). */
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it for good and removes its data. */
  dispose: () => Promise<void>;
}

/** Starts a fresh embedded PostgreSQL in a child process (never the shared one on 5432). */
export async function startTestPostgres(): Promise<TestPostgres> {
  const port = await freePort();
  // Directly under the temporary folder: as root, PostgreSQL runs as the postgres user, who must reach it.
  const dataDir = path.join(tmpdir(), `tsunagu-pg-${randomBytes(4).toString('hex')}-harden`);
  const child: ChildProcess = fork(path.join(__dirname, 'embedded-postgres-child.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, TEST_PG_DIR: dataDir, TEST_PG_PORT: String(port), SWC_NODE_PROJECT: path.join(__dirname, '..', '..', 'tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const command = (name: 'start' | 'stop') =>
    new Promise<{ url?: string }>((resolve, reject) => {
      // A child that dies (e.g. initdb refused) answers nothing: fail now rather than at the hook's timeout.
      const exited = (code: number | null) => reject(new Error(`the embedded PostgreSQL child exited (code ${code}) during ${name}`));
      child.once('exit', exited);
      child.once('message', (reply: { ok: boolean; url?: string; error?: string }) => {
        child.off('exit', exited);
        if (reply.ok) resolve(reply);
        else reject(new Error(reply.error));
      });
      child.send(name);
    });
  const { url } = await command('start');
  return {
    url: url!,
    stop: async () => void (await command('stop')),
    start: async () => void (await command('start')),
    dispose: async () => {
      await command('stop').catch(() => undefined);
      child.disconnect();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

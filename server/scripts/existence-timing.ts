import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { connectAndMigrate } from '../src/db/data-source';
import { ensureDatabase } from '../src/db/ensure-database';
import { withDatabaseName } from '../src/db/seed/bench-database';

// How long the reset request and the invitation take for an email that has an account and for one
// that does not, measured over HTTP one request at a time, alternating, so the machine's drift hits both
// alike. Prints figures; asserts nothing (timings are for people, never for tests).
//   node -r @swc-node/register scripts/existence-timing.ts
// ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the server the throwaway database
// TIMING_DATABASE (default tsunagu_existence_timing) is created on and dropped from; ROUNDS (default 300)
// requests of each kind, each to a different address.

const ADMIN_URL = process.env.ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = process.env.TIMING_DATABASE ?? 'tsunagu_existence_timing';
const ROUNDS = Number(process.env.ROUNDS ?? 300);
const WARM_UP = 30;

const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const INVITE = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }`;

interface Figures {
  median: number;
  p10: number;
  p90: number;
  mean: number;
}

function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (n: number) => Math.round(n * 100) / 100;
  return { median: round(at(0.5)), p10: round(at(0.1)), p90: round(at(0.9)), mean: round(samples.reduce((a, b) => a + b, 0) / samples.length) };
}

async function main(): Promise<void> {
  await ensureDatabase(ADMIN_URL, DATABASE);
  const url = withDatabaseName(ADMIN_URL, DATABASE);
  const dataSource = await connectAndMigrate({ url });
  // Jobs stay queued: only the request path is measured.
  const config = { ...loadConfig({ NODE_ENV: 'development' }), exposeQueryStats: false, runJobs: false, invitationLimits: { perDay: 10_000, perDayUnverified: 10_000 } };
  const app = await createApp(dataSource, config, { logger: (await import('pino')).default({ level: 'silent' }) });
  const running = await app.listen(0, '127.0.0.1');
  try {
    // Accounts with one real argon2 hash, and an owner who invites.
    const passwordHash = await hash('timing passphrase 2026');
    const [{ id: organizationId }] = await dataSource.query(
      `INSERT INTO organization (kind, name, prefecture_code, municipality_code) VALUES ('MUNICIPALITY', '（計測）村上市', '15', '152129') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO app_user (organization_id, email, display_name, password_hash, membership_role)
       SELECT $1, 'exists-' || i || '@timing.example.jp', '計測 ' || i, $2, CASE WHEN i = 0 THEN 'OWNER' ELSE 'MEMBER' END
         FROM generate_series(0, $3::int) AS i`,
      [organizationId, passwordHash, 2 * ROUNDS + 2 * WARM_UP],
    );
    const [{ id: ownerId }] = await dataSource.query(`SELECT id FROM app_user WHERE email = 'exists-0@timing.example.jp'`);
    const { token } = await running.services.sessions.create(dataSource.manager, ownerId);
    const cookie = `tsunagu_session=${token}`;

    const post = async (query: string, variables: Record<string, unknown>): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      await response.text();
      return performance.now() - started;
    };

    const measure = async (name: string, send: (email: string) => Promise<number>) => {
      let next = 1;
      const existing: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < WARM_UP + ROUNDS; i++) {
        // Alternate which goes first, so neither always follows the other.
        const pair = [
          async () => ({ list: existing, ms: await send(`exists-${next++}@timing.example.jp`) }),
          async () => ({ list: unknown, ms: await send(`nobody-${name}-${i}@timing.example.jp`) }),
        ];
        for (const run of i % 2 ? pair.reverse() : pair) {
          const { list, ms } = await run();
          if (i >= WARM_UP) list.push(ms);
        }
      }
      const [a, b] = [figures(existing), figures(unknown)];
      console.log(
        `${name}: existing median ${a.median} ms (p10 ${a.p10}, p90 ${a.p90}, mean ${a.mean}); ` +
          `unknown median ${b.median} ms (p10 ${b.p10}, p90 ${b.p90}, mean ${b.mean}); ` +
          `difference of medians ${Math.round((a.median - b.median) * 100) / 100} ms over ${ROUNDS} each`,
      );
    };

    await measure('requestPasswordReset', (email) => post(REQUEST_RESET, { email }));
    await measure('createInvitation', (email) => post(INVITE, { input: { kind: 'ORGANIZATION_MEMBER', email } }));
  } finally {
    await running.stop();
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(DATABASE)} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { createHash, hkdfSync } from 'node:crypto';
import path from 'node:path';

/** Every environment variable the server reads, validated once at start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Interface to listen on: 127.0.0.1 unless HOST says otherwise (docker sets 0.0.0.0). */
  host: string;
  /** Unset means: start the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /**
   * The owner's connection for migrations (production: the app's own role owns nothing). When set,
   * migrations run as this role and grant the DATABASE_URL role what the app needs, and no more.
   */
  migrationDatabaseUrl: string | undefined;
  /** Apply pending migrations at start-up; off where a separate `npm run migrate` step does it. */
  migrateOnStart: boolean;
  /** Let production run as a role that owns tables or is a superuser (benchmarks only). */
  allowPrivilegedDatabaseRole: boolean;
  embeddedPostgres: { dataDir: string; port: number };
  /** Connections in the server's PostgreSQL pool. */
  dbPoolSize: number;
  /** Limits on every pooled connection, so one stuck transaction cannot stall the service. */
  databaseTimeouts: DatabaseTimeouts;
  /** Load the demo supporters on an empty database. */
  seedDemoData: boolean;
  /** Folder of the built client served at `/`; absent in API-only runs. */
  clientDistDir: string;
  /** Adds per-request SQL statement counts to GraphQL response extensions (benchmarks, tests). */
  exposeQueryStats: boolean;
  logSql: boolean;
  /** Keys session-token hashes; production refuses the development default. */
  sessionSecret: string;
  sessionTtlHours: number;
  /** Secure cookies (HTTPS only); on in production. */
  secureCookies: boolean;
  /** Public address of the app, used in emailed links. */
  appBaseUrl: string;
  /** Profiles unconfirmed this long show as stale and rank lower; after hiddenAfterDays they leave search. */
  freshness: { staleAfterDays: number; hiddenAfterDays: number };
  /** Express "trust proxy": set when behind a reverse proxy so the client address (sign-in limits) is the real one. */
  trustProxy: boolean | number | string;
  /** Failed sign-ins allowed per window, per account and per client address. */
  signInLimits: { perAccount: number; perAddress: number; windowMinutes: number };
  /** Invitations an organization may send in 24 hours, and fewer until one of its profiles is verified. */
  invitationLimits: { perDay: number; perDayUnverified: number };
  /** SMTP server mail goes through (smtp://user:pass@host:587); unset outside production means the development mailbox. */
  smtpUrl: string | undefined;
  /** Sender of every mail, e.g. `つなぐ <no-reply@example.jp>`. */
  mailFrom: string;
  /** AES-256 key sealing mail content while it waits to be sent (MAIL_ENCRYPTION_KEY, else derived from SESSION_SECRET). */
  mailEncryptionKey: Buffer;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: LogLevel;
  /** Bearer token for /metrics; in production /metrics answers 404 without it (and when unset). */
  metricsToken: string | undefined;
  trustedDocuments: TrustedDocumentsConfig;
  queryLimits: QueryLimits;
  /** Run the job queue (mail, scheduled sweeps) inside the web process; false when `npm run worker` runs it. */
  runJobs: boolean;
  /** Jobs one process runs at the same time. */
  jobConcurrency: number;
}

/** What GraphQL documents the server runs (see README: trusted documents). */
export interface TrustedDocumentsConfig {
  /** Run only the client's own operations (on in production); off is the switch for third-party API use. */
  enforce: boolean;
  /** codegen's persisted-documents output (sha256 → text); null: none (every hash is unknown). */
  file: string | null;
}

/** Limits checked before a GraphQL operation runs; over them it is refused with QUERY_TOO_COMPLEX. */
export interface QueryLimits {
  /** Nested selection levels. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Estimated fields resolved, each multiplied by the page sizes (`first`) and list sizes above it. */
  maxCost: number;
  /** Tokens in a document (checked while parsing, so an oversized one costs nothing more). */
  maxTokens: number;
}

export interface DatabaseTimeouts {
  /** statement_timeout: a statement running longer is cancelled. */
  statementMs: number;
  /** lock_timeout: a statement waiting longer for a lock gives up. */
  lockMs: number;
  /** idle_in_transaction_session_timeout: a transaction left idle longer is ended by the server. */
  idleInTransactionMs: number;
  /** How long a request waits for a pooled connection, opening a new one included. */
  poolAcquireMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEVELOPMENT_SESSION_SECRET = 'tsunagu-development-session-secret-do-not-use-in-production';

export class ConfigError extends Error {}

const repoRoot = path.resolve(__dirname, '..', '..');

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return readInteger(env, name, fallback, 1, 65535);
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** TRUST_PROXY: unset/false, true, a hop count, or addresses/subnets as Express accepts them. */
function readTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/**
 * DATABASE_URL (the role the app connects as) and MIGRATION_DATABASE_URL (the owner), validated;
 * all `npm run migrate` needs, so it runs without the app's other settings (e.g. SESSION_SECRET).
 */
export function loadDatabaseUrls(env: NodeJS.ProcessEnv = process.env): { databaseUrl: string | undefined; migrationDatabaseUrl: string | undefined } {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const migrationDatabaseUrl = env.MIGRATION_DATABASE_URL?.trim() || undefined;
  if (migrationDatabaseUrl && !/^postgres(ql)?:\/\//.test(migrationDatabaseUrl)) {
    throw new ConfigError('MIGRATION_DATABASE_URL must start with postgres:// or postgresql://');
  }
  if (migrationDatabaseUrl && !databaseUrl) throw new ConfigError('MIGRATION_DATABASE_URL needs DATABASE_URL (the role the app connects as)');
  return { databaseUrl, migrationDatabaseUrl };
}

/** Reads and validates the configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (nodeEnvRaw !== 'development' && nodeEnvRaw !== 'production' && nodeEnvRaw !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const { databaseUrl, migrationDatabaseUrl } = loadDatabaseUrls(env);
  const sessionSecret = env.SESSION_SECRET || DEVELOPMENT_SESSION_SECRET;
  if (nodeEnvRaw === 'production' && (sessionSecret === DEVELOPMENT_SESSION_SECRET || sessionSecret.length < 32)) {
    throw new ConfigError('SESSION_SECRET must be set to a random value of at least 32 characters in production');
  }
  const port = readPort(env, 'PORT', 4000);
  const appBaseUrl = (env.APP_BASE_URL || `http://localhost:${port}`).replace(/\/$/, '');
  if (!URL.canParse(appBaseUrl) || !/^https?:/.test(appBaseUrl)) {
    throw new ConfigError(`APP_BASE_URL must be an http(s) address such as https://tsunagu.example.jp, got "${appBaseUrl}"`);
  }
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must look like smtp://user:password@host:587 (or smtps://… for TLS from the start)');
  }
  if (nodeEnvRaw === 'production' && !smtpUrl) {
    throw new ConfigError('SMTP_URL must be set in production (e.g. smtp://user:password@mail.example.jp:587): password resets and invitations are sent by mail');
  }
  const mailKeyRaw = env.MAIL_ENCRYPTION_KEY;
  if (mailKeyRaw !== undefined && mailKeyRaw !== '' && mailKeyRaw.length < 32) {
    throw new ConfigError('MAIL_ENCRYPTION_KEY must be at least 32 random characters');
  }
  const logLevel = env.LOG_LEVEL || (nodeEnvRaw === 'test' ? 'error' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  const staleAfterDays = readInteger(env, 'STALE_AFTER_DAYS', 90, 1, 3650);
  return {
    nodeEnv: nodeEnvRaw,
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    migrationDatabaseUrl,
    migrateOnStart: readBoolean(env, 'MIGRATE_ON_START', true),
    allowPrivilegedDatabaseRole: readBoolean(env, 'ALLOW_PRIVILEGED_DATABASE_ROLE', false),
    embeddedPostgres: {
      dataDir: path.resolve(env.EMBEDDED_PG_DIR || path.join(repoRoot, '.data', 'postgres')),
      port: readPort(env, 'EMBEDDED_PG_PORT', 54329),
    },
    // Demo data by default on the embedded database, never silently in production.
    dbPoolSize: readInteger(env, 'DB_POOL_SIZE', 10, 1, 200),
    databaseTimeouts: {
      statementMs: readInteger(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
      lockMs: readInteger(env, 'DB_LOCK_TIMEOUT_MS', 3_000, 10, 3_600_000),
      idleInTransactionMs: readInteger(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 100, 3_600_000),
      poolAcquireMs: readInteger(env, 'DB_POOL_ACQUIRE_TIMEOUT_MS', 5_000, 10, 600_000),
    },
    seedDemoData: readBoolean(env, 'SEED_DEMO_DATA', !databaseUrl && nodeEnvRaw !== 'production'),
    clientDistDir: path.resolve(env.CLIENT_DIST_DIR || path.join(repoRoot, 'client', 'dist')),
    // Statement counts tell what a request touched (e.g. whether an email has an account): tests only, unless asked for.
    exposeQueryStats: readBoolean(env, 'EXPOSE_QUERY_STATS', nodeEnvRaw === 'test'),
    logSql: readBoolean(env, 'LOG_SQL', false),
    sessionSecret,
    sessionTtlHours: readInteger(env, 'SESSION_TTL_HOURS', 168, 1, 24 * 90),
    secureCookies: readBoolean(env, 'SECURE_COOKIES', nodeEnvRaw === 'production'),
    appBaseUrl,
    freshness: {
      staleAfterDays,
      hiddenAfterDays: readInteger(env, 'HIDDEN_AFTER_DAYS', 180, staleAfterDays, 3650),
    },
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    signInLimits: {
      perAccount: readInteger(env, 'SIGNIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
      perAddress: readInteger(env, 'SIGNIN_MAX_FAILURES_PER_ADDRESS', 20, 1, 10000),
      windowMinutes: readInteger(env, 'SIGNIN_WINDOW_MINUTES', 15, 1, 1440),
    },
    invitationLimits: {
      perDay: readInteger(env, 'INVITATIONS_PER_DAY', 20, 1, 10_000),
      perDayUnverified: readInteger(env, 'INVITATIONS_PER_DAY_UNVERIFIED', 3, 0, 10_000),
    },
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || `つなぐ <no-reply@${new URL(appBaseUrl).hostname}>`,
    mailEncryptionKey: mailKeyRaw
      ? createHash('sha256').update(mailKeyRaw).digest()
      : Buffer.from(hkdfSync('sha256', sessionSecret, 'tsunagu', 'mail-content-encryption', 32)),
    logLevel: logLevel as LogLevel,
    metricsToken,
    trustedDocuments: {
      enforce: readBoolean(env, 'TRUSTED_DOCUMENTS_ONLY', nodeEnvRaw === 'production'),
      file: path.resolve(env.TRUSTED_DOCUMENTS_FILE || path.join(repoRoot, 'client', 'src', 'gql', 'persisted-documents.json')),
    },
    queryLimits: {
      maxDepth: readInteger(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 100),
      maxAliases: readInteger(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxCost: readInteger(env, 'GRAPHQL_MAX_COST', 10_000, 10, 10_000_000),
      maxTokens: readInteger(env, 'GRAPHQL_MAX_TOKENS', 3_000, 100, 1_000_000),
    },
    runJobs: readBoolean(env, 'RUN_JOBS', true),
    jobConcurrency: readInteger(env, 'JOB_CONCURRENCY', 2, 1, 50),
  };
}

import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config';

/** SQL for the start of the current fixed window, by the database clock so every server instance agrees. */
function currentWindow(secondsParameter: string): string {
  return `to_timestamp(floor(extract(epoch FROM now()) / ${secondsParameter}::int) * ${secondsParameter}::int)`;
}

const accountKey = (email: string): string => `account:${email}`;
const addressKey = (clientAddress: string): string => `address:${clientAddress}`;

/**
 * Brute-force protection for sign-in: failure counters per account and per client address in
 * fixed windows, kept in PostgreSQL so all server instances share them.
 */
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: AppConfig['signInLimits'],
  ) {}

  private get windowSeconds(): number {
    return this.limits.windowMinutes * 60;
  }

  /** Seconds until the next attempt is allowed when either counter has reached its limit; 0 when allowed now. */
  async retryAfterSeconds(email: string, clientAddress: string): Promise<number> {
    const [account, address] = [accountKey(email), addressKey(clientAddress)];
    const rows: { key: string; failures: number; retry_after: number }[] = await this.dataSource.query(
      `SELECT key, failures, GREATEST(1, CEIL(EXTRACT(EPOCH FROM window_start - now()) + $2::int))::int AS retry_after
         FROM sign_in_failure
        WHERE key = ANY($1) AND window_start = ${currentWindow('$2')}`,
      [[account, address], this.windowSeconds],
    );
    const limitOf = (key: string) => (key === account ? this.limits.perAccount : this.limits.perAddress);
    const blocking = rows.filter((row) => row.failures >= limitOf(row.key));
    return blocking.length ? Math.max(...blocking.map((row) => row.retry_after)) : 0;
  }

  /** Counts a failed attempt against both the account and the address, in one atomic statement. */
  async recordFailure(email: string, clientAddress: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_failure (key, window_start, failures)
       SELECT k, ${currentWindow('$2')}, 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN sign_in_failure.window_start = EXCLUDED.window_start THEN sign_in_failure.failures + 1 ELSE 1 END,
         window_start = EXCLUDED.window_start`,
      [[accountKey(email), addressKey(clientAddress)], this.windowSeconds],
    );
    // Counters of past windows no longer matter; dropping them keeps the table small.
    await this.dataSource.query(`DELETE FROM sign_in_failure WHERE window_start < ${currentWindow('$1')}`, [
      this.windowSeconds,
    ]);
  }

  /** A successful sign-in clears the account's counter (the address keeps its count). */
  async clearAccount(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_failure WHERE key = $1', [accountKey(email)]);
  }
}

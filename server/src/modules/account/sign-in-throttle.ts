import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config';

/** SQL for the start of the current fixed window, by the database clock so every server instance agrees. */
function currentWindow(secondsParameter: string): string {
  return `to_timestamp(floor(extract(epoch FROM now()) / ${secondsParameter}::int) * ${secondsParameter}::int)`;
}

/** Thrown inside the counting transaction to roll it back when a limit is reached. */
class RefusedAttempt extends Error {}

const accountKey = (email: string): string => `account:${email}`;
const addressKey = (clientAddress: string): string => `address:${clientAddress}`;

/**
 * Brute-force protection for sign-in: counters per account and per client address in fixed
 * windows, kept in PostgreSQL so all server instances share them. An attempt takes its place in
 * both counts atomically *before* its password is checked, so concurrent guesses cannot all pass
 * a check made before any of them was counted; a successful sign-in then gives its place back.
 */
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: AppConfig['signInLimits'],
  ) {}

  private get windowSeconds(): number {
    return this.limits.windowMinutes * 60;
  }

  /**
   * Counts an attempt against the account and the address if both are under their limits, in one
   * transaction (the upsert's row locks serialize concurrent attempts). Returns 0 when the attempt
   * may go on to the password check, else the seconds until the next one is allowed (nothing counted).
   */
  async reserveAttempt(email: string, clientAddress: string): Promise<number> {
    const [account, address] = [accountKey(email), addressKey(clientAddress)];
    const reserved = await this.dataSource.transaction(async (manager) => {
      const counted: { key: string }[] = await manager.query(
        `INSERT INTO sign_in_failure (key, window_start, failures)
         SELECT k, ${currentWindow('$2')}, 1 FROM unnest($1::text[]) AS k
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_failure.window_start = EXCLUDED.window_start THEN sign_in_failure.failures + 1 ELSE 1 END,
           window_start = EXCLUDED.window_start
         WHERE sign_in_failure.window_start <> EXCLUDED.window_start
            OR sign_in_failure.failures < CASE WHEN sign_in_failure.key = $3 THEN $4::int ELSE $5::int END
         RETURNING key`,
        [[account, address], this.windowSeconds, account, this.limits.perAccount, this.limits.perAddress],
      );
      // One counter was full: throwing rolls back the other's increment too.
      if (counted.length < 2) throw new RefusedAttempt();
      return true;
    }).catch((error: unknown) => {
      if (error instanceof RefusedAttempt) return false;
      throw error;
    });
    if (reserved) {
      // Counters of past windows no longer matter; dropping them keeps the table small.
      await this.dataSource.query(`DELETE FROM sign_in_failure WHERE window_start < ${currentWindow('$1')}`, [this.windowSeconds]);
      return 0;
    }
    return this.retryAfterSeconds();
  }

  /** Seconds until the current window ends (at least 1). */
  private async retryAfterSeconds(): Promise<number> {
    const [row]: { retry_after: number }[] = await this.dataSource.query(
      `SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM ${currentWindow('$1')} - now()) + $1::int))::int AS retry_after`,
      [this.windowSeconds],
    );
    return row.retry_after;
  }

  /** A successful sign-in clears the account's counter and gives back its place in the address's. */
  async recordSuccess(email: string, clientAddress: string): Promise<void> {
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM sign_in_failure WHERE key = $1),
            emptied AS (DELETE FROM sign_in_failure WHERE key = $2 AND failures = 1)
       UPDATE sign_in_failure SET failures = failures - 1
        WHERE key = $2 AND failures > 1 AND window_start = ${currentWindow('$3')}`,
      [accountKey(email), addressKey(clientAddress), this.windowSeconds],
    );
  }
}

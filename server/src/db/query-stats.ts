import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/** SQL statements issued while serving one request. */
export interface QueryStats {
  statements: number;
}

const currentStats = new AsyncLocalStorage<QueryStats>();

/** Runs `fn` with a fresh statement counter that every query inside it adds to. */
export function runWithQueryStats<T>(fn: () => T): T {
  return currentStats.run({ statements: 0 }, fn);
}

/** The counter of the request being served, if any. */
export function activeQueryStats(): QueryStats | undefined {
  return currentStats.getStore();
}

/** TypeORM logger that counts statements per request (and optionally prints them). */
export class QueryStatsLogger implements Logger {
  constructor(private readonly printSql: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = currentStats.getStore();
    if (stats) stats.statements += 1;
    if (this.printSql) console.log(`[sql] ${query}`, parameters?.length ? parameters : '');
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.printSql) console.error(`[sql error] ${String(error)} in ${query}`);
  }
  logQuerySlow(time: number, query: string): void {
    if (this.printSql) console.warn(`[sql slow ${time} ms] ${query}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.printSql) console.log(`[migration] ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // The embedded server stopping under an idle pool at shutdown is expected, not a warning.
    if (level === 'warn' && !String(message).includes('terminating connection due to administrator command')) {
      console.warn(`[typeorm] ${String(message)}`);
    }
  }
}

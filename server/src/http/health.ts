import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { databaseUnavailableReason, DatabaseUnavailableReason } from '../db/database-errors';

/**
 * `/healthz`: liveness only (the process answers), so an orchestrator does not restart a server
 * whose database is down. `/readyz`: the database answers too, so a load balancer sends traffic only here.
 */
export function mountHealthChecks(app: Express, dataSource: DataSource): void {
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    try {
      await dataSource.query('SELECT 1');
      res.json({ ok: true, database: 'ok' });
    } catch (error) {
      const reason = databaseUnavailableReason(error) ?? DatabaseUnavailableReason.DATABASE_UNAVAILABLE;
      res.status(503).json({ ok: false, database: reason });
    }
  });
}

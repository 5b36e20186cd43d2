import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../common/logger';

/** What the server knows about the request being served, wherever it is in the call chain. */
export interface RequestScope {
  /** The request id: a sane `x-request-id` from a proxy, else a new UUID; echoed in the response. */
  id: string;
  /** The logger with the request id bound. */
  log: Logger;
  /** The GraphQL operation name, once Apollo has resolved it. */
  operationName: string | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

// Ids a proxy may pass on: short, without spaces or markup, so they are safe in logs and headers.
const SANE_REQUEST_ID = /^[\w.:-]{8,128}$/;

/** The scope of the request being served, if any. */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** The request's logger inside a request, else `fallback`. */
export function requestLogger(fallback: Logger): Logger {
  return storage.getStore()?.log ?? fallback;
}

/**
 * Gives every request an id and a scoped logger, and logs one JSON line when it completes
 * (method, path without the query string, status, duration, operation name).
 */
export function requestScope(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const offered = req.get('x-request-id');
    const id = offered && SANE_REQUEST_ID.test(offered) ? offered : randomUUID();
    const scope: RequestScope = { id, log: logger.child({ requestId: id }), operationName: null };
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', id);
    res.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // 503 is the database being away, already logged as a warning: not a fault of this server.
      const level = res.statusCode === 503 ? 'warn' : res.statusCode >= 500 ? 'error' : 'info';
      scope.log[level](
        {
          method: req.method,
          path: req.path,
          statusCode: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          ...(scope.operationName ? { operationName: scope.operationName } : {}),
        },
        'request completed',
      );
    });
    storage.run(scope, next);
  };
}

import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../common/logger';
import { BadRequestReason, ErrorCode } from '@tsunagu/shared';
import { requestLogger } from './request-scope';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/** A GraphQL-shaped JSON error body, so API clients parse one format whatever went wrong. */
function graphqlErrorBody(message: string, code: ErrorCode, reason?: string): { errors: object[] } {
  return { errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] };
}

/**
 * Last error handler: a body that cannot be read (malformed JSON, too large, wrong encoding) gets
 * 4xx with a JSON GraphQL error; anything else 500 with a masked one. Never Express's HTML page,
 * which shows stack traces and server paths in development.
 */
export function jsonErrorHandler(logger: Logger, countError: (code: string) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? httpError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const reason =
        httpError.type === 'entity.too.large'
          ? BadRequestReason.BODY_TOO_LARGE
          : httpError.type === 'entity.parse.failed'
            ? BadRequestReason.MALFORMED_JSON
            : BadRequestReason.UNREADABLE_BODY;
      countError(ErrorCode.BAD_REQUEST);
      res.status(status).json(graphqlErrorBody('The request body could not be read as a GraphQL request', ErrorCode.BAD_REQUEST, reason));
      return;
    }
    requestLogger(logger).error({ err: error }, 'unhandled error');
    countError(ErrorCode.INTERNAL_SERVER_ERROR);
    res.status(500).json(graphqlErrorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
  };
}

/** Paths that belong to the server, never to the client's pages: unknown ones there are 404, not the app. */
const SERVER_PATH = /^\/(graphql|api|metrics|healthz|readyz|assets|__test|export|import)(\/|$)/;
// A last path segment with an extension asks for a file (e.g. /robots.txt, /app.js.map), not a page.
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]{1,8}$/;

/** Whether a GET is for one of the client's pages (which the single page then routes). */
export function isPagePath(pathname: string): boolean {
  return !SERVER_PATH.test(pathname) && !FILE_PATH.test(pathname);
}

/** The JSON 404 for everything no route took. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain').send('Not found');
};

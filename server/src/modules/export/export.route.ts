import { Router, type Request, type Response } from 'express';
import { parseCookie } from 'cookie';
import { ErrorCode, InputReason, UserRole } from '@tsunagu/shared';
import { DomainError, ForbiddenError, UnauthenticatedError, invalidInput } from '../../common/domain-errors';
import { ForbiddenReason } from '@tsunagu/shared';
import { databaseUnavailableReason } from '../../db/database-errors';
import { extensionsOfDomainError } from '../../graphql/errors';
import type { Services } from '../../graphql/context';
import { SESSION_COOKIE } from '../account/session.service';
import type { Viewer } from '../account/viewer';
import type { ExportTable } from './export-table';
import { EXPORT_CONTENT_TYPES, ExportFormat, writeExport } from './export-writers';

/** The query string of a download, read with the same refusals as GraphQL arguments. */
export class ExportQuery {
  constructor(private readonly params: URLSearchParams) {}

  /** An optional parameter (empty counts as absent); at most `max` characters. */
  optional(name: string, max = 200): string | null {
    const value = this.params.get(name);
    if (value === null || value === '') return null;
    if ([...value].length > max) throw invalidInput(name, InputReason.TOO_LONG, { max });
    return value;
  }

  /** A parameter that must be given. */
  required(name: string, max = 200): string {
    const value = this.optional(name, max);
    if (value === null) throw invalidInput(name, InputReason.REQUIRED);
    return value;
  }

  /** Every value of a repeated parameter (`?type=A&type=B`), or a comma-separated one. */
  list(name: string): string[] {
    return this.params.getAll(name).flatMap((value) => value.split(',')).filter((value) => value !== '');
  }

  /** A boolean parameter: `true`/`1` or `false`/`0`; null when absent. */
  flag(name: string): boolean | null {
    const value = this.optional(name, 5);
    if (value === null) return null;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    throw invalidInput(name, InputReason.INVALID_VALUE);
  }
}

/**
 * One downloadable table. `build` calls the same service methods as the GraphQL field it mirrors,
 * so the same ownership and area checks apply; `roles` repeats the field's `@Authorized` roles.
 */
export interface ExportDefinition {
  /** null: anyone, also signed out (what the public search shows); []: any signed-in user. */
  roles: readonly UserRole[] | null;
  build(services: Services, viewer: Viewer | null, query: ExportQuery): Promise<{ table: ExportTable; fileName: string }>;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** The GraphQL-shaped JSON error of a refused download, so the client words it like any other error. */
function sendError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).setHeader('cache-control', 'no-store');
  res.json({ errors: [{ message, extensions }] });
}

/** `attachment` with an ASCII fallback and the Japanese name in RFC 5987 form. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function formatOf(extension: string, encoding: string | null): ExportFormat {
  if (extension === 'xlsx') return ExportFormat.XLSX;
  if (encoding === null || encoding === 'utf8' || encoding === 'utf-8') return ExportFormat.CSV;
  if (encoding === 'shift_jis' || encoding === 'sjis') return ExportFormat.CSV_SHIFT_JIS;
  throw invalidInput('encoding', InputReason.INVALID_VALUE);
}

/**
 * `GET /export/<name>.xlsx` or `/export/<name>.csv[?encoding=shift_jis]` plus the export's own
 * parameters. The session cookie says who asks (a GET with the SameSite=Lax cookie changes nothing,
 * so it needs no CSRF token); refusals are JSON with `extensions.code` and `reason`.
 */
export function exportRouter(services: Services, definitions: Readonly<Record<string, ExportDefinition>>): Router {
  const router = Router();
  router.get('/export/:file', async (req: Request<{ file: string }>, res, next) => {
    const match = /^([a-z][a-z0-9-]*)\.(xlsx|csv)$/.exec(req.params.file);
    const definition = match && Object.hasOwn(definitions, match[1]) ? definitions[match[1]] : undefined;
    if (!match || !definition) {
      next();
      return;
    }
    try {
      const query = new ExportQuery(new URL(req.originalUrl, 'http://export.invalid').searchParams);
      const format = formatOf(match[2], query.optional('encoding', 20));
      const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
      const viewer = token ? await services.sessions.resolveViewer(token) : null;
      if (definition.roles !== null) {
        if (!viewer) throw new UnauthenticatedError();
        if (definition.roles.length > 0 && !definition.roles.includes(viewer.role)) {
          throw new ForbiddenError(ForbiddenReason.ROLE_NOT_ALLOWED, 'Your role may not download this');
        }
      }
      const { table, fileName } = await definition.build(services, viewer, query);
      const body = await writeExport(table, format);
      res.setHeader('content-type', EXPORT_CONTENT_TYPES[format]);
      res.setHeader('content-disposition', contentDisposition(`${fileName}.${match[2]}`));
      // What a municipality sees must not linger in a shared cache or the browser's.
      res.setHeader('cache-control', 'no-store');
      res.send(body);
    } catch (error) {
      if (error instanceof DomainError) {
        const extensions = extensionsOfDomainError(error as Parameters<typeof extensionsOfDomainError>[0]);
        sendError(res, HTTP_STATUS[error.code] ?? 400, error.message, extensions);
        return;
      }
      const unavailable = databaseUnavailableReason(error);
      if (unavailable) {
        res.setHeader('retry-after', '5');
        sendError(res, 503, 'The service is temporarily unavailable; please try again shortly', { code: ErrorCode.SERVICE_UNAVAILABLE, reason: unavailable });
        return;
      }
      next(error);
    }
  });
  return router;
}

import express, { Router } from 'express';
import { parseCookie } from 'cookie';
import { IMPORT_LIMITS, ImportFileReason, ImportKind, InputReason } from '@tsunagu/shared';
import { UnauthenticatedError, invalidInput } from '../../common/domain-errors';
import type { Services } from '../../graphql/context';
import { SESSION_COOKIE } from '../account/session.service';
import { sendRouteError } from '../export/export.route';
import { badFile } from './import-file';

/** The header naming the uploaded file; being a custom header, it also makes a cross-site form unable to post here. */
export const UPLOAD_FILE_NAME_HEADER = 'x-upload-file-name';

const KINDS: Readonly<Record<string, ImportKind>> = { 'supporter-roster': ImportKind.SUPPORTER_ROSTER, 'rmo-list': ImportKind.RMO_LIST };

/**
 * `POST /import/supporter-roster` or `/import/rmo-list` `[?sheet=…]` with the file as the body (any content type but a form's)
 * and its name, URL-encoded, in X-Upload-File-Name. Answers 201 `{ id }` of the batch to map and
 * preview through GraphQL (importBatch, importPreview, commitImport). A file over 10 MB, of another
 * type, corrupt, empty or over 5,000 rows is BAD_USER_INPUT on `file` with its reason; nothing is written.
 */
export function importRouter(services: Services): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: IMPORT_LIMITS.maxBytes });
  router.post('/import/:kind', async (req, res, next) => {
    const kind = Object.hasOwn(KINDS, req.params.kind) ? KINDS[req.params.kind] : undefined;
    if (!kind) {
      next();
      return;
    }
    try {
      const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
      const viewer = token ? await services.sessions.resolveViewer(token) : null;
      if (!viewer) throw new UnauthenticatedError();
      const encodedName = req.header(UPLOAD_FILE_NAME_HEADER);
      if (!encodedName) throw invalidInput('fileName', InputReason.REQUIRED);
      const contentType = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (['multipart/form-data', 'application/x-www-form-urlencoded'].includes(contentType)) throw badFile(ImportFileReason.UNSUPPORTED_FILE_TYPE);
      let fileName: string;
      try {
        fileName = decodeURIComponent(encodedName);
      } catch {
        throw invalidInput('fileName', InputReason.INVALID_VALUE);
      }
      const body = await new Promise<Buffer>((resolve, reject) => {
        raw(req, res, (error?: unknown) => {
          if (error) {
            const tooLarge = typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large';
            reject(tooLarge ? badFile(ImportFileReason.FILE_TOO_LARGE, { max: IMPORT_LIMITS.maxBytes }) : error);
            return;
          }
          resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
        });
      });
      const sheet = typeof req.query.sheet === 'string' && req.query.sheet !== '' ? req.query.sheet.slice(0, 100) : null;
      const batch = await services.imports.upload(viewer, kind, fileName, body, sheet);
      res.status(201).setHeader('cache-control', 'no-store');
      res.json({ id: batch.id });
    } catch (error) {
      sendRouteError(res, error, next);
    }
  });
  return router;
}

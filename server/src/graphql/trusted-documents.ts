import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { RequestHandler } from 'express';
import type { TrustedDocumentsConfig } from '../config';
import { ErrorCode, InputReason } from '@tsunagu/shared';

const HASH_FIELD = 'extensions.persistedQuery.sha256Hash';
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** codegen's persisted documents (hash → text), reread when the file changes (codegen in watch mode). */
export class TrustedDocuments {
  private documents = new Map<string, string>();
  private loadedMtimeMs = -1;

  constructor(private readonly file: string | null) {
    this.reloadIfChanged();
  }

  get size(): number {
    return this.documents.size;
  }

  private reloadIfChanged(): void {
    if (!this.file) return;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.file).mtimeMs;
    } catch {
      return;
    }
    if (mtimeMs === this.loadedMtimeMs) return;
    const parsed: Record<string, string> = JSON.parse(readFileSync(this.file, 'utf8'));
    // Keys are "sha256:<hex>"; clients may send the hex alone.
    this.documents = new Map(Object.entries(parsed).map(([hash, text]) => [hash.replace(/^sha256:/, ''), text]));
    this.loadedMtimeMs = mtimeMs;
  }

  /** The trusted text of a hash (hex, without prefix), or undefined. */
  text(hash: string): string | undefined {
    const known = this.documents.get(hash);
    if (known !== undefined) return known;
    this.reloadIfChanged();
    return this.documents.get(hash);
  }
}

/** The parts of a GraphQL request body (POST JSON) or query string (GET) this check reads and rewrites. */
interface GraphQLRequestFields {
  query?: unknown;
  extensions?: unknown;
}

function requestError(status: number, message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
  return { status, body: { errors: [{ message, extensions: { code, ...extra } }] } };
}

/** The persisted-query hash a request names: undefined if none, null if malformed. */
function persistedHash(fields: GraphQLRequestFields): string | undefined | null {
  let extensions = fields.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined;
    }
  }
  if (!extensions || typeof extensions !== 'object' || !('persistedQuery' in extensions)) return undefined;
  const persisted = extensions.persistedQuery;
  const hash = persisted && typeof persisted === 'object' && 'sha256Hash' in persisted ? persisted.sha256Hash : null;
  if (typeof hash !== 'string') return null;
  const hex = hash.replace(/^sha256:/, '');
  return SHA256_HEX.test(hex) ? hex : null;
}

/** Removes `extensions.persistedQuery` so Apollo (whose own APQ cache is off) sees a plain request. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (typeof extensions === 'string') {
    try {
      return JSON.stringify(withoutPersistedQuery(JSON.parse(extensions)));
    } catch {
      return extensions;
    }
  }
  if (!extensions || typeof extensions !== 'object') return extensions;
  const { persistedQuery: _dropped, ...rest } = extensions as Record<string, unknown>;
  return rest;
}

/**
 * Trusted documents in front of Apollo. A request names a document by its sha256 hash
 * (`extensions.persistedQuery.sha256Hash`, as Apollo's persisted-query link sends it): a trusted
 * one runs as stored. With `enforce` (production) nothing else runs: a query text alone is
 * PERSISTED_QUERY_REQUIRED, an unknown hash PERSISTED_QUERY_NOT_FOUND. Without it (the
 * third-party switch, development, tests) a query text runs too, and a hash sent with a text must
 * be that text's hash: a mismatch is BAD_USER_INPUT on the hash field, never an internal error.
 */
export function trustedDocumentsMiddleware(config: TrustedDocumentsConfig, documents: TrustedDocuments, countError: (code: string) => void): RequestHandler {
  return (req, res, next) => {
    const fromQueryString = req.method === 'GET';
    const fields: GraphQLRequestFields | undefined = fromQueryString ? (req.query as GraphQLRequestFields) : (req.body as GraphQLRequestFields | undefined);
    // Batches and non-object bodies are Apollo's to refuse.
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
      next();
      return;
    }
    const refuse = ({ status, body }: ReturnType<typeof requestError>) => {
      countError(body.errors[0].extensions.code);
      res.status(status).json(body);
    };
    const hash = persistedHash(fields);
    const query = typeof fields.query === 'string' && fields.query !== '' ? fields.query : undefined;
    if (hash === null) {
      refuse(requestError(400, 'The persisted-query hash must be a SHA-256 in hex', ErrorCode.BAD_USER_INPUT, { field: HASH_FIELD, reason: InputReason.HASH_MISMATCH, params: {} }));
      return;
    }
    if (hash === undefined) {
      if (config.enforce && query !== undefined) {
        refuse(requestError(400, 'This server runs only the operations of its own client, named by their hash', ErrorCode.PERSISTED_QUERY_REQUIRED));
        return;
      }
      next();
      return;
    }
    const trusted = documents.text(hash);
    if (query !== undefined && createHash('sha256').update(query).digest('hex') !== hash) {
      refuse(requestError(400, 'The persisted-query hash does not match the query', ErrorCode.BAD_USER_INPUT, { field: HASH_FIELD, reason: InputReason.HASH_MISMATCH, params: {} }));
      return;
    }
    if (trusted === undefined && (config.enforce || query === undefined)) {
      refuse(requestError(400, 'No operation with this hash is known here', ErrorCode.PERSISTED_QUERY_NOT_FOUND));
      return;
    }
    const text = trusted ?? query!;
    if (fromQueryString) {
      // Apollo's Express integration reads a GET's fields from the URL itself.
      const url = new URL(req.url, 'http://localhost');
      url.searchParams.set('query', text);
      const extensions = withoutPersistedQuery(fields.extensions);
      if (typeof extensions === 'string') url.searchParams.set('extensions', extensions);
      else url.searchParams.delete('extensions');
      req.url = `${url.pathname}${url.search}`;
    } else {
      req.body = { ...fields, query: text, extensions: withoutPersistedQuery(fields.extensions) };
    }
    next();
  };
}

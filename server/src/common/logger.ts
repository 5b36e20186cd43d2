import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config';

export type { Logger };

/**
 * Errors as log fields: type, message, code, stack and the failing SQL text, but never the SQL
 * parameters (they carry what people typed: emails, names, contact details).
 */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  if ('code' in error && error.code !== undefined) fields.code = error.code;
  if ('query' in error && typeof error.query === 'string') fields.query = error.query.slice(0, 2000);
  if (error.cause !== undefined) fields.cause = serializeError(error.cause);
  return fields;
}

/**
 * The server's structured JSON log (pino) on stdout. Request lines carry the request id and the
 * GraphQL operation name (see http/request-scope.ts); secrets never enter it.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'tsunagu' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError },
    redact: { paths: ['password', 'newPassword', 'token', '*.password', '*.newPassword', '*.token', 'headers.cookie', 'headers.authorization'], censor: '[redacted]' },
  });
}

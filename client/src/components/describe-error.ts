import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';

/** The GraphQL errors carried by an Apollo error, also when a non-200 response had a GraphQL body. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
        return body.errors as GraphQLFormattedError[];
      }
    } catch {
      // Not JSON: a proxy or gateway answered, which is a connection problem for the user.
    }
  }
  return [];
}

/** The stable `extensions.code` of the first GraphQL error, if any. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The offending input field the server named (`filter.text` → `text`). */
export function errorFieldOf(error: unknown): string | undefined {
  const field = graphQLErrorsOf(error)[0]?.extensions?.field;
  return typeof field === 'string' ? field.split('.').at(-1) : undefined;
}

/** A message an officer can act on, in the UI language; never the server's internals. */
export function describeError(error: unknown, t: TFunction): string {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length === 0) return t('errors.network');
  const code = errorCodeOf(error);
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
    const field = errorFieldOf(error);
    const fieldNames: Record<string, string> = t('errors.fields', { returnObjects: true });
    const fieldName = field ? (fieldNames[field] ?? field) : undefined;
    return fieldName ? t('errors.badUserInputField', { field: fieldName }) : t('errors.badUserInput');
  }
  if (code === 'UNAUTHENTICATED') return t('errors.unauthenticated');
  if (code === 'FORBIDDEN') return t('errors.forbidden');
  if (code === 'NOT_FOUND') return t('errors.notFound');
  if (code === 'CONFLICT') return t('errors.conflict');
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  return t('errors.internal');
}

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { InputReason } from '@tsunagu/shared';
import { InvalidInputError } from '../common/domain-errors';

// NUL cannot be stored in PostgreSQL text; half a surrogate pair cannot be encoded as UTF-8 or JSON (the audit log).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 20;

/** Whether a string holds a character no record may hold. */
export function isUnstorableText(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** The dotted path of the first unstorable string inside `value` ('' for the value itself), or null. */
function unstorablePath(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return isUnstorableText(value) ? '' : null;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  // List positions are not part of a field's name (as class-validator reports fields).
  if (Array.isArray(value)) {
    for (const item of value) {
      const path = unstorablePath(item, depth + 1);
      if (path !== null) return path;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const path = unstorablePath(item, depth + 1);
    if (path !== null) return path ? `${key}.${path}` : key;
  }
  return null;
}

/** Each parsed document's answer: Apollo hands the same document object back for the same text. */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

/** The field of the first unstorable string literal written into the document (the argument or input field holding it). */
function unstorableLiteral(document: DocumentNode): string | null {
  const known = literalsChecked.get(document);
  if (known !== undefined) return known;
  const found = findUnstorableLiteral(document);
  literalsChecked.set(document, found);
  return found;
}

function findUnstorableLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (found === null && isUnstorableText(node.value)) found = names.at(-1) ?? 'query';
    },
  });
  return found;
}

/** BAD_USER_INPUT naming `field`, answered with HTTP 400 before anything runs. */
function refuse(field: string): GraphQLError {
  const error = new InvalidInputError(field, InputReason.INVALID_TEXT);
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/**
 * Refuses text no record may hold — a NUL, or half a surrogate pair — in any variable or string
 * literal, as BAD_USER_INPUT with the field (a variable's own name, or the path inside an input
 * object variable as class-validator names it), before validators, PostgreSQL or the audit log see it.
 */
export function inputTextPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const path = unstorablePath(value);
            if (path !== null) throw refuse(path || name);
          }
          const literal = unstorableLiteral(document);
          if (literal !== null) throw refuse(literal);
        },
      };
    },
  };
}

import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations kept at once: the client's trusted documents are a few hundred. */
const MAX_COMPILED = 1000;

/**
 * Queries run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter: a search
 * page of 20 cards spent about a fifth of its time walking the document field by field, and
 * graphql-js's null-prototype result objects made the response's JSON.stringify leave V8's fast
 * path (npm run bench). Mutations keep graphql-js: they are few, and their input errors are the
 * ones clients read. A query whose variables do not coerce is answered by graphql-js too, so
 * such refusals read exactly as before (Apollo marks them BAD_USER_INPUT from their nodes).
 *
 * Plugged in through Apollo Server's gateway interface, the one way it takes another executor;
 * parsing, validation, plugins and error formatting stay Apollo's.
 */
export class CompiledExecution {
  private readonly compiled = new Map<DocumentNode, Map<string, CompiledQuery | null>>();
  private compiledCount = 0;
  /** Operations run each way (tests check that queries do run compiled). */
  readonly runs = { compiled: 0, interpreted: 0 };

  constructor(private readonly schema: GraphQLSchema) {}

  /** The gateway Apollo Server is started with (instead of `schema`). */
  gateway(): GatewayInterface {
    const schema = this.schema;
    const executor = this.executor();
    return {
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      load: () => Promise.resolve({ schema, executor }),
      stop: () => Promise.resolve(),
    };
  }

  private executor(): GatewayExecutor {
    return async (requestContext) => {
      const { document, operation, operationName, context } = requestContext;
      const variables = requestContext.request.variables ?? {};
      const compiled = operation.operation === 'query' ? this.compile(document, operationName ?? '') : null;
      if (compiled) {
        // graphql-jit takes a non-null input field with a default for a required one: graphql-js
        // coerces first (defaults filled in), and graphql-jit reads the coerced values.
        const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables);
        if (coerced.coerced) {
          const result = await compiled.query(undefined, context, coerced.coerced);
          // Errors before any resolver ran are graphql-js's to word, with their nodes.
          if (!(result.data === undefined && result.errors?.length)) {
            this.runs.compiled += 1;
            return withGraphQLErrors(result);
          }
        }
      }
      this.runs.interpreted += 1;
      return execute({ schema: this.schema, document, contextValue: context, variableValues: variables, operationName });
    };
  }

  private compile(document: DocumentNode, operationName: string): CompiledQuery | null {
    let byName = this.compiled.get(document);
    if (!byName) {
      // Apollo caches parsed documents, so the same object comes back for the same text; bounded all the same.
      if (this.compiledCount >= MAX_COMPILED) {
        this.compiled.clear();
        this.compiledCount = 0;
      }
      byName = new Map();
      this.compiled.set(document, byName);
    }
    let compiled = byName.get(operationName);
    if (compiled === undefined) {
      const made = compileQuery(this.schema, document, operationName || undefined, { disablingCapturingStackErrors: true });
      compiled = isCompiledQuery(made) ? made : null;
      byName.set(operationName, compiled);
      this.compiledCount += 1;
    }
    return compiled;
  }
}

/**
 * graphql-jit's errors are its own subclass, without the `extensions` object graphql-js always
 * gives (Apollo reads `extensions.code` from it): made graphql-js GraphQLErrors with the same
 * message, locations, path and the resolver's original error, which the error formatter reads
 * for codes and reasons.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
      const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
      (made as { locations: GraphQLError['locations'] }).locations = error.locations;
      return made;
    }),
  };
}

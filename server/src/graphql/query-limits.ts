import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode, LIMITS, QueryLimitReason } from '@tsunagu/shared';
import type { QueryLimits } from '../config';

/** What an operation would ask of the server, measured on the document before it runs. */
export interface OperationMeasure {
  /** Deepest nesting of fields (`{ a { b } }` is 2). */
  depth: number;
  /** Aliased fields. */
  aliases: number;
  /** Fields resolved, each counted once per parent it is resolved for (page and list sizes multiplied). */
  cost: number;
}

// Lists without a `first` argument, by what they can hold at most or typically.
const LIST_SIZE_ESTIMATES: Readonly<Record<string, number>> = {
  'Query.prefectures': 47,
  'Query.municipalities': 200,
  'Query.organizations': 500,
  'Query.rmos': 100,
  'Query.organizationMembers': 50,
  'SupporterFacets.prefectures': 47,
  'SupporterFacets.supportTypes': 10,
  'SupporterMatch.reasons': 8,
  'SufficiencyMap.prefectures': 47,
  'Sufficiency.municipalities': 200,
  'Sufficiency.types': 10,
  'Sufficiency.trend': 12,
};
const DEFAULT_LIST_SIZE = 10;

function isIntrospectionField(name: string): boolean {
  return name === '__schema' || name === '__type';
}

/** The page size a field's `first` argument asks for: literal or variable, default and bounds as the resolvers apply them. */
function pageSizeOf(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  let raw: unknown = undefined;
  if (value?.kind === Kind.INT) raw = Number(value.value);
  else if (value?.kind === Kind.VARIABLE) raw = variables[value.name.value];
  const n = typeof raw === 'number' && Number.isInteger(raw) ? raw : LIMITS.pageSizeDefault;
  // A larger `first` is refused by the resolver itself (BAD_USER_INPUT), which is the clearer answer.
  return Math.min(Math.max(n, 1), LIMITS.pageSizeMax);
}

/**
 * Measures the operation (the named one, else the only one) of a validated document: depth,
 * aliases and estimated cost, with fragments expanded and `first` read from literals or variables.
 * Introspection (development only) is not counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const measure: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
  const rootType = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !rootType) return measure;

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, depth: number, multiplier: number, connectionSize: number | null, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) visit(selection.selectionSet, type, depth, multiplier, connectionSize, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        // Validation already refused cycles; `seen` only guards this walk.
        if (fragment && type && isCompositeType(type) && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, type, depth, multiplier, connectionSize, new Set(seen).add(fragment.name.value));
        }
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename' || isIntrospectionField(name)) continue;
      if (selection.alias) measure.aliases += 1;
      const fieldDef = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!fieldDef) continue;
      measure.depth = Math.max(measure.depth, depth);
      measure.cost += multiplier;
      if (!selection.selectionSet) continue;
      const named = getNamedType(fieldDef.type);
      if (!isCompositeType(named)) continue;
      const isList = isListType(getNullableType(fieldDef.type));
      const paged = fieldDef.args.some((arg) => arg.name === 'first');
      const first = paged ? pageSizeOf(selection.arguments?.find((a) => a.name.value === 'first')?.value, variables) : null;
      let size = 1;
      let childConnectionSize: number | null = null;
      if (paged && isList) size = first!;
      else if (paged) childConnectionSize = first;
      else if (isList) size = (name === 'edges' || name === 'nodes') && connectionSize ? connectionSize : (LIST_SIZE_ESTIMATES[`${parent.name}.${name}`] ?? DEFAULT_LIST_SIZE);
      visit(selection.selectionSet, named, depth + 1, multiplier * size, childConnectionSize, seen);
    }
  };
  visit(operation.selectionSet, rootType, 1, 1, null, new Set());
  return measure;
}

const LIMIT_WORDS: Record<QueryLimitReason, string> = {
  [QueryLimitReason.DEPTH]: 'is nested too deeply',
  [QueryLimitReason.ALIASES]: 'uses too many aliases',
  [QueryLimitReason.COST]: 'asks for too much at once',
};

/** The refusal of an operation over a limit: 400 with the limit and what was asked (`params`). */
export function queryTooComplex(reason: QueryLimitReason, limit: number, actual: number): GraphQLError {
  return new GraphQLError(`The query ${LIMIT_WORDS[reason]} (${actual} > ${limit}); ask for less, or in smaller pages`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, reason, params: { limit, actual }, http: { status: 400 } },
  });
}

/** Checks depth, aliases and estimated cost once the operation is known, before anything runs. */
export function queryLimitsPlugin<TContext extends object>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const measured = measureOperation(schema, document, operationName, request.variables ?? {});
          if (measured.depth > limits.maxDepth) throw queryTooComplex(QueryLimitReason.DEPTH, limits.maxDepth, measured.depth);
          if (measured.aliases > limits.maxAliases) throw queryTooComplex(QueryLimitReason.ALIASES, limits.maxAliases, measured.aliases);
          if (measured.cost > limits.maxCost) throw queryTooComplex(QueryLimitReason.COST, limits.maxCost, measured.cost);
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, isListType, type GraphQLSchema } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { AppError } from '../common/errors.js';
import { msg } from '../common/msg.js';

/**
 * What one request may cost, in points: a field is a point, a list multiplies what is
 * selected in it by the page it asks for (`first`, `limit`) or by DEFAULT_LIST_SIZE.
 * The panel's heaviest document (the wallet, at pages of 200) costs about 2,000; a
 * test keeps every document of the panel under the budget.
 */
export const MAX_QUERY_COST = 5_000;
export const DEFAULT_LIST_SIZE = 10;
/** The largest page a list argument is counted at (the resolvers cap pages themselves). */
const MAX_COUNTED_PAGE = 200;

/**
 * Lists multiply their children by the page asked for; a page object (`entries(first:)
 * { items }`) scales its list, already counted at DEFAULT_LIST_SIZE, to that page.
 * Introspection is bounded by its own rules (limits.ts).
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 1 + childComplexity;
  const asked = Number(args.first ?? args.limit);
  const page = Number.isFinite(asked) && asked > 0 ? Math.min(asked, MAX_COUNTED_PAGE) : null;
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * (page ?? DEFAULT_LIST_SIZE);
  if (page !== null) return 1 + Math.ceil((childComplexity * page) / DEFAULT_LIST_SIZE);
  return undefined;
};

/** The cost of an operation as the API counts it (fields may name their own in `complexity`). */
export function operationCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [fieldExtensionsEstimator(), listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Costs of documents asked without variables (keys die with Apollo's document cache). */
const costOfDocument = new WeakMap<object, number>();

/**
 * Refuses an operation over the budget before anything runs: the field count alone
 * let a thousand aliases of a public list cost a second of CPU.
 */
export function costLimitPlugin<Context extends object>(maxCost = MAX_QUERY_COST): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          // Apollo hands the same parsed document to every request with the same text: without
          // variables its cost is the same too, counted once.
          const cacheable = !request.variables || Object.keys(request.variables).length === 0;
          const cached = cacheable ? costOfDocument.get(document) : undefined;
          try {
            cost =
              cached ?? operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution refuses them, in its words, before any resolver runs.
            return;
          }
          if (cacheable && cached === undefined && !request.operationName) costOfDocument.set(document, cost);
          if (cost > maxCost)
            throw new AppError(
              'BAD_USER_INPUT',
              msg('This request would cost {{cost}} points; at most {{max}} are allowed. Ask for less in one request.'),
              { cost, max: maxCost },
              { cost, maxCost, http: { status: 400 } },
            );
        },
      };
    },
  };
}

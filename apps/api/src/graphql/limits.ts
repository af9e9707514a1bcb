import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_FIELDS = 2_000;

/**
 * Introspection has its own bounds: graphql-js's standard introspection query (what
 * GraphiQL, Postman, Insomnia and codegen send) is 15 levels deep, through `ofType`
 * chains, and selects about 230 fields once its fragments are expanded. These leave
 * room for the variants tools send (descriptions, deprecations, one-of, repeatable)
 * and for the deeper `ofType` chain some send, while graphql-js's own
 * MaxIntrospectionDepthRule stops `fields { type { fields … } }` walks.
 */
export const MAX_INTROSPECTION_DEPTH = 20;
export const MAX_INTROSPECTION_FIELDS = 500;

/** The root fields that read the schema rather than the data. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

interface Shape {
  depth: number;
  fields: number;
}

interface Limits {
  depth: number;
  fields: number;
}

/**
 * Refuses a document nested deeper than `maxDepth` fields or selecting more than
 * `maxFields` fields, counting through fragment spreads, so one request cannot make
 * the server walk the graph without end. The introspection root fields are measured
 * apart, against their own limits. Apollo's `maxRecursiveSelections` bounds fragment
 * recursion on top of this.
 */
export function queryShapeLimit(
  maxDepth = MAX_QUERY_DEPTH,
  maxFields = MAX_QUERY_FIELDS,
  introspection: Limits = { depth: MAX_INTROSPECTION_DEPTH, fields: MAX_INTROSPECTION_FIELDS },
): ValidationRule {
  return (context) => {
    /** `schemaPart` collects the introspection roots when `set` is the operation's own level. */
    const measure = (set: SelectionSetNode, fragmentsOnPath: ReadonlySet<string>, schemaPart?: Shape): Shape => {
      const shape: Shape = { depth: 0, fields: 0 };
      for (const selection of set.selections) {
        let inner: Shape = { depth: 0, fields: 0 };
        if (selection.kind === Kind.FIELD) {
          inner = selection.selectionSet ? measure(selection.selectionSet, fragmentsOnPath) : inner;
          inner = { depth: inner.depth + 1, fields: inner.fields + 1 };
          if (schemaPart && INTROSPECTION_ROOTS.has(selection.name.value)) {
            schemaPart.depth = Math.max(schemaPart.depth, inner.depth);
            schemaPart.fields += inner.fields;
            continue;
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = measure(selection.selectionSet, fragmentsOnPath, schemaPart);
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
          if (fragment && !fragmentsOnPath.has(name))
            inner = measure(fragment.selectionSet, new Set([...fragmentsOnPath, name]), schemaPart);
        }
        shape.depth = Math.max(shape.depth, inner.depth);
        shape.fields += inner.fields;
        if (shape.fields > maxFields) break;
      }
      return shape;
    };
    return {
      OperationDefinition(node) {
        const schemaPart: Shape = { depth: 0, fields: 0 };
        const data = measure(node.selectionSet, new Set(), schemaPart);
        reportOver(context, data, { depth: maxDepth, fields: maxFields }, 'query');
        reportOver(context, schemaPart, introspection, 'introspection query');
      },
    };
  };
}

function reportOver(context: ValidationContext, shape: Shape, limits: Limits, what: string): void {
  const message =
    shape.depth > limits.depth
      ? `The ${what} is nested ${shape.depth} levels deep; at most ${limits.depth} are allowed.`
      : shape.fields > limits.fields
        ? `The ${what} selects more than ${limits.fields} fields; ask for less in one request.`
        : null;
  if (message) context.reportError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));
}

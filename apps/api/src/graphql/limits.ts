import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_FIELDS = 2_000;

interface Shape {
  depth: number;
  fields: number;
}

/**
 * Refuses a document nested deeper than `maxDepth` fields or selecting more than
 * `maxFields` fields, counting through fragment spreads, so one request cannot make
 * the server walk the graph without end. Apollo's `maxRecursiveSelections` bounds
 * fragment recursion on top of this.
 */
export function queryShapeLimit(maxDepth = MAX_QUERY_DEPTH, maxFields = MAX_QUERY_FIELDS): ValidationRule {
  return (context) => {
    const measure = (set: SelectionSetNode, fragmentsOnPath: ReadonlySet<string>): Shape => {
      const shape: Shape = { depth: 0, fields: 0 };
      for (const selection of set.selections) {
        let inner: Shape = { depth: 0, fields: 0 };
        if (selection.kind === Kind.FIELD) {
          inner = selection.selectionSet ? measure(selection.selectionSet, fragmentsOnPath) : inner;
          inner = { depth: inner.depth + 1, fields: inner.fields + 1 };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = measure(selection.selectionSet, fragmentsOnPath);
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
          if (fragment && !fragmentsOnPath.has(name))
            inner = measure(fragment.selectionSet, new Set([...fragmentsOnPath, name]));
        }
        shape.depth = Math.max(shape.depth, inner.depth);
        shape.fields += inner.fields;
        if (shape.fields > maxFields) break;
      }
      return shape;
    };
    return {
      OperationDefinition(node) {
        const { depth, fields } = measure(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        } else if (fields > maxFields) {
          context.reportError(
            new GraphQLError(`The query selects more than ${maxFields} fields; ask for less in one request.`, {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        }
      },
    };
  };
}

import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_INTROSPECTION_DEPTH, MAX_INTROSPECTION_FIELDS, queryShapeLimit } from './limits.js';

const schema = buildSchema(`
  type Person { name: String, friends: [Person!]! }
  type Query { me: Person }
`);

function errorsOf(
  query: string,
  maxDepth = 3,
  maxFields = 10,
  introspection = { depth: MAX_INTROSPECTION_DEPTH, fields: MAX_INTROSPECTION_FIELDS },
): string[] {
  return validate(schema, parse(query), [...specifiedRules, queryShapeLimit(maxDepth, maxFields, introspection)]).map(
    (e) => e.message,
  );
}

describe('queryShapeLimit', () => {
  it('lets a query within the limits through', () => {
    expect(errorsOf('{ me { name friends { name } } }')).toEqual([]);
  });

  it('refuses a query nested deeper than allowed', () => {
    expect(errorsOf('{ me { friends { friends { name } } } }')).toEqual([
      'The query is nested 4 levels deep; at most 3 are allowed.',
    ]);
  });

  it('counts depth through named and inline fragments', () => {
    const query = `
      { me { ...F } }
      fragment F on Person { friends { ... on Person { friends { name } } } }`;
    expect(errorsOf(query)).toEqual(['The query is nested 4 levels deep; at most 3 are allowed.']);
  });

  it('refuses a query selecting too many fields, counted through fragments', () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `n${i}: name`).join(' ');
    expect(
      errorsOf(`{ me { ...F ...F2 } } fragment F on Person { ${aliases} } fragment F2 on Person { ${aliases} }`),
    ).toEqual(['The query selects more than 10 fields; ask for less in one request.']);
  });

  it('lets the standard introspection query through with the API’s own limits', () => {
    expect(
      validate(schema, parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })), [
        ...specifiedRules,
        queryShapeLimit(),
      ]),
    ).toEqual([]);
  });

  it('measures introspection apart from data, against its own limits, also inside fragments', () => {
    const schemaWalk = '__schema { types { fields { type { name } } } }';
    expect(errorsOf(`{ ${schemaWalk} }`)).toEqual([]);
    expect(errorsOf(`{ ...Q } fragment Q on Query { ${schemaWalk} }`, 3, 10, { depth: 4, fields: 100 })).toEqual([
      'The introspection query is nested 5 levels deep; at most 4 are allowed.',
    ]);
    expect(errorsOf(`{ ${schemaWalk} }`, 3, 10, { depth: 10, fields: 4 })).toEqual([
      'The introspection query selects more than 4 fields; ask for less in one request.',
    ]);
    // Data beside it keeps the ordinary limits.
    expect(errorsOf(`{ ${schemaWalk} me { friends { friends { name } } } }`)).toEqual([
      'The query is nested 4 levels deep; at most 3 are allowed.',
    ]);
  });
});

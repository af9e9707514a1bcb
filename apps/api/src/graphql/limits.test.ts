import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryShapeLimit } from './limits.js';

const schema = buildSchema(`
  type Person { name: String, friends: [Person!]! }
  type Query { me: Person }
`);

function errorsOf(query: string, maxDepth = 3, maxFields = 10): string[] {
  return validate(schema, parse(query), [...specifiedRules, queryShapeLimit(maxDepth, maxFields)]).map(
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
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.js';

const COMMITTED = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
const printed = (schema: Parameters<typeof printSchema>[0]) => printSchema(lexicographicSortSchema(schema));

describe('introspection in development', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers graphql-js’s standard introspection query, as GraphiQL and codegen send it, with the committed schema', async () => {
    const committed = buildSchema(COMMITTED);
    const plain = await api.gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(plain.errors).toBeUndefined();
    expect(Object.keys(buildClientSchema(plain.data!).getTypeMap()).sort()).toEqual(
      Object.keys(committed.getTypeMap()).sort(),
    );
    // With every option graphql-js offers, the schema comes back whole, down to @specifiedBy.
    const full = await api.gql<IntrospectionQuery>(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(full.errors).toBeUndefined();
    expect(printed(buildClientSchema(full.data!))).toBe(printed(committed));
  });

  it('still bounds what introspection may ask, by its own limits', async () => {
    const ofTypes = (levels: number): string => (levels === 0 ? 'name' : `ofType { ${ofTypes(levels - 1)} }`);
    const deep = await api.gql(`{ __type(name: "Query") { fields { type { ${ofTypes(20)} } } } }`);
    expect(deep.errors?.[0]?.message).toBe('The introspection query is nested 24 levels deep; at most 20 are allowed.');
    expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // graphql-js's own rule stops walking the schema in circles.
    const circles = await api.gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(circles.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
    // Beside introspection, data fields keep the ordinary limits, and the two budgets stay apart.
    const mixed = await api.gql(`{ __schema { queryType { name } } me { id } }`);
    expect(mixed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the schema in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses introspection', async () => {
    const response = await api.gql(getIntrospectionQuery());
    expect(response.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('serves the committed schema at /graphql/schema.graphql, revalidated by ETag', async () => {
    const first = await fetch(`${api.url}/graphql/schema.graphql`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await first.text()).toBe(COMMITTED);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await fetch(`${api.url}/graphql/schema.graphql`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const posted = await fetch(`${api.url}/graphql/schema.graphql`, { method: 'POST' });
    expect(posted.status).toBe(405);
  });
});

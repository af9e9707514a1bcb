import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import * as panelDocuments from '../../web/src/gql/graphql.js';
import { createSchema } from '../src/app/schema.js';
import { MAX_QUERY_COST, operationCost } from '../src/graphql/cost.js';
import { startTestApi, type TestApi } from './harness.js';

/** A value of a variable's type, for counting: numbers at the largest page, the rest any valid value. */
function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [sampleOf(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type))
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sampleOf(field.type)]));
  return { Int: 200, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z', JSON: {} }[type.name] ?? 'x';
}

const aliases = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

describe('the cost of a request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a thousand aliases of a public list before running any, and says why in the reader’s language', async () => {
    const query = aliases(1000, 'nginxPresets { id }');
    const refused = await api.gql(query);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]).toMatchObject({
      message: `This request would cost 22000 points; at most ${MAX_QUERY_COST} are allowed. Ask for less in one request.`,
      extensions: { code: 'BAD_USER_INPUT', cost: 22000, maxCost: MAX_QUERY_COST },
    });
    const inRussian = await api.gql(query, {}, { headers: { 'accept-language': 'ru' } });
    expect(inRussian.errors?.[0]?.message).toMatch(/^Этот запрос стоил бы 22000 очков/);
    // A few are fine.
    const few = await api.gql<Record<string, unknown[]>>(aliases(3, 'nginxPresets { id }'));
    expect(few.errors).toBeUndefined();
    expect(few.data!.a2).toHaveLength(21);
  });

  it('counts a list by the page it asks for', async () => {
    const schema = await createSchema();
    const { parse } = await import('graphql');
    const page = (first: number) =>
      operationCost(schema, parse(`{ wallet { entries(first: ${first}) { items { id kind } } } }`));
    expect(page(100)).toBeGreaterThan(page(10) * 5);
  });

  it('keeps every document the panel sends within the budget', async () => {
    const schema = await createSchema();
    const costs = Object.entries(panelDocuments)
      .filter(([name]) => name.endsWith('Document'))
      .map(([name, document]) => {
        const operation = (document as DocumentNode).definitions[0] as OperationDefinitionNode;
        // Pages at their largest: a number given as a variable is counted at the cap; other
        // variables get a value of their type (they do not change the count).
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((v) => [
            v.variable.name.value,
            sampleOf(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType),
          ]),
        );
        return [name, operationCost(schema, document as DocumentNode, variables)] as const;
      });
    expect(costs.length).toBeGreaterThan(50);
    const over = costs.filter(([, cost]) => cost > MAX_QUERY_COST);
    expect(over).toEqual([]);
  });
});

describe('requests without an account', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { ANONYMOUS_REQUESTS_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('are limited per address, while signed-in callers and other addresses go on', async () => {
    const { token } = await api.signUp();
    const from = (ip: string, bearer?: string) => ({
      headers: { 'x-forwarded-for': ip },
      ...(bearer ? { token: bearer } : {}),
    });
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++)
      codes.push((await api.gql('{ nginxPresets { id } }', {}, from('198.51.100.50'))).errors?.[0]?.extensions?.code);
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
    expect((await api.gql('{ me { id } }', {}, from('198.51.100.50', token))).errors).toBeUndefined();
    expect((await api.gql('{ nginxPresets { id } }', {}, from('198.51.100.51'))).errors).toBeUndefined();
  });
});

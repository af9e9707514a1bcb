import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startTestApi, type TestApi } from './harness.js';

describe('configuration', () => {
  it('names a bad variable and says what is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*number/i);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(/DATABASE_URL: must be mysql:\/\//);
    expect(() => loadConfig({ ADMIN_EMAIL: 'root@example.com' })).toThrow(
      /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/,
    );
  });

  it('defaults to port 4000 and the embedded store', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:4000');
  });
});

describe('HTTP hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports the database in /healthz', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: { status: 'ok', dialect: 'sqlite' } });
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('turns introspection off in production', async () => {
    const result = await api.gql('{ __schema { types { name } } }');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('refuses queries that select too many fields', async () => {
    const fields = Array.from({ length: 2100 }, (_, i) => `f${i}: id`).join(' ');
    const wide = await api.gql(`{ me { ${fields} } }`);
    expect(wide.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/more than 2000 fields/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('caps the request body', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ message: expect.stringMatching(/too large/), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('hides internals of unexpected errors', async () => {
    const { token } = await api.signUp();
    await api.gql('mutation { createSite(input: { domain: "doomed.example" }) { id } }', {}, { token });
    await api.dataSource.query('DROP TABLE site_domains');
    const result = await api.gql('{ sites { id aliases } }', {}, { token });
    const text = JSON.stringify(result.errors);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/site_domains|SQLITE|stack/i);
  });
});

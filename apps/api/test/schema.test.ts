import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { printSchemaSdl } from '../src/app/schema-sdl.js';
import { createTestDatabase, dialectsUnderTest } from './harness.js';

describe('the committed GraphQL schema', () => {
  it('matches the resolvers (run `npm run emit-schema -w @elasticweb/api` after an API change)', async () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaSdl());
  });

  it('keeps the contract names partners and agents rely on', () => {
    const sdl = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
    for (const field of [
      'signUp(input: SignUpInput!): AuthPayload!',
      'logIn(email: String!, password: String!): AuthPayload!',
      'me: Account!',
      'sites: [Site!]!',
      'site(id: ID!): Site',
      'createSite(input: CreateSiteInput!): Site!',
      'deleteSite(id: ID!): Site!',
    ]) {
      expect(sdl).toContain(field);
    }
  });
});

describe.each(dialectsUnderTest())('migrations on %s', (dialect) => {
  it('produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const dataSource = await openStore({ entities, url: database.url });
      const pending = await dataSource.driver.createSchemaBuilder().log();
      await dataSource.destroy();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await database.drop();
    }
  });

  it('can be run again on an up-to-date database without changes', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const first = await openStore({ entities, url: database.url });
      await first.destroy();
      const second = await openStore({ entities, url: database.url });
      expect(await second.showMigrations()).toBe(false);
      await second.destroy();
    } finally {
      await database.drop();
    }
  });
});

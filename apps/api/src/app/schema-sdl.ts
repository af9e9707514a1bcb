import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

export const SCHEMA_HEADER =
  '# Emitted from the resolvers by `npm run emit-schema -w @elasticweb/api`; do not edit.\n\n';

/** The schema as committed: sorted, so the file changes only when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createSchema } from './schema.js';

export const SCHEMA_HEADER =
  '# Emitted from the resolvers by `npm run emit-schema -w @elasticweb/api`; do not edit.\n\n';

/** A schema as the committed file has it: sorted, so the file changes only when the API does. */
export function schemaSdlOf(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** The API's schema as committed in `schema.graphql`. */
export async function printSchemaSdl(): Promise<string> {
  return schemaSdlOf(await createSchema());
}

/** Writes apps/api/schema.graphql from the resolvers; a test fails when the committed file is stale. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchemaSdl } from '../src/app/schema-sdl.js';

const file = resolve(import.meta.dirname, '../schema.graphql');
writeFileSync(file, await printSchemaSdl());
console.log(`wrote ${file}`);

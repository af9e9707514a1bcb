#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the command works right after `npm ci`
// with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = main(process.argv.slice(2));

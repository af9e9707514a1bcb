import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM side by side. Node loads the CommonJS one
    // (no "exports" map); Vite would pick the ESM one for our sources, giving two
    // GraphQLError classes. Point tests at the one Node and type-graphql use.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: [
      'apps/*/src/**/*.test.{ts,tsx}',
      'apps/*/test/**/*.test.ts',
      'libs/*/src/**/*.test.ts',
      'agent/src/**/*.test.ts',
      'agent/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites each open their own databases; two cores, so two forks.
    pool: 'forks',
    maxWorkers: 2,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // The manifest lets scripts/check-budget.mjs add up what the login page loads.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // The entry chunk is React, Apollo, the router and i18next together; scripts/check-budget.mjs
    // keeps the real budget (what the login page loads), so Vite's generic warning is raised.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
});

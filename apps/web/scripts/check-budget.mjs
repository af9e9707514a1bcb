#!/usr/bin/env node
/**
 * Adds up the gzip size of every JavaScript file the browser loads for the login
 * page (the entry, the login route's chunk, and everything they import statically)
 * and fails when it exceeds the budget. Run after `vite build`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function collect(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) collect(imported, seen);
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const login = 'src/features/accounts/LoginPage.tsx';
const keys = collect(login, collect(entry));
const rows = [...keys].map((key) => {
  const file = manifest[key].file;
  return { file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
for (const row of rows) console.log(`${(row.gzip / 1024).toFixed(1).padStart(8)} KB  ${row.file}`);
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  login page JavaScript, gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`The login page loads ${(total / 1024).toFixed(1)} KB of JavaScript, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}

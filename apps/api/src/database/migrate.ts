/** `npm run migrate`: applies pending migrations to the configured store and exits. */
import { ConfigError, loadConfig } from '../config.js';
import { dialectOf, openStore } from './data-source.js';

try {
  const config = loadConfig();
  const dataSource = await openStore({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const applied = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
  console.log(`${dialectOf(config.DATABASE_URL)}: schema up to date (${applied.length} migrations applied)`);
  await dataSource.destroy();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
}

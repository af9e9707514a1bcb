/** `npm run migrate`: applies pending migrations to the configured store and exits. */
import { ConfigError, loadConfig } from '../config.js';
import { SEED_LANGUAGES } from '../i18n/seed/index.js';
import { TranslationsService } from '../i18n/translations.service.js';
import { entities } from './entities.js';
import { dialectOf, openStore } from '../database/data-source.js';

try {
  const config = loadConfig();
  const dataSource = await openStore({ entities, url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const applied = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
  console.log(`${dialectOf(config.DATABASE_URL)}: schema up to date (${applied.length} migrations applied)`);
  // Seed translations ride along: they add what is missing and keep administrators' edits.
  const changed = await new TranslationsService(dataSource).seed(SEED_LANGUAGES);
  console.log(`translations: ${changed} seeded rows added or updated`);
  await dataSource.destroy();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
}

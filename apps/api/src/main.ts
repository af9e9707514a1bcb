import { createServer } from 'node:http';
import { seedStartupData } from './app/bootstrap.js';
import { createLogger } from './common/logger.js';
import { assertProductionReady, ConfigError, loadConfig } from './config.js';
import { dialectOf, openStore } from './database/data-source.js';
import { entities } from './app/entities.js';
import { SEED_LANGUAGES } from './i18n/seed/index.js';
import { createMailer } from './mail/mailer.js';
import { createApp } from './server.js';
import { createJobRunner } from './app/jobs.js';
import { loadSigningKey } from './hosts/signing-keys.js';

async function main(): Promise<void> {
  const config = loadConfig();
  assertProductionReady(config);
  const logger = createLogger(config.LOG_LEVEL);
  const dialect = dialectOf(config.DATABASE_URL);
  if (!config.SMTP_URL) logger.warn('SMTP_URL is unset: e-mails are printed to this log instead of being sent');
  if (config.isProduction && config.paymentProvider === 'test')
    logger.warn('PAYMENT_PROVIDER=test in production: top-ups are credited without any payment, and the panel says so');
  const dataSource = await openStore({ entities, url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  logger.info({ dialect }, 'database ready, migrations applied');
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, logger });
  const signingKey = loadSigningKey(config, logger);
  const { handler, services, stop } = await createApp({ config, dataSource, logger, mailer, signingKey });
  const seeded = await services.translations.seed(SEED_LANGUAGES);
  logger.info({ changed: seeded }, 'translations seeded');
  await seedStartupData(config, services, logger);

  const server = createServer(handler);
  server.listen(config.PORT, config.HOST, () => {
    logger.info({ port: config.PORT }, `Elasticweb panel at ${config.publicUrl}`);
  });
  // Scheduled work; every replica runs the timer, a lease lets one at a time do the job.
  const tick = createJobRunner(services, logger);
  const rollups = setInterval(() => void tick(), config.JOB_INTERVAL_SECONDS * 1000);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    clearInterval(rollups);
    server.close();
    await stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

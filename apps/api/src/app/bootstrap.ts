import { DEMO_USAGE_DAYS } from '../usage/demo-usage.js';
import { Role } from '../accounts/account.entity.js';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config.js';
import type { Services } from './services.js';

export const DEMO_CUSTOMER = { email: 'demo@elasticweb.example', password: 'demo-password-1' } as const;
export const DEMO_ADMIN = { email: 'admin@elasticweb.example', password: 'admin-password-1' } as const;

/**
 * Start-up data: the administrator from ADMIN_EMAIL/ADMIN_PASSWORD, and on an empty
 * database (outside production) a demo customer with two sites and a demo admin, whose
 * logins are printed so a new user can look around at once.
 */
export async function seedStartupData(config: Config, services: Services, logger: Logger): Promise<void> {
  const isEmpty = (await services.accounts.countAccounts()) === 0;
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const { created } = await services.accounts.ensureAccount({
      email: config.ADMIN_EMAIL,
      password: config.ADMIN_PASSWORD,
      role: Role.ADMIN,
      verified: true,
    });
    logger.info({ email: config.ADMIN_EMAIL, created }, created ? 'administrator created' : 'administrator present');
  }
  if (!isEmpty || !config.demoData) return;
  const { account: customer } = await services.accounts.ensureAccount({
    ...DEMO_CUSTOMER,
    role: Role.CUSTOMER,
    verified: true,
  });
  await services.accounts.ensureAccount({ ...DEMO_ADMIN, role: Role.ADMIN, verified: true });
  const shop = await services.sites.createSite(customer, {
    domain: 'demo-shop.example',
    aliases: ['www.demo-shop.example'],
  });
  const blog = await services.sites.createSite(customer, { domain: 'blog.demo-shop.example' });
  await services.usage.seedDemo(customer.id, [shop.id, blog.id]);
  // A welcome credit, then the three weeks of demo usage charged hour by hour, so the
  // wallet shows its spending graph and history from the first look.
  await services.billing.credit(customer.id, 20_000_000n, `demo:welcome:${customer.id}`);
  await services.charging.startFrom(new Date(Date.now() - DEMO_USAGE_DAYS * 24 * 3600_000));
  await services.charging.run();
  const url = config.publicUrl;
  logger.info({ demoCustomer: DEMO_CUSTOMER.email, demoAdmin: DEMO_ADMIN.email }, 'demo data created');
  // Printed plainly as well: this is what a new user looks for in the terminal.
  process.stdout.write(
    `\n  Elasticweb demo data is ready at ${url}\n` +
      `    customer:      ${DEMO_CUSTOMER.email} / ${DEMO_CUSTOMER.password}\n` +
      `    administrator: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}\n\n`,
  );
}

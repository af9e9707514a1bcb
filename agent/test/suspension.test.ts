import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SITE_FIELDS,
  siteBecomes,
  siteOf,
  startAgentStack,
  waitFor,
  webStackAvailable,
  type AgentStack,
  type SiteView,
} from './harness.js';

const HOUR = 3600_000;
/** A DATETIME as the driver returns it: a Date from MariaDB, UTC text from SQLite. */
const asDate = (value: unknown) =>
  value instanceof Date ? value : value ? new Date(`${String(value).replace(' ', 'T')}Z`) : null;
const DAY = 24 * HOUR;

/**
 * The story of a negative balance on a real host, on a clock the test moves: warnings,
 * the sites suspended (nginx answers with the suspended page), a top-up that brings them
 * back at once, and — when nobody tops up — the deletion a month after suspension.
 */
describe.skipIf(!webStackAvailable())('a negative balance on a real host', () => {
  let stack: AgentStack;
  let site: SiteView;
  let email: string;
  let charges = 0;

  const wallet = async () => {
    const [row] = (await stack.api.dataSource.query(
      'SELECT negative_since, blocked_at, sites_blocked, sites_deleted_at FROM wallets WHERE account_id = ?',
      [stack.customer.id],
    )) as Array<Record<string, unknown>>;
    return {
      negativeSince: asDate(row!.negative_since),
      blockedAt: row!.blocked_at,
      sitesBlocked: Boolean(row!.sites_blocked),
      sitesDeletedAt: row!.sites_deleted_at,
    };
  };
  /** Usage that takes the balance below zero (as the hourly charging would). */
  const charge = async (micros: bigint) => {
    charges += 1;
    await stack.api.dataSource.transaction((manager) =>
      stack.api.app.services.billing.ledger.post(manager, {
        key: `test-usage:${stack.customer.id}:${charges}`,
        accountId: stack.customer.id,
        debit: `wallet:${stack.customer.id}`,
        credit: 'platform:revenue',
        amount: micros,
        kind: 'usage',
      }),
    );
    return (await wallet()).negativeSince!;
  };
  const enforceAt = async (at: Date) => stack.api.app.services.suspension.enforceAccounts([stack.customer.id], at);
  const subjects = () => stack.api.mails.filter((m) => m.to === email).map((m) => m.subject);

  beforeAll(async () => {
    stack = await startAgentStack();
    stack.startAgent();
    email = (await stack.customerGql<{ me: { email: string } }>('{ me { email } }')).me.email;
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "owing.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    site = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
  }, 60_000);
  afterAll(async () => stack?.close(), 60_000);

  it('warns, suspends the site after 7 days, and a top-up brings it back at once', async () => {
    const since = await charge(5_000_000n);
    await enforceAt(new Date(since.getTime() + HOUR));
    expect(subjects()).toContain('Your Elasticweb balance is below zero');
    await enforceAt(new Date(since.getTime() + 5 * DAY + HOUR));
    expect(subjects()).toContain('Your sites will be suspended in 2 days');
    expect((await siteOf(stack, site.id))!.isBlocked).toBe(false);

    await enforceAt(new Date(since.getTime() + 7 * DAY + HOUR));
    expect(subjects()).toContain('Your sites are suspended');
    await siteBecomes(stack, site.id, 'BLOCKED');
    const suspended = await stack.get('owing.example.com');
    expect(suspended.status).toBe(503);
    expect(suspended.body).toContain('This site is suspended');
    // Each warning once, however often the job runs.
    await enforceAt(new Date(since.getTime() + 7 * DAY + 2 * HOUR));
    expect(subjects().filter((s) => s === 'Your sites are suspended')).toHaveLength(1);

    await stack.customerGql('mutation { topUp(amount: "10") { status } }');
    await siteBecomes(stack, site.id, 'ACTIVE');
    expect((await stack.get('owing.example.com')).body).toContain('owing.example.com is ready');
    expect(await wallet()).toMatchObject({ negativeSince: null, blockedAt: null, sitesBlocked: false });
  });

  it('deletes the sites a month after suspension when nobody tops up, and marks the account', async () => {
    const since = await charge(20_000_000n);
    const blockedAt = new Date(since.getTime() + 7 * DAY + HOUR);
    await enforceAt(blockedAt);
    await siteBecomes(stack, site.id, 'BLOCKED');
    await enforceAt(new Date(blockedAt.getTime() + 23 * DAY + HOUR));
    expect(subjects()).toContain('Your sites will be deleted in 7 days');
    await enforceAt(new Date(blockedAt.getTime() + 29 * DAY + HOUR));
    expect(subjects()).toContain('Your sites will be deleted tomorrow');
    expect(await siteOf(stack, site.id)).not.toBeNull();

    await enforceAt(new Date(blockedAt.getTime() + 30 * DAY + HOUR));
    await waitFor('the site to be deleted', async () => (await siteOf(stack, site.id)) === null);
    await expect(stack.get('owing.example.com')).rejects.toThrow(); // nginx no longer knows the name
    expect((await wallet()).sitesDeletedAt).not.toBeNull();
  });
});

import { ADMIN } from '../harness/global-setup.js';
import { expect, test } from '../fixtures.js';

test('anyone can estimate a month of hosting before signing up', async ({ page }, testInfo) => {
  await page.goto('/en/calculator');
  await expect(page.getByRole('heading', { name: 'What will my hosting cost?' })).toBeVisible();
  const estimate = page.getByTestId('estimate');
  // One typical CMS with 1,000 visitors a day: about 3.51 EUR, far inside the 30 EUR promise.
  await expect(estimate).toHaveText('€3.51');
  await page.getByLabel('Heavy shop').check();
  await expect(estimate).not.toHaveText('€3.51');
  const shop = Number((await estimate.textContent())!.replace(/[^\d.]/g, ''));
  expect(shop).toBeGreaterThan(3.51);
  expect(shop).toBeLessThan(30);
  await page.getByLabel('Sites').fill('0');
  await expect(page.getByText('Enter from 1 to 1,000 sites')).toBeVisible();
  await page.getByLabel('Sites').fill('1');
  await page.screenshot({ path: testInfo.outputPath('calculator.png'), fullPage: true });
  await testInfo.attach('calculator', { path: testInfo.outputPath('calculator.png'), contentType: 'image/png' });
});

test('a customer is warned of a low balance on every page, tops up, and sets a spending limit', async ({
  page,
  auth,
  sites,
  newEmail,
}, testInfo) => {
  await auth.signUp(newEmail());
  const banner = page.getByTestId('balance-banner');
  // Nothing to suspend yet: no warning. With a site, an empty wallet is worth saying.
  await expect(page.getByRole('heading', { name: 'Add your first site' })).toBeVisible();
  await expect(banner).toBeHidden();
  await sites.addSite('wallet.example');
  await expect(banner).toContainText('Your balance is low');
  await page.getByRole('link', { name: 'Databases' }).click();
  await expect(banner).toBeVisible();

  await page.getByRole('link', { name: 'Wallet', exact: true }).click();
  await expect(page.getByTestId('balance')).toHaveText('€0.00');
  // This panel runs the built-in test provider (PAYMENT_PROVIDER=test): it says so beside the form.
  await expect(page.getByRole('note')).toContainText(
    'Test payments: this panel credits top-ups without taking any money.',
  );
  await page.getByLabel('Amount in EUR').fill('4');
  await page.getByRole('button', { name: 'Top up' }).click();
  await expect(page.getByText('Top up from 5 to 1,000 EUR at a time.')).toBeVisible();
  await page.getByLabel('Amount in EUR').fill('20.50');
  await page.getByRole('button', { name: 'Top up' }).click();
  await expect(page.getByTestId('balance')).toHaveText('€20.50');
  await expect(banner).toBeHidden();
  await expect(page.getByRole('table', { name: 'History' }).getByText('Top-up')).toBeVisible();

  await page.getByLabel('Tell me when this month’s spending reaches (EUR)').fill('10; 25');
  await page.getByLabel('Monthly limit (EUR)').fill('40');
  await page.getByLabel('Suspend my sites when the limit is reached, until next month').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(page.getByText('limit €40.00')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Monthly limit (EUR)')).toHaveValue('40');
  await expect(page.getByLabel('Tell me when this month’s spending reaches (EUR)')).toHaveValue('10; 25');
  await page.screenshot({ path: testInfo.outputPath('wallet.png'), fullPage: true });
  await testInfo.attach('wallet', { path: testInfo.outputPath('wallet.png'), contentType: 'image/png' });
});

test('a partner shares a link, and sees the visit and the sign-up it brought', async ({
  page,
  browser,
  auth,
  newEmail,
}, testInfo) => {
  await auth.signUp(newEmail());
  await page.getByRole('link', { name: 'Partner program' }).click();
  await page.getByLabel('I accept the partner terms').check();
  await page.getByRole('button', { name: 'Join the partner program' }).click();
  const link = await page.getByTestId('referral-link').inputValue();
  expect(link).toMatch(/\/r\/[A-Z0-9]{8}$/);

  // A visitor in another browser follows the link and signs up.
  const visitor = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(new URL(link).pathname);
  await expect(visitorPage).toHaveURL(/\/en\/signup$/);
  await visitorPage.getByLabel('E-mail').fill(newEmail());
  await visitorPage.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await visitorPage.getByLabel('Repeat the password').fill('correct horse battery');
  await visitorPage.getByRole('button', { name: 'Create account' }).click();
  await expect(visitorPage).toHaveURL(/\/en\/sites$/);
  await visitor.close();

  await page.reload();
  const facts = page.locator('dl.facts');
  await expect(facts.getByText('Clicks').locator('xpath=following-sibling::dd[1]')).toHaveText('1');
  await expect(facts.getByText('Sign-ups').locator('xpath=following-sibling::dd[1]')).toHaveText('1');
  await page.getByLabel('Name').fill('reporting');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByTestId('secret')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('partner.png'), fullPage: true });
  await testInfo.attach('partner', { path: testInfo.outputPath('partner.png'), contentType: 'image/png' });
});

test('an administrator publishes prices for a coming hour and sees payments and payout requests', async ({
  page,
  auth,
}, testInfo) => {
  await auth.logIn(ADMIN.email, ADMIN.password);
  await page.getByRole('link', { name: 'Prices' }).click();
  await expect(page.getByRole('heading', { name: 'Prices', exact: true })).toBeVisible();
  const lists = page.getByRole('table', { name: 'Price lists' });
  await expect(lists.getByText('now')).toBeVisible();
  await page.getByLabel('CPU time, EUR per CPU second').fill('0.00025');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published.')).toBeVisible();
  await expect(lists.getByText('0.00025 EUR')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('prices.png'), fullPage: true });
  await testInfo.attach('prices', { path: testInfo.outputPath('prices.png'), contentType: 'image/png' });

  await page.getByRole('link', { name: 'Payments and payouts' }).click();
  await expect(page.getByRole('heading', { name: 'Payout requests', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No payout requests' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest payments' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('payments.png'), fullPage: true });
  await testInfo.attach('payments', { path: testInfo.outputPath('payments.png'), contentType: 'image/png' });
});

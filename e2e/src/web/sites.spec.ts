import { expect, test } from '../fixtures.js';

test('a customer signs up, adds sites, sees them after a reload, and another customer does not', async ({
  page,
  auth,
  sites,
  newEmail,
}, testInfo) => {
  const alice = newEmail();
  const bob = newEmail();

  await test.step('sign up and meet the empty state', async () => {
    await auth.signUp(alice);
    await expect(page.getByRole('heading', { name: 'Add your first site' })).toBeVisible();
    await expect(page.getByText(`Please confirm ${alice}`)).toBeVisible();
  });

  await test.step('add example.com with an alias, and an international domain', async () => {
    await sites.addSite('example.com', ['www.example.com']);
    await expect(page.getByRole('heading', { name: 'example.com' })).toBeVisible();
    await expect(page.getByText('www.example.com')).toBeVisible();
    await sites.addSite('bücher.example');
    await expect(page.getByText('xn--bcher-kva.example')).toBeVisible();
    await sites.open();
    await expect(sites.table.getByRole('link', { name: 'example.com', exact: true })).toBeVisible();
    await expect(sites.table.getByRole('link', { name: 'bücher.example' })).toBeVisible();
    await expect(page.getByText('2 sites')).toBeVisible();
  });

  await test.step('a malformed domain gets a clear message and no site', async () => {
    await sites.submitNewSite('-bad-.com');
    await expect(sites.domainError()).toHaveText(/not starting or ending with a hyphen/);
    await sites.submitNewSite('localhost');
    await expect(sites.domainError()).toHaveText(/at least two parts/);
    await sites.submitNewSite('127.0.0.1');
    await expect(sites.domainError()).toHaveText(/IP address/);
  });

  await test.step('the sites survive a reload', async () => {
    await sites.open();
    await page.reload();
    await expect(sites.table.getByRole('row')).toHaveCount(3); // header + 2 sites
    await page.screenshot({ path: testInfo.outputPath('sites-page.png'), fullPage: true });
    await testInfo.attach('sites page', { path: testInfo.outputPath('sites-page.png'), contentType: 'image/png' });
  });

  await test.step('log out, and a second customer sees none of it', async () => {
    await auth.logOut();
    await auth.signUp(bob);
    await expect(page.getByRole('heading', { name: 'Add your first site' })).toBeVisible();
    await sites.submitNewSite('example.com');
    await expect(sites.domainError()).toHaveText(
      'example.com is already hosted on Elasticweb. If it is yours, contact support.',
    );
  });

  await test.step('another customer’s site address shows “not found”', async () => {
    await auth.logOut();
    await auth.logIn(alice);
    await sites.table.getByRole('link', { name: 'example.com', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/sites\/[0-9a-f-]{36}$/);
    const aliceSiteUrl = page.url();
    await auth.logOut();
    await auth.logIn(bob);
    await page.goto(aliceSiteUrl);
    await expect(page.getByRole('heading', { name: 'Site not found' })).toBeVisible();
  });
});

test('deleting a site asks for its domain and frees it', async ({ page, auth, sites, newEmail }) => {
  await auth.signUp(newEmail());
  await sites.addSite('delete-me.example');
  await page.getByRole('button', { name: 'Delete site' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete site' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the domain to confirm').fill('delete-me.example');
  await confirm.click();
  await expect(page).toHaveURL(/\/en\/sites$/);
  await expect(page.getByRole('heading', { name: 'Add your first site' })).toBeVisible();
  await sites.addSite('delete-me.example');
});

import { expect, test } from '../fixtures.js';

test('a customer picks the software, sees the preview and a warning, saves, and restores an earlier revision', async ({
  page,
  auth,
  sites,
  newEmail,
}, testInfo) => {
  await auth.signUp(newEmail());
  await sites.addSite('editor.example', ['www.editor.example']);
  await page.getByRole('link', { name: 'Web server settings' }).click();
  await expect(page.getByRole('heading', { name: 'Web server settings' })).toBeVisible();
  await expect(page.getByText('No saved configuration yet')).toBeVisible();

  const diff = page.getByLabel('Changes against the live configuration');
  await page.getByRole('combobox', { name: 'Software' }).selectOption('wordpress');
  await expect(diff).toContainText('+    location ~* ^/wp-config\\.php$ {');
  await expect(diff).toContainText('-# Elasticweb site editor.example: preset php.');

  await page.getByLabel('HSTS lifetime in seconds').fill('31536000');
  await expect(page.getByText('⚠ HSTS only works over HTTPS, which is not set up yet.')).toBeVisible();
  await page.getByLabel('HSTS lifetime in seconds').fill('0');

  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByText('Saved as a new revision.')).toBeVisible();
  const history = page.locator('.history');
  await expect(history.getByText('Revision 1')).toBeVisible();

  await page.getByLabel('Largest upload').fill('128m');
  await expect(diff).toContainText('+    client_max_body_size 128m;');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(history.getByText('Revision 2')).toBeVisible();

  await page.getByLabel('Extra response headers').fill('X-Test: a"b');
  await expect(page.getByText(/✖ Header names are letters, digits and hyphens/)).toBeVisible();
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.locator('#field-headers-error')).toHaveText(/Header names are letters, digits and hyphens/);
  await expect(history.getByText('Revision 3')).toHaveCount(0);

  await history
    .getByRole('listitem')
    .filter({ hasText: 'Revision 1' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(history.getByRole('listitem').first()).toContainText('Revision 3');
  await expect(history.getByRole('listitem').first()).toContainText('current');
  await expect(page.getByLabel('Largest upload')).toHaveValue('64m');
  await expect(diff).toContainText('No changes.');

  // A password-protected path gets its users here; the password is never shown again.
  await page.getByLabel('Extra response headers').fill('');
  await page.getByLabel('Password-protected paths').fill('/admin/');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(history.getByText('Revision 4')).toBeVisible();
  const users = page.getByRole('region', { name: 'Who may open the protected paths' });
  await expect(users).toContainText('Nobody yet: the path is closed to everyone.');
  await users.getByLabel('User name').fill('editor');
  await users.getByLabel('Password').fill('a door password');
  await users.getByRole('button', { name: 'Add user' }).click();
  await expect(users.getByRole('button', { name: 'Remove editor' })).toBeVisible();
  await expect(users).not.toContainText('a door password');
  await page.screenshot({ path: testInfo.outputPath('nginx-editor.png'), fullPage: true });
});

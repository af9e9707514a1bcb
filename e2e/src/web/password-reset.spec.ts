import { expect, test } from '../fixtures.js';
import { PASSWORD } from '../pages/auth-pages.js';

test('a customer who forgot the password resets it through the e-mailed link', async ({
  page,
  auth,
  newEmail,
  mailTo,
}) => {
  const email = newEmail();
  await auth.signUp(email);
  await auth.logOut();

  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(`If ${email} has an Elasticweb account, a reset link is on its way.`)).toBeVisible();

  const mail = await mailTo(email, /Reset your Elasticweb password/);
  const link = /https?:\/\/\S+\/en\/reset-password#token=[\w-]+/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();

  await page.goto(link!);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('a different long password');
  await page.getByLabel('Repeat the password').fill('a different long password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/en\/sites$/);

  await auth.logOut();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password.');
  await auth.logIn(email, 'a different long password');

  await page.goto(link!);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('yet another long password');
  await page.getByLabel('Repeat the password').fill('yet another long password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
});

test('the e-mail confirmation link confirms the address and the reminder goes away', async ({
  page,
  auth,
  newEmail,
  mailTo,
}) => {
  const email = newEmail();
  await auth.signUp(email);
  await expect(page.getByText(`Please confirm ${email}`)).toBeVisible();
  const mail = await mailTo(email, /Confirm your e-mail address/);
  const link = /https?:\/\/\S+\/en\/verify-email#token=[\w-]+/.exec(mail.text)?.[0];
  await page.goto(link!);
  await expect(page.getByText('Thank you: your e-mail address is confirmed.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to your sites' }).click();
  await expect(page.getByRole('heading', { name: 'Add your first site' })).toBeVisible();
  await expect(page.getByText(`Please confirm ${email}`)).toHaveCount(0);
});

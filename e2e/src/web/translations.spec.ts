import Database from 'better-sqlite3';
import { ADMIN } from '../harness/global-setup.js';
import { expect, test } from '../fixtures.js';
import type { Page } from '@playwright/test';

/** Words that may stay as they are in any language: the brand, language names, technical and product names. */
const ALLOWED = new Set([
  ...['Elasticweb', 'English', 'PHP', 'CMS', 'SSH', 'SFTP', 'http', 'https', 'EUR', 'MySQL', 'HTML'],
  ...['WordPress', 'Drupal', 'Joomla', 'WooCommerce', 'Magento', 'OpenCart'],
]);

/** Visible text that is English UI: what is left after taking out domains, addresses and numbers. */
async function englishWords(page: Page): Promise<string[]> {
  let text = await page.locator('body').innerText();
  // Choices that are data (time zone ids, PHP versions) are not words of the interface.
  for (const option of await page.locator('option').allInnerTexts()) text = text.replace(option, ' ');
  return (
    text
      .replace(/\S+@\S+/g, ' ')
      .replace(/[\w.-]+\.[a-z]{2,}\S*/gi, ' ')
      .split(/[^A-Za-z0-9]+/)
      // Numbers (dates) and system user names are not words of any language.
      .filter((word) => /[A-Za-z]/.test(word) && word.length > 1 && !ALLOWED.has(word) && !/^ew[a-z2-7]{8}$/.test(word))
  );
}

test('the panel in Russian shows no English, and switching keeps the page and what was typed', async ({
  page,
  auth,
  sites,
  newEmail,
}) => {
  const email = newEmail();
  await auth.signUp(email);
  await sites.addSite('russian.example', ['www.russian.example']);
  const siteUrl = page.url().replace('/en/', '/ru/');

  const pages: Array<[string, string]> = [
    ['/ru/sites', 'Сайты'],
    ['/ru/sites/new', 'Новый сайт'],
    [new URL(siteUrl).pathname, 'russian.example'],
    ['/ru/settings', 'Настройки'],
    ['/ru/wallet', 'Кошелёк'],
    ['/ru/partner', 'Партнёрская программа'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    expect(await englishWords(page), path).toEqual([]);
  }
  await page.goto('/ru/sites');
  await expect(page.getByText('1 сайт', { exact: true })).toBeVisible();
  // The account's language is English, but the page is Russian: so is the server's answer.
  await page.goto('/ru/sites/new');
  await page.getByLabel('Домен').fill('localhost');
  await page.getByRole('button', { name: 'Добавить сайт' }).click();
  await expect(page.locator('#field-domain-error')).toHaveText(
    'В доменном имени должно быть хотя бы две части, например example.com.',
  );

  await page.getByRole('button', { name: 'Выйти' }).click();
  for (const [path, heading] of [
    ['/ru/calculator', 'Сколько будет стоить мой хостинг?'],
    ['/ru/login', 'Вход в Elasticweb'],
    ['/ru/signup', 'Создайте аккаунт Elasticweb'],
    ['/ru/forgot-password', 'Забыли пароль?'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    expect(await englishWords(page), path).toEqual([]);
  }

  await page.getByLabel('Эл. почта').fill('not-an-address');
  await page.getByRole('button', { name: 'Отправить ссылку' }).click();
  await expect(page.getByText('Введите правильный адрес почты, например name@example.com.')).toBeVisible();

  await auth.logIn(email);
  await page.goto('/en/sites/new');
  await page.getByLabel('Domain').fill('keep-me.example');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/sites\/new$/);
  await expect(page.getByRole('heading', { name: 'Новый сайт' })).toBeVisible();
  await expect(page.getByLabel('Домен')).toHaveValue('keep-me.example');
  await page.getByRole('button', { name: 'Добавить сайт' }).click();
  await expect(page.getByRole('heading', { name: 'keep-me.example' })).toBeVisible();
  // The choice is stored in the account: the settings show it.
  await page.goto('/ru/settings');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
});

test('a string without a translation shows in English, is reported once, and a translator fixes it', async ({
  page,
  browser,
  auth,
  newEmail,
}) => {
  // Arrange a string the database has never seen, as after a release that added it.
  const db = new Database(process.env.E2E_DATABASE_FILE!);
  db.prepare(
    "DELETE FROM translations WHERE source_id IN (SELECT id FROM source_strings WHERE text = 'Settings')",
  ).run();
  db.prepare("DELETE FROM source_strings WHERE text = 'Settings'").run();
  db.prepare('UPDATE languages SET revision = revision + 1').run();
  db.close();
  await page.waitForTimeout(2_100); // the API rereads revisions every two seconds

  const reports: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('ReportMissingTranslations'))
      reports.push(request.postData()!);
  });
  await auth.signUp(newEmail());
  await page.goto('/ru/sites');
  const navigation = page.getByRole('navigation', { name: 'Главное меню' });
  await expect(navigation.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect.poll(() => reports.filter((body) => body.includes('"Settings"')).length).toBe(1);
  await page.goto('/ru/settings');
  await page.goto('/ru/sites');
  await page.waitForTimeout(2_000);
  expect(reports.filter((body) => body.includes('"Settings"'))).toHaveLength(1);

  const adminContext = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const admin = await adminContext.newPage();
  await admin.goto('/ru/login');
  await admin.getByLabel('Эл. почта').fill(ADMIN.email);
  await admin.getByLabel('Пароль').fill(ADMIN.password);
  await admin.getByRole('button', { name: 'Войти' }).click();
  // The administrator's own language is English; the translator works on the Russian page.
  await expect(admin).toHaveURL(/\/sites$/);
  await admin.goto('/ru/sites');
  await admin.getByRole('link', { name: 'Переводы' }).click();
  await expect(admin.getByRole('heading', { name: 'Переводы' })).toBeVisible();
  await admin.getByLabel('Только непереведённые').check();
  await admin.getByLabel('Поиск').fill('Settings');
  const card = admin.getByRole('article', { name: 'Settings', exact: true });
  await expect(card.getByText('не переведено')).toBeVisible();
  await card.getByLabel('Перевод').fill('Параметры');
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card.getByText('Сохранено.')).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath('translations-page.png'), fullPage: true });
  await adminContext.close();

  await page.reload();
  await expect(navigation.getByRole('link', { name: 'Параметры' })).toBeVisible();
});

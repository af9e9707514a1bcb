import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../accounts/account.entity.js';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { TranslationsService } from './translations.service.js';

const STRINGS = `query ($input: TranslationStringsInput!) {
  translationStrings(input: $input) { total items { id text translation pluralForms pluralCategories isPlural } }
}`;
const SAVE =
  'mutation ($input: SaveTranslationInput!) { saveTranslation(input: $input) { id translation pluralForms } }';
const REPORT = 'mutation ($strings: [MissingStringInput!]!) { reportMissingTranslations(strings: $strings) }';

describe.each(dialectsUnderTest())('translations on %s', (dialect) => {
  let api: TestApi;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    const { account } = await api.app.services.accounts.ensureAccount({
      email: 'translator@example.com',
      password: 'translator password',
      role: Role.ADMIN,
    });
    const login = await api.gql<{ logIn: { token: string } }>(
      'mutation { logIn(email: "translator@example.com", password: "translator password") { token } }',
    );
    admin = login.data!.logIn.token;
    expect(account.role).toBe(Role.ADMIN);
    customer = (await api.signUp()).token;
  });
  afterAll(async () => {
    await api.close();
  });

  async function findString(text: string, language = 'ru') {
    const result = await api.gql<{
      translationStrings: {
        items: Array<{ id: string; text: string; translation: string | null; pluralCategories: string[] }>;
      };
    }>(STRINGS, { input: { language, search: text, limit: 200 } }, { token: admin });
    return result.data!.translationStrings.items.find((item) => item.text === text)!;
  }

  it('serves a language map in i18next form with an ETag, and a bodiless 304 on revalidation', async () => {
    const first = await fetch(`${api.url}/i18n/ru.json`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-encoding')).toBe('gzip'); // fetch accepts gzip, as browsers do
    const map = (await first.json()) as Record<string, string>;
    expect(map).toMatchObject({
      Sites: 'Сайты',
      '{{count}} sites_one': '{{count}} сайт',
      '{{count}} sites_many': '{{count}} сайтов',
    });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${api.url}/i18n/ru.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${api.url}/i18n/xx.json`)).status).toBe(404);
  });

  it('answers the same map through GraphQL', async () => {
    const result = await api.gql<{ translations: Record<string, string> }>('{ translations(lang: "ru") }');
    const file = (await (await fetch(`${api.url}/i18n/ru.json`)).json()) as Record<string, string>;
    expect(result.data?.translations).toEqual(file);
  });

  it('answers errors in the caller’s language with untranslated codes', async () => {
    const LOG_IN = 'mutation { logIn(email: "nobody@example.com", password: "wrong password!") { token } }';
    const russian = await api.gql(LOG_IN, {}, { headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    expect(russian.errors?.[0]).toMatchObject({
      message: 'Неверный адрес почты или пароль.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const english = await api.gql(LOG_IN, {}, { headers: { 'accept-language': 'de-DE,en;q=0.5' } });
    expect(english.errors?.[0]?.message).toBe('Wrong e-mail or password.');
  });

  it('answers in the language of the page the panel shows, over the account’s setting', async () => {
    const { token } = await api.signUp();
    const result = await api.gql(
      'mutation { createSite(input: { domain: "localhost" }) { id } }',
      {},
      { token, headers: { 'x-panel-language': 'ru' } },
    );
    expect(result.errors?.[0]?.message).toBe('В доменном имени должно быть хотя бы две части, например example.com.');
    const unknown = await api.gql(
      'mutation { createSite(input: { domain: "localhost" }) { id } }',
      {},
      { token, headers: { 'x-panel-language': 'zz' } },
    );
    expect(unknown.errors?.[0]?.message).toBe('A domain name needs at least two parts, such as example.com.');
  });

  it('translates nested messages and plural forms in errors', async () => {
    await api.gql('mutation { updateAccount(input: { language: "ru" }) { language } }', {}, { token: customer });
    const result = await api.gql(
      'mutation { createSite(input: { domain: "ok.example", aliases: ["bad_one.example"] }) { id } }',
      {},
      { token: customer },
    );
    expect(result.errors?.[0]?.message).toBe(
      'Псевдоним «bad_one.example»: «bad_one» не подходит для доменного имени: используйте буквы, цифры и дефисы, но не в начале и не в конце.',
    );
  });

  it('records a reported missing string once, and refuses markup', async () => {
    const strings = [{ text: 'A brand new sentence.', seenIn: '/ru/sites' }];
    expect((await api.gql(REPORT, { strings })).data).toEqual({ reportMissingTranslations: 1 });
    await api.gql(REPORT, { strings });
    const [row] = await api.dataSource.query(
      "SELECT COUNT(*) AS n FROM source_strings WHERE text = 'A brand new sentence.'",
    );
    expect(Number(row.n)).toBe(1);
    expect((await findString('A brand new sentence.')).translation).toBeNull();
    const markup = await api.gql(REPORT, { strings: [{ text: '<img src=x onerror=alert(1)>' }] });
    expect(markup.errors?.[0]).toMatchObject({
      message: 'Reported strings cannot contain markup.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('searches literally: % and _ are not wildcards', async () => {
    const percent = await api.gql<{ translationStrings: { total: number; items: Array<{ text: string }> } }>(
      STRINGS,
      { input: { language: 'ru', search: '%' } },
      { token: admin },
    );
    // Only the strings with a literal percent sign (the partner's share), not every string.
    expect(percent.data!.translationStrings.total).toBeGreaterThan(0);
    expect(percent.data!.translationStrings.total).toBeLessThan(5);
    expect(percent.data!.translationStrings.items.every((item) => item.text.includes('%'))).toBe(true);
    const braces = await api.gql<{ translationStrings: { items: Array<{ text: string }> } }>(
      STRINGS,
      { input: { language: 'ru', search: '{{count}} sites' } },
      { token: admin },
    );
    expect(braces.data?.translationStrings.items.map((item) => item.text)).toEqual(['{{count}} sites']);
  });

  it('lets only administrators read and edit translations', async () => {
    const denied = await api.gql(STRINGS, { input: { language: 'ru' } }, { token: customer });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(SAVE, { input: { sourceId: 'x', language: 'ru', text: 'x' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a saved translation at once in this process and within seconds in another', async () => {
    const other = new TranslationsService(api.dataSource);
    const before = await other.mapFor('ru');
    expect(before?.map.Settings).toBe('Настройки');
    const etagBefore = (await fetch(`${api.url}/i18n/ru.json`)).headers.get('etag');

    const settings = await findString('Settings');
    const saved = await api.gql(
      SAVE,
      { input: { sourceId: settings.id, language: 'ru', text: 'Параметры' } },
      { token: admin },
    );
    expect(saved.errors).toBeUndefined();
    const now = await fetch(`${api.url}/i18n/ru.json`);
    expect(((await now.json()) as Record<string, string>).Settings).toBe('Параметры');
    expect(now.headers.get('etag')).not.toBe(etagBefore);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await other.mapFor('ru'))?.map.Settings).toBe('Параметры');
  });

  it('keeps an administrator’s edit when the seed runs again', async () => {
    const settings = await findString('Settings');
    await api.gql(
      SAVE,
      { input: { sourceId: settings.id, language: 'ru', text: 'Настройки аккаунта' } },
      { token: admin },
    );
    const { SEED_LANGUAGES } = await import('./seed/index.js');
    await api.app.services.translations.seed(SEED_LANGUAGES);
    expect((await findString('Settings')).translation).toBe('Настройки аккаунта');
  });

  it('requires every plural form and the placeholders of the English text', async () => {
    const sites = await findString('{{count}} sites');
    expect(sites.pluralCategories).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    const incomplete = await api.gql(
      SAVE,
      {
        input: {
          sourceId: sites.id,
          language: 'ru',
          text: '{{count}} сайта',
          pluralForms: { one: '{{count}} сайт', other: '{{count}} сайта' },
        },
      },
      { token: admin },
    );
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pluralForms.few' });
    const deleteText = await findString('Delete {{domain}}?');
    const lost = await api.gql(
      SAVE,
      { input: { sourceId: deleteText.id, language: 'ru', text: 'Удалить сайт?' } },
      { token: admin },
    );
    expect(lost.errors?.[0]).toMatchObject({
      message: 'Keep the placeholders of the English text: {{domain}}.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('adds a language that customers can then choose', async () => {
    const added = await api.gql<{ addLanguage: { code: string } }>(
      'mutation { addLanguage(code: "DE", name: "Deutsch") { code name } }',
      {},
      { token: admin },
    );
    expect(added.data?.addLanguage.code).toBe('de');
    const progress = await api.gql<{
      translationProgress: Array<{ language: { code: string }; translated: number; total: number }>;
    }>('{ translationProgress { translated total language { code } } }', {}, { token: admin });
    const german = progress.data?.translationProgress.find((p) => p.language.code === 'de');
    expect(german).toMatchObject({ translated: 0 });
    expect(german!.total).toBeGreaterThan(150);
    const chosen = await api.gql<{ updateAccount: { language: string } }>(
      'mutation { updateAccount(input: { language: "de" }) { language } }',
      {},
      { token: customer },
    );
    expect(chosen.data?.updateAccount.language).toBe('de');
    const bad = await api.gql('mutation { addLanguage(code: "not a code", name: "x") { code } }', {}, { token: admin });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });
});

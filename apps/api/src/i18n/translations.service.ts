import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { RateLimiter, type RateLimit } from '../database/rate-limiter.js';
import { parseInput } from '../common/validation.js';
import { Language } from './language.entity.js';
import { msg } from '../common/msg.js';
import { SourceString } from './source-string.entity.js';
import type {
  MissingStringInput,
  SaveTranslationInput,
  TranslationString,
  TranslationStringsInput,
} from './translation.inputs.js';
import { Translation } from './translation.entity.js';
import {
  buildTranslationMap,
  isPlural,
  lookUp,
  pluralCategoriesOf,
  sourceHash,
  type PluralForms,
} from './translation-map.js';
import type { MessageParam } from '../common/errors.js';

/** The language the code is written in. */
export const SOURCE_LANGUAGE = 'en';

/** How often a process asks whether another replica changed a language. */
const REVISION_CHECK_MS = 2_000;
const REPORTS_PER_IP: RateLimit = { limit: 60, windowSeconds: 3600 };
const MAX_TEXT = 1_000;

export interface CachedMap {
  map: Record<string, string>;
  json: string;
  /** The JSON compressed once per revision: a 5,000-string map shrinks about tenfold. */
  gzip: Buffer;
  etag: string;
  revision: number;
}

export type Seed = Record<string, string | PluralForms>;

const missingSchema = z
  .array(
    z.object({
      text: z
        .string()
        .min(1)
        .max(MAX_TEXT, { message: msg('A reported string can be at most 1000 characters long.') })
        // Translators read these strings; markup has no business in them.
        .refine((text) => !/<\/?[a-z][^>]*>/i.test(text), { message: msg('Reported strings cannot contain markup.') }),
      context: z
        .string()
        .max(64)
        .regex(/^[\w-]*$/)
        .nullish(),
      seenIn: z.string().max(200).nullish(),
    }),
  )
  .max(100, { message: msg('Report at most 100 strings at a time.') });

const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, { message: msg('Use a language code such as de or pt-br.') })
  .refine((code) => isKnownLocale(code), {
    message: msg('This language is not known to the plural rules of the server.'),
  });

function isKnownLocale(code: string): boolean {
  try {
    return Intl.PluralRules.supportedLocalesOf([code]).length > 0;
  } catch {
    return false; // not a well-formed tag; the regex above already says so
  }
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/**
 * Translations live in the database: source strings, and their text per language.
 * Each process keeps each language's map in memory and rebuilds it when the
 * language's revision moves (edited here at once; by another replica within seconds).
 */
export class TranslationsService {
  private readonly cache = new Map<string, CachedMap>();
  private readonly loading = new Map<string, Promise<CachedMap | null>>();
  private revisions = new Map<string, { revision: number; isEnabled: boolean }>();
  private revisionsCheckedAt = 0;
  private offered: readonly string[] = [];
  private readonly limiter: RateLimiter;

  constructor(private readonly dataSource: DataSource) {
    this.limiter = new RateLimiter(dataSource);
  }

  /** Whether the panel is offered in this language (cached, refreshed every few seconds). */
  async isOffered(language: string): Promise<boolean> {
    await this.refreshRevisions();
    return this.revisions.get(language)?.isEnabled ?? false;
  }

  /** Codes of the offered languages (re-read every few seconds), for choosing among Accept-Language tags. */
  async offeredCodes(): Promise<readonly string[]> {
    await this.refreshRevisions();
    return this.offered;
  }

  /** Enabled languages, for the switcher. */
  async languages(): Promise<Language[]> {
    return this.dataSource.getRepository(Language).find({ where: { isEnabled: true }, order: { code: 'ASC' } });
  }

  /** The cached map of a language, or null when it is not an enabled language. */
  async mapFor(language: string): Promise<CachedMap | null> {
    await this.refreshRevisions();
    const state = this.revisions.get(language);
    if (!state?.isEnabled) return null;
    const cached = this.cache.get(language);
    if (cached && cached.revision === state.revision) return cached;
    let pending = this.loading.get(language);
    if (!pending) {
      pending = this.buildMap(language, state.revision).finally(() => this.loading.delete(language));
      this.loading.set(language, pending);
    }
    return pending;
  }

  /** The one lookup for API text: English source in, the reader's language out. */
  async translate(language: string, text: string, params: Record<string, MessageParam> = {}): Promise<string> {
    const cached = (await this.mapFor(language)) ?? (await this.mapFor('en'));
    return lookUp(cached?.map ?? {}, language, text, params);
  }

  /** Records strings the panel met without a row; returns how many were new. */
  async reportMissing(input: MissingStringInput[], ip: string): Promise<number> {
    const strings = parseInput(missingSchema, input);
    const state = await this.limiter.hit(`i18n-report:ip:${ip}`, REPORTS_PER_IP);
    if (!state.allowed) return 0;
    if (strings.length === 0) return 0;
    const now = new Date();
    const reported = new Map(
      strings.map((item) => {
        const context = item.context ?? '';
        return [sourceHash(item.text, context), { text: item.text, context, seenIn: item.seenIn ?? '' }] as const;
      }),
    );
    const repository = this.dataSource.getRepository(SourceString);
    // One read, one update, one insert, however many strings a page reports.
    const known = await repository.find({
      where: { textHash: In([...reported.keys()]) },
      select: { id: true, textHash: true },
    });
    if (known.length) await repository.update({ id: In(known.map((row) => row.id)) }, { lastSeenAt: now });
    const knownHashes = new Set(known.map((row) => row.textHash));
    const fresh = [...reported].filter(([hash]) => !knownHashes.has(hash));
    if (fresh.length) {
      // Two tabs may report the same string at once: the unique hash keeps one row.
      await repository
        .createQueryBuilder()
        .insert()
        .values(
          fresh.map(([textHash, item]) => ({ id: newId(), textHash, ...item, firstSeenAt: now, lastSeenAt: now })),
        )
        .orIgnore()
        .execute();
    }
    return fresh.length;
  }

  async progress(): Promise<Array<{ language: Language; translated: number; total: number }>> {
    const languages = await this.dataSource.getRepository(Language).find({ order: { code: 'ASC' } });
    const total = await this.dataSource.getRepository(SourceString).count();
    const counts = (await this.dataSource.query(
      'SELECT language, COUNT(*) AS n FROM translations GROUP BY language',
    )) as Array<{
      language: string;
      n: number | string;
    }>;
    const byLanguage = new Map(counts.map((row) => [row.language, Number(row.n)]));
    // English is the source: its text is the code's own, so it is complete by definition.
    return languages.map((language) => ({
      language,
      translated: language.code === SOURCE_LANGUAGE ? total : (byLanguage.get(language.code) ?? 0),
      total,
    }));
  }

  async listStrings(input: TranslationStringsInput): Promise<{ total: number; items: TranslationString[] }> {
    const language = await this.requireLanguage(input.language);
    const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
    const offset = Math.max(input.offset ?? 0, 0);
    const query = this.dataSource
      .getRepository(SourceString)
      .createQueryBuilder('s')
      .leftJoinAndMapOne('s.translationRow', Translation, 't', 't.source_id = s.id AND t.language = :language', {
        language: language.code,
      });
    const search = input.search?.trim().slice(0, 200);
    if (search) {
      // '!' escapes LIKE's wildcards the same way on MySQL and SQLite (SQLite has no default escape).
      query.andWhere("(LOWER(s.text) LIKE :search ESCAPE '!' OR LOWER(t.text) LIKE :search ESCAPE '!')", {
        search: `%${search.toLowerCase().replace(/[%_!]/g, '!$&')}%`,
      });
    }
    if (input.untranslatedOnly) query.andWhere('t.id IS NULL');
    const [rows, total] = await query
      .orderBy('s.text', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return {
      total,
      items: rows.map((row) =>
        this.view(row, (row as SourceString & { translationRow?: Translation }).translationRow ?? null, language.code),
      ),
    };
  }

  async saveTranslation(input: SaveTranslationInput, adminId: string): Promise<TranslationString> {
    const language = await this.requireLanguage(input.language);
    const text = parseInput(
      z
        .string()
        .trim()
        .min(1, { message: msg('Enter the translation.') })
        .max(2000),
      input.text,
      'text',
    );
    const source = await this.dataSource.getRepository(SourceString).findOneBy({ id: String(input.sourceId) });
    if (!source) throw new NotFoundError(msg('This string does not exist.'));
    let pluralForms: PluralForms | null = null;
    if (isPlural(source.text)) {
      const categories = pluralCategoriesOf(language.code);
      pluralForms = {};
      for (const category of categories) {
        const form = (input.pluralForms ?? {})[category]?.trim() ?? (category === 'other' ? text : '');
        if (!form) {
          throw new InvalidInputError(
            `pluralForms.${category}`,
            msg('Fill in every plural form ({{category}} is empty).'),
            { category },
          );
        }
        pluralForms[category] = form.slice(0, 2000);
      }
    }
    const expected = placeholders(source.text).join(',');
    for (const candidate of [text, ...Object.values(pluralForms ?? {})]) {
      // `count` may be left out of a form (Russian "один сайт"), nothing else may be.
      const found = placeholders(candidate).join(',');
      const withoutCount = expected
        .split(',')
        .filter((name) => name !== 'count')
        .join(',');
      if (found !== expected && found !== withoutCount) {
        throw new InvalidInputError('text', msg('Keep the placeholders of the English text: {{placeholders}}.'), {
          placeholders:
            placeholders(source.text)
              .map((name) => `{{${name}}}`)
              .join(' ') || '—',
        });
      }
    }
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await this.upsertTranslation(manager, source.id, language.code, text, pluralForms, adminId, now);
      await this.bumpRevision(manager, language.code);
    });
    this.cache.delete(language.code);
    this.revisionsCheckedAt = 0;
    const translation = await this.dataSource
      .getRepository(Translation)
      .findOneByOrFail({ sourceId: source.id, language: language.code });
    return this.view(source, translation, language.code);
  }

  async addLanguage(codeInput: string, nameInput: string): Promise<Language> {
    const code = parseInput(languageCodeSchema, codeInput, 'code');
    const name = parseInput(
      z
        .string()
        .trim()
        .min(1, { message: msg('Enter the language’s name.') })
        .max(64),
      nameInput,
      'name',
    );
    const repository = this.dataSource.getRepository(Language);
    if (await repository.existsBy({ code })) throw new ConflictError('code', msg('This language already exists.'));
    const language = Object.assign(new Language(), { code, name, isEnabled: true, revision: 1, createdAt: new Date() });
    await repository.insert(language);
    this.revisionsCheckedAt = 0;
    return language;
  }

  /**
   * Loads seed translations: adds what is missing and updates seeded text that
   * changed, but never overwrites a translation an administrator edited.
   */
  async seed(languages: Record<string, { name: string; strings: Seed }>): Promise<number> {
    let changed = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const [code, { name, strings }] of Object.entries(languages)) {
        if (!(await manager.getRepository(Language).existsBy({ code }))) {
          await manager
            .getRepository(Language)
            .insert({ code, name, isEnabled: true, revision: 1, createdAt: new Date() });
        }
        const existing = new Map<
          string,
          { sourceId: string; text: string | null; pluralForms: string | null; updatedBy: string | null }
        >();
        const rows = (await manager.query(
          'SELECT s.id, s.text_hash, t.text, t.plural_forms, t.updated_by FROM source_strings s LEFT JOIN translations t ON t.source_id = s.id AND t.language = ?',
          [code],
        )) as Array<{
          id: string;
          text_hash: string;
          text: string | null;
          plural_forms: string | null;
          updated_by: string | null;
        }>;
        for (const row of rows)
          existing.set(row.text_hash, {
            sourceId: row.id,
            text: row.text,
            pluralForms: row.plural_forms,
            updatedBy: row.updated_by,
          });
        let languageChanged = false;
        const now = new Date();
        for (const [text, value] of Object.entries(strings)) {
          const textHash = sourceHash(text, '');
          let row = existing.get(textHash);
          if (!row) {
            const id = newId();
            await manager
              .getRepository(SourceString)
              .insert({ id, textHash, text, context: '', firstSeenAt: now, lastSeenAt: now, seenIn: 'seed' });
            row = { sourceId: id, text: null, pluralForms: null, updatedBy: null };
            existing.set(textHash, row);
          }
          const forms = typeof value === 'string' ? null : value;
          const translation = typeof value === 'string' ? value : (value.other ?? Object.values(value)[0] ?? text);
          const formsJson = forms ? JSON.stringify(forms) : null;
          if (row.updatedBy) continue; // an administrator's edit wins over the seed
          if (row.text === translation && row.pluralForms === formsJson) continue;
          await this.upsertTranslation(manager, row.sourceId, code, translation, forms, null, now);
          languageChanged = true;
          changed++;
        }
        if (languageChanged) await this.bumpRevision(manager, code);
      }
    });
    this.revisionsCheckedAt = 0;
    return changed;
  }

  private async upsertTranslation(
    manager: EntityManager,
    sourceId: string,
    language: string,
    text: string,
    pluralForms: PluralForms | null,
    updatedBy: string | null,
    now: Date,
  ): Promise<void> {
    const repository = manager.getRepository(Translation);
    const values = { text, pluralForms: pluralForms ? JSON.stringify(pluralForms) : null, updatedBy, updatedAt: now };
    const updated = await repository.update({ sourceId, language }, values);
    if (!updated.affected) await repository.insert({ id: newId(), sourceId, language, ...values });
  }

  private async bumpRevision(manager: EntityManager, language: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Language)
      .set({ revision: () => 'revision + 1' })
      .where('code = :language', { language })
      .execute();
  }

  private async refreshRevisions(): Promise<void> {
    if (Date.now() - this.revisionsCheckedAt < REVISION_CHECK_MS) return;
    const rows = (await this.dataSource.query('SELECT code, revision, is_enabled FROM languages')) as Array<{
      code: string;
      revision: number | string;
      is_enabled: number | boolean | string;
    }>;
    this.revisions = new Map(
      rows.map((row) => [row.code, { revision: Number(row.revision), isEnabled: Boolean(Number(row.is_enabled)) }]),
    );
    this.offered = [...this.revisions].filter(([, state]) => state.isEnabled).map(([code]) => code);
    this.revisionsCheckedAt = Date.now();
  }

  private async buildMap(language: string, revision: number): Promise<CachedMap> {
    const rows = (await this.dataSource.query(
      'SELECT s.text, s.context, t.text AS translation, t.plural_forms FROM translations t JOIN source_strings s ON s.id = t.source_id WHERE t.language = ?',
      [language],
    )) as Array<{ text: string; context: string; translation: string; plural_forms: string | null }>;
    const map = buildTranslationMap(
      rows.map((row) => ({
        ...row,
        pluralForms: row.plural_forms ? (JSON.parse(row.plural_forms) as PluralForms) : null,
      })),
    );
    const json = JSON.stringify(map);
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    const cached = { map, json, gzip: gzipSync(json), etag, revision };
    this.cache.set(language, cached);
    return cached;
  }

  private async requireLanguage(code: string): Promise<Language> {
    const language = await this.dataSource.getRepository(Language).findOneBy({ code: String(code) });
    if (!language) throw new InvalidInputError('language', msg('This language does not exist.'));
    return language;
  }

  private view(source: SourceString, translation: Translation | null, language: string): TranslationString {
    const plural = isPlural(source.text);
    return {
      id: source.id,
      text: source.text,
      context: source.context,
      seenIn: source.seenIn,
      lastSeenAt: source.lastSeenAt,
      isPlural: plural,
      pluralCategories: plural ? pluralCategoriesOf(language) : [],
      translation: translation?.text ?? null,
      pluralForms: translation?.pluralForms ? (JSON.parse(translation.pluralForms) as Record<string, string>) : null,
      updatedAt: translation?.updatedAt ?? null,
    };
  }
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';
import { LANGUAGES } from '../../app/languages';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { EmptyState, ErrorBox, PageHeader, Spinner } from '../../components/ui';
import type { TranslationStringsQuery } from '../../gql/graphql';
import { useMe } from '../accounts/session';
import { ADD_LANGUAGE, SAVE_TRANSLATION, TRANSLATION_PROGRESS, TRANSLATION_STRINGS } from './translation-documents';

type Item = TranslationStringsQuery['translationStrings']['items'][number];
const PAGE = 50;
/** Numbers that show every plural category of the languages we know (1, 2, 5, 21 for Russian). */
const SAMPLE_COUNTS = [0, 1, 2, 5, 21];

/** Administrators translate the panel here: progress per language, search, and one editor per string. */
export default function TranslationsPage() {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const { account } = useMe();
  const { lang = 'en' } = useParams();
  const [language, setLanguage] = useState(lang === 'en' ? 'ru' : lang);
  const [search, setSearch] = useState('');
  const [untranslatedOnly, setUntranslatedOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const progress = useQuery(TRANSLATION_PROGRESS, { skip: account?.role !== 'ADMIN' });
  const strings = useQuery(TRANSLATION_STRINGS, {
    variables: { input: { language, search: search || null, untranslatedOnly, limit } },
    skip: account?.role !== 'ADMIN',
    fetchPolicy: 'cache-and-network',
  });
  const [addLanguage] = useMutation(ADD_LANGUAGE, { refetchQueries: [TRANSLATION_PROGRESS, LANGUAGES] });

  if (account?.role !== 'ADMIN') {
    return <ErrorBox>{t('Only administrators can edit translations.')}</ErrorBox>;
  }
  const languages = progress.data?.translationProgress ?? [];
  return (
    <>
      <PageHeader
        title={t('Translations')}
        subtitle={t('Every text of the panel, in every language. Changes show to everyone within seconds.')}
      />
      <section className="progress-grid" aria-label={t('Completeness')}>
        {languages.map(({ language: l, translated, total }) => {
          const percent = total ? Math.round((translated / total) * 100) : 0;
          return (
            <button
              type="button"
              key={l.code}
              className={`card progress-card${l.code === language ? ' selected' : ''}`}
              onClick={() => setLanguage(l.code)}
            >
              <strong>{l.name}</strong> <span className="muted">{l.code}</span>
              <div
                className="progress-bar"
                role="progressbar"
                aria-valuenow={percent}
                aria-valuemin={0}
                aria-valuemax={100}
              >
                <span style={{ width: `${percent}%` }} />
              </div>
              <span className="muted small">
                {t('{{translated}} of {{total}} strings translated', {
                  translated: number(translated),
                  total: number(total),
                })}
              </span>
            </button>
          );
        })}
        <div className="card progress-card">
          <strong>{t('Add a language')}</strong>
          <SchemaForm
            compact
            schema={z.object({
              code: z.string().check(z.trim(), z.minLength(2, msg('Use a language code such as de or pt-br.'))),
              name: z.string().check(z.trim(), z.minLength(1, msg('Enter the language’s name.'))),
            })}
            fields={[
              { name: 'code', label: t('Code'), placeholder: 'de' },
              { name: 'name', label: t('Name in the language itself'), placeholder: 'Deutsch' },
            ]}
            submitLabel={t('Add language')}
            resetOnSuccess
            onSubmit={async (values) => {
              const { data } = await addLanguage({ variables: values });
              if (data) setLanguage(data.addLanguage.code);
            }}
          />
        </div>
      </section>

      <div className="toolbar">
        <label className="inline-field">
          <span>{t('Search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('English or translated text')}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={untranslatedOnly} onChange={(e) => setUntranslatedOnly(e.target.checked)} />
          {t('Untranslated only')}
        </label>
        {strings.data && (
          <span className="muted">{t('{{count}} strings', { count: strings.data.translationStrings.total })}</span>
        )}
      </div>

      {strings.loading && !strings.data ? (
        <Spinner />
      ) : strings.error && !strings.data ? (
        <ErrorBox onRetry={() => void strings.refetch()}>{serverErrors(strings.error)[0]?.message}</ErrorBox>
      ) : strings.data?.translationStrings.items.length === 0 ? (
        <EmptyState title={t('Nothing to translate here')}>{t('No string matches the search.')}</EmptyState>
      ) : (
        <div className="string-list">
          {strings.data?.translationStrings.items.map((item) => (
            <StringEditor key={`${language}:${item.id}`} item={item} language={language} />
          ))}
          {strings.data && strings.data.translationStrings.total > strings.data.translationStrings.items.length && (
            <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
              {t('Show more')}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function StringEditor({ item, language }: { item: Item; language: string }) {
  const { t, i18n } = useTranslation();
  const [saveTranslation] = useMutation(SAVE_TRANSLATION, { refetchQueries: [TRANSLATION_PROGRESS] });
  const forms = (item.pluralForms ?? {}) as Record<string, string>;
  const categories = item.isPlural ? item.pluralCategories : ['text'];
  const schema = z.object(
    Object.fromEntries(
      categories.map((c) => [c, z.string().check(z.trim(), z.minLength(1, msg('Enter the translation.')))]),
    ),
  );
  const defaults = Object.fromEntries(
    categories.map((c) => [c, item.isPlural ? (forms[c] ?? '') : (item.translation ?? '')]),
  );
  return (
    <article className="card string-card" aria-label={item.text}>
      <div className="string-source">
        <p lang="en">{item.text}</p>
        <p className="muted small">
          {item.context && <span className="badge muted">{item.context}</span>}{' '}
          {t('Seen in {{place}}', { place: item.seenIn || '—' })} ·{' '}
          {new Date(item.lastSeenAt).toLocaleDateString(i18n.language)}{' '}
          {item.translation === null && <span className="badge warn">{t('untranslated')}</span>}
        </p>
      </div>
      <SchemaForm
        schema={schema}
        defaultValues={defaults}
        fields={categories.map((c) => ({
          name: c,
          label: item.isPlural ? t('Form “{{category}}”', { category: c }) : t('Translation'),
          type: 'textarea' as const,
        }))}
        submitLabel={t('Save')}
        success={t('Saved.')}
        preview={
          item.isPlural
            ? (values: Record<string, string>) => (
                <p className="muted small plural-preview">
                  {t('Preview')}:{' '}
                  {SAMPLE_COUNTS.map((n) => {
                    const category = new Intl.PluralRules(language).select(n);
                    return (values[category] || values.other || '').replace(/\{\{\s*count\s*\}\}/g, String(n));
                  }).join(' · ')}
                </p>
              )
            : undefined
        }
        onSubmit={async (values: Record<string, string>) => {
          await saveTranslation({
            variables: {
              input: item.isPlural
                ? {
                    sourceId: item.id,
                    language,
                    text: values.other ?? Object.values(values)[0] ?? '',
                    pluralForms: values,
                  }
                : { sourceId: item.id, language, text: values.text ?? '' },
            },
          });
        }}
      />
    </article>
  );
}

import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { useLangPath } from '../../app/LanguageRoute';
import { SchemaForm } from '../../components/form/SchemaForm';
import { PageHeader } from '../../components/ui';
import { CREATE_SITE, SITES } from './site-documents';

/** The browser checks only the obvious; the API's domain rules give the precise message. */
const schema = z.object({
  domain: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, msg('Enter a domain name, such as example.com.')),
      z.maxLength(253, msg('A domain name can be at most 253 characters long.')),
    ),
  aliases: z
    .pipe(
      z.optional(z.string()),
      z.transform((text) =>
        (text ?? '')
          .split(/[\s,]+/)
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    )
    .check(z.refine((names) => names.length <= 20, msg('A site can have at most 20 aliases.'))),
});

export default function AddSitePage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const navigate = useNavigate();
  const [createSite] = useMutation(CREATE_SITE, { refetchQueries: [SITES], awaitRefetchQueries: true });
  return (
    <>
      <PageHeader
        title={t('Add a site')}
        subtitle={t('You can host as many sites as you like; each is billed by what it uses.')}
      />
      <section className="card narrow">
        <SchemaForm
          schema={schema}
          fields={[
            {
              name: 'domain',
              label: t('Domain'),
              placeholder: 'example.com',
              autoFocus: true,
              hint: t('International names such as bücher.example work too.'),
            },
            {
              name: 'aliases',
              label: t('Aliases (optional)'),
              type: 'textarea',
              placeholder: 'www.example.com',
              hint: t('Other names for the same site, one per line; up to 20.'),
            },
          ]}
          submitLabel={t('Add site')}
          pendingLabel={t('Adding…')}
          onSubmit={async ({ domain, aliases }) => {
            const { data } = await createSite({ variables: { input: { domain, aliases } } });
            if (data) await navigate(to(`/sites/${data.createSite.id}`));
          }}
          footer={
            <Link className="button ghost" to={to('/sites')}>
              {t('Cancel')}
            </Link>
          }
        />
      </section>
    </>
  );
}

import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { useLanguages } from '../../app/languages';
import { SchemaForm } from '../../components/form/SchemaForm';
import { PageHeader } from '../../components/ui';
import { graphql } from '../../gql';
import { useMe } from './session';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const UPDATE_ACCOUNT = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      id
      language
    }
  }
`);

const passwordSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, msg('Enter your current password.'))),
    newPassword: z.string().check(z.minLength(10, msg('Use at least 10 characters for the password.'))),
    confirmPassword: z.string(),
  })
  .check(
    z.refine((v) => v.newPassword === v.confirmPassword, {
      path: ['confirmPassword'],
      message: msg('The passwords do not match.'),
    }),
  );

const languageSchema = z.object({ language: z.string().check(z.minLength(2)) });

export default function SettingsPage() {
  const { t } = useTranslation();
  const { account } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [changePassword] = useMutation(CHANGE_PASSWORD);
  const [updateAccount] = useMutation(UPDATE_ACCOUNT);
  const languages = useLanguages();
  if (!account) return null;
  return (
    <>
      <PageHeader title={t('Settings')} subtitle={account.email} />
      <div className="settings-grid">
        <section className="card">
          <h2>{t('Account')}</h2>
          <dl className="facts">
            <dt>{t('E-mail')}</dt>
            <dd>
              {account.email}{' '}
              {account.emailVerifiedAt ? (
                <span className="badge ok">{t('confirmed')}</span>
              ) : (
                <span className="badge warn">{t('not confirmed')}</span>
              )}
            </dd>
            <dt>{t('System user')}</dt>
            <dd>
              <code>{account.systemName}</code>
            </dd>
          </dl>
        </section>
        <section className="card">
          <h2>{t('Language')}</h2>
          <p className="muted">{t('The language of the panel and of the e-mails we send you.')}</p>
          <SchemaForm
            schema={languageSchema}
            defaultValues={{ language: account.language }}
            fields={[
              {
                name: 'language',
                label: t('Language'),
                type: 'select',
                options: languages.map(({ code, name }) => ({ value: code, label: name })),
              },
            ]}
            submitLabel={t('Save language')}
            onSubmit={async ({ language }) => {
              await updateAccount({ variables: { input: { language } } });
              await navigate(pathname.replace(/^\/[^/]+/, `/${language}`), { replace: true });
            }}
            success={t('Saved.')}
          />
        </section>
        <section className="card">
          <h2>{t('Password')}</h2>
          <p className="muted">{t('Changing the password logs you out everywhere else.')}</p>
          <SchemaForm
            schema={passwordSchema}
            fields={[
              {
                name: 'currentPassword',
                label: t('Current password'),
                type: 'password',
                autoComplete: 'current-password',
              },
              {
                name: 'newPassword',
                label: t('New password'),
                type: 'password',
                autoComplete: 'new-password',
                hint: t('At least 10 characters.'),
              },
              {
                name: 'confirmPassword',
                label: t('Repeat the new password'),
                type: 'password',
                autoComplete: 'new-password',
              },
            ]}
            submitLabel={t('Change password')}
            onSubmit={async ({ currentPassword, newPassword }) => {
              await changePassword({ variables: { input: { currentPassword, newPassword } } });
            }}
            resetOnSuccess
            success={t('Your password has been changed.')}
          />
        </section>
      </div>
    </>
  );
}

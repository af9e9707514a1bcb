import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { useLangPath } from '../../app/LanguageRoute';
import { SchemaForm } from '../../components/form/SchemaForm';
import { graphql } from '../../gql';
import { AuthLayout } from './AuthLayout';
import { useEnterPanel } from './session';

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      account {
        ...SessionAccount
      }
    }
  }
`);

const schema = z
  .object({
    newPassword: z.string().check(z.minLength(10, msg('Use at least 10 characters for the password.'))),
    confirmPassword: z.string(),
    token: z.string(),
  })
  .check(
    z.refine((v) => v.newPassword === v.confirmPassword, {
      path: ['confirmPassword'],
      message: msg('The passwords do not match.'),
    }),
  );

/** The link carries the token in the fragment (`#token=`), which browsers never send to a server. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const token = tokenFromHash(useLocation().hash);
  const [resetPassword] = useMutation(RESET_PASSWORD);
  const enterPanel = useEnterPanel();
  return (
    <AuthLayout title={t('Choose a new password')}>
      {!token ? (
        <div className="error-box" role="alert">
          {t('This reset link is incomplete. Open the link from the e-mail again, or ask for a new one.')}
        </div>
      ) : (
        <SchemaForm
          schema={schema}
          defaultValues={{ token }}
          fields={[
            {
              name: 'newPassword',
              label: t('New password'),
              type: 'password',
              autoComplete: 'new-password',
              autoFocus: true,
              hint: t('At least 10 characters.'),
            },
            {
              name: 'confirmPassword',
              label: t('Repeat the password'),
              type: 'password',
              autoComplete: 'new-password',
            },
          ]}
          submitLabel={t('Set new password')}
          onSubmit={async ({ newPassword }) => {
            const { data } = await resetPassword({ variables: { input: { token, newPassword } } });
            if (data) await enterPanel(data.resetPassword.account);
          }}
        />
      )}
      <p className="auth-switch">
        <Link to={to('/forgot-password')}>{t('Ask for a new link')}</Link>
      </p>
    </AuthLayout>
  );
}

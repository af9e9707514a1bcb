import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { useLangPath } from '../../app/LanguageRoute';
import { SchemaForm } from '../../components/form/SchemaForm';
import { graphql } from '../../gql';
import { AuthLayout } from './AuthLayout';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const schema = z.object({
  email: z.string().check(z.trim(), z.email(msg('Enter a valid e-mail address, such as name@example.com.'))),
});

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const [requestReset] = useMutation(REQUEST_RESET);
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <AuthLayout title={t('Forgot your password?')} subtitle={t('We will e-mail you a link to choose a new one.')}>
      {sentTo ? (
        <div className="success-box" role="status">
          {t('If {{email}} has an Elasticweb account, a reset link is on its way. The link works for one hour.', {
            email: sentTo,
          })}
        </div>
      ) : (
        <SchemaForm
          schema={schema}
          fields={[{ name: 'email', label: t('E-mail'), type: 'email', autoComplete: 'email', autoFocus: true }]}
          submitLabel={t('Send reset link')}
          onSubmit={async ({ email }) => {
            await requestReset({ variables: { email } });
            setSentTo(email);
          }}
        />
      )}
      <p className="auth-switch">
        <Link to={to('/login')}>{t('Back to log in')}</Link>
      </p>
    </AuthLayout>
  );
}

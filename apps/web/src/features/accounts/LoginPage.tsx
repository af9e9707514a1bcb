import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { useLangPath } from '../../app/LanguageRoute';
import { SchemaForm } from '../../components/form/SchemaForm';
import { graphql } from '../../gql';
import { AuthLayout } from './AuthLayout';
import { useEnterPanel } from './session';

const LOG_IN = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      account {
        ...SessionAccount
      }
    }
  }
`);

const schema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, msg('Enter your e-mail address.'))),
  password: z.string().check(z.minLength(1, msg('Enter your password.'))),
});

export default function LoginPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const [logIn] = useMutation(LOG_IN);
  const enterPanel = useEnterPanel();
  return (
    <AuthLayout title={t('Log in to Elasticweb')}>
      <SchemaForm
        schema={schema}
        fields={[
          { name: 'email', label: t('E-mail'), type: 'email', autoComplete: 'email', autoFocus: true },
          { name: 'password', label: t('Password'), type: 'password', autoComplete: 'current-password' },
        ]}
        submitLabel={t('Log in')}
        pendingLabel={t('Logging in…')}
        onSubmit={async (values) => {
          const { data } = await logIn({ variables: values });
          if (data) await enterPanel(data.logIn.account);
        }}
        footer={<Link to={to('/forgot-password')}>{t('Forgot your password?')}</Link>}
      />
      <p className="auth-switch">
        {t('New to Elasticweb?')} <Link to={to('/signup')}>{t('Create an account')}</Link>
      </p>
    </AuthLayout>
  );
}

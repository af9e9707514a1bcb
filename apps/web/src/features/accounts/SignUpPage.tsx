import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { useLangPath } from '../../app/LanguageRoute';
import { SchemaForm } from '../../components/form/SchemaForm';
import { graphql } from '../../gql';
import { AuthLayout } from './AuthLayout';
import { useEnterPanel } from './session';

const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      account {
        ...SessionAccount
      }
    }
  }
`);

const schema = z
  .object({
    email: z.string().check(z.trim(), z.email(msg('Enter a valid e-mail address, such as name@example.com.'))),
    password: z
      .string()
      .check(
        z.minLength(10, msg('Use at least 10 characters for the password.')),
        z.maxLength(256, msg('A password can be at most 256 characters long.')),
      ),
    confirmPassword: z.string(),
  })
  .check(
    z.refine((v) => v.password === v.confirmPassword, {
      path: ['confirmPassword'],
      message: msg('The passwords do not match.'),
    }),
  );

export default function SignUpPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const { lang } = useParams();
  const [params] = useSearchParams();
  const [signUp] = useMutation(SIGN_UP);
  const enterPanel = useEnterPanel();
  return (
    <AuthLayout
      title={t('Create your Elasticweb account')}
      subtitle={t('No plans and no contracts: top up a balance and pay only for the resources your sites use.')}
    >
      <SchemaForm
        schema={schema}
        fields={[
          { name: 'email', label: t('E-mail'), type: 'email', autoComplete: 'email', autoFocus: true },
          {
            name: 'password',
            label: t('Password'),
            type: 'password',
            autoComplete: 'new-password',
            hint: t('At least 10 characters.'),
          },
          { name: 'confirmPassword', label: t('Repeat the password'), type: 'password', autoComplete: 'new-password' },
        ]}
        submitLabel={t('Create account')}
        pendingLabel={t('Creating your account…')}
        onSubmit={async ({ email, password }) => {
          const referralCode = params.get('ref');
          const { data } = await signUp({ variables: { input: { email, password, language: lang, referralCode } } });
          if (data) await enterPanel(data.signUp.account);
        }}
      />
      <p className="auth-switch">
        {t('Already have an account?')} <Link to={to('/login')}>{t('Log in')}</Link>
      </p>
    </AuthLayout>
  );
}

import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { serverErrors } from '../../app/apollo';
import { useLangPath } from '../../app/LanguageRoute';
import { Spinner } from '../../components/ui';
import { graphql } from '../../gql';
import { AuthLayout } from './AuthLayout';
import { tokenFromHash } from './ResetPasswordPage';

const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      emailVerifiedAt
    }
  }
`);

export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const token = tokenFromHash(useLocation().hash);
  const [verify, { data, error, called }] = useMutation(VERIFY_EMAIL);
  const started = useRef(false);
  useEffect(() => {
    if (token && !started.current) {
      started.current = true;
      void verify({ variables: { token } }).catch(() => undefined);
    }
  }, [token, verify]);
  return (
    <AuthLayout title={t('Confirm your e-mail address')}>
      {data ? (
        <div className="success-box" role="status">
          {t('Thank you: your e-mail address is confirmed.')}
        </div>
      ) : error || !token ? (
        <div className="error-box" role="alert">
          {token
            ? serverErrors(error)[0]?.message
            : t('This confirmation link is incomplete. Open the link from the e-mail again.')}
        </div>
      ) : (
        called && <Spinner label={t('Confirming…')} />
      )}
      <p className="auth-switch">
        <Link to={to('/sites')}>{t('Go to your sites')}</Link>
      </p>
    </AuthLayout>
  );
}

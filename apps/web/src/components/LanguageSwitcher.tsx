import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useLanguages } from '../app/languages';
import { ME } from '../features/accounts/session';
import { graphql } from '../gql';

const SET_LANGUAGE = graphql(`
  mutation SetAccountLanguage($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      id
      language
    }
  }
`);

/**
 * Links to the same page in the other languages (the language is the URL's first
 * segment, so the page and its state stay); a logged-in account keeps the choice.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { lang } = useParams();
  const { pathname, search, hash } = useLocation();
  const languages = useLanguages();
  const client = useApolloClient();
  const [setLanguage] = useMutation(SET_LANGUAGE);
  const rest = pathname.replace(/^\/[^/]+/, '');
  const isLoggedIn = Boolean(client.readQuery({ query: ME })?.me);
  return (
    <nav className="language-switcher" aria-label={t('Language')}>
      {languages.map(({ code, name }) =>
        code === lang ? (
          <span key={code} aria-current="true" lang={code}>
            {name}
          </span>
        ) : (
          <Link
            key={code}
            to={`/${code}${rest}${search}${hash}`}
            hrefLang={code}
            lang={code}
            onClick={() => {
              if (isLoggedIn) void setLanguage({ variables: { input: { language: code } } }).catch(() => undefined);
            }}
          >
            {name}
          </Link>
        ),
      )}
    </nav>
  );
}

import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import i18next from 'i18next';

/**
 * The SPA authenticates with the httpOnly session cookie the API sets at log-in;
 * Apollo posts JSON, which Apollo Server's CSRF prevention accepts.
 */
export const apolloClient = new ApolloClient({
  link: new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API answers in the language of the page, which may differ from the account's or the browser's.
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init?.headers, 'x-panel-language': i18next.language } }),
  }),
  cache: new InMemoryCache(),
});

export interface ServerError {
  message: string;
  code?: string;
  field?: string;
}

/** The errors of a failed operation, as the API gave them (already in the user's language). */
export function serverErrors(error: unknown): ServerError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      message: e.message,
      code: e.extensions?.code as string | undefined,
      field: e.extensions?.field as string | undefined,
    }));
  }
  return [
    {
      message: i18next.t('The panel could not reach the server. Check your connection and try again.'),
      code: 'NETWORK',
    },
  ];
}

export function isUnauthenticated(error: unknown): boolean {
  return serverErrors(error).some((e) => e.code === 'UNAUTHENTICATED');
}

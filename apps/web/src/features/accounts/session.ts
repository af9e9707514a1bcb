import { useApolloClient, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { isUnauthenticated } from '../../app/apollo';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';

/** What the panel keeps of the logged-in account; every log-in path asks for the same. */
export const SESSION_ACCOUNT = graphql(`
  fragment SessionAccount on Account {
    id
    email
    role
    language
    systemName
    emailVerifiedAt
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...SessionAccount
    }
  }
`);

export type Me = MeQuery['me'];

/** The logged-in account: `account` is null when nobody is logged in. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(ME, { fetchPolicy: 'cache-first' });
  const anonymous = error !== undefined && isUnauthenticated(error);
  return {
    account: data?.me ?? null,
    loading,
    anonymous,
    error: anonymous ? undefined : error,
    refetch,
  };
}

/** After log-in or sign-up: remember who it is and go where the user was heading. */
export function useEnterPanel() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return async (account: Me) => {
    await client.clearStore();
    client.writeQuery({ query: ME, data: { me: account } });
    const next = params.get('next');
    // Only paths inside the panel: an open redirect would help phishing.
    const target =
      next && /^\/(en|ru)\/[\w/-]*$/.test(next)
        ? next.replace(/^\/(en|ru)/, `/${account.language}`)
        : `/${account.language}/sites`;
    await navigate(target, { replace: true });
  };
}

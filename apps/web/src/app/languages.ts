import { useQuery } from '@apollo/client/react';
import { BUILT_IN_LANGUAGES } from './i18n';
import { graphql } from '../gql';

export const LANGUAGES = graphql(`
  query Languages {
    languages {
      code
      name
    }
  }
`);

/** The languages the panel is offered in, from the server; the built-in two until it answers. */
export function useLanguages(): Array<{ code: string; name: string }> {
  const { data } = useQuery(LANGUAGES, { fetchPolicy: 'cache-first' });
  return data?.languages ?? [...BUILT_IN_LANGUAGES];
}

import { graphql } from '../../gql';

export const TRANSLATION_PROGRESS = graphql(`
  query TranslationProgress {
    translationProgress {
      translated
      total
      language {
        code
        name
      }
    }
  }
`);

export const TRANSLATION_STRINGS = graphql(`
  query TranslationStrings($input: TranslationStringsInput!) {
    translationStrings(input: $input) {
      total
      items {
        id
        text
        context
        seenIn
        lastSeenAt
        isPlural
        pluralCategories
        translation
        pluralForms
        updatedAt
      }
    }
  }
`);

export const SAVE_TRANSLATION = graphql(`
  mutation SaveTranslation($input: SaveTranslationInput!) {
    saveTranslation(input: $input) {
      id
      translation
      pluralForms
      updatedAt
    }
  }
`);

export const ADD_LANGUAGE = graphql(`
  mutation AddLanguage($code: String!, $name: String!) {
    addLanguage(code: $code, name: $name) {
      code
      name
    }
  }
`);

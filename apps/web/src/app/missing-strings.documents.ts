import { graphql } from '../gql';

export const REPORT_MISSING = graphql(`
  mutation ReportMissingTranslations($strings: [MissingStringInput!]!) {
    reportMissingTranslations(strings: $strings)
  }
`);

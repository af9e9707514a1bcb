import { graphql } from '../../gql';

export const USAGE = graphql(`
  query UsageGraphs($input: UsageQuery!) {
    usage(input: $input) {
      metric
      unit
      step
      points {
        t
        v
        max
      }
    }
  }
`);

export const USAGE_BREAKDOWN = graphql(`
  query UsageBreakdown($accountId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {
    usageBreakdown(accountId: $accountId, metric: $metric, from: $from, to: $to) {
      siteId
      domain
      value
    }
  }
`);

export const HEAVIEST_ACCOUNTS = graphql(`
  query HeaviestAccounts($hostId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {
    heaviestAccounts(hostId: $hostId, metric: $metric, from: $from, to: $to) {
      siteId
      domain
      value
    }
  }
`);

import { graphql } from '../../gql';

export const ALERTS = graphql(`
  query Alerts($status: AlertStatus) {
    alerts(status: $status) {
      id
      kind
      status
      hostName
      siteDomain
      accountEmail
      commandType
      commandId
      message
      createdAt
      resolvedAt
    }
  }
`);

export const RETRY_ALERT = graphql(`
  mutation RetryAlert($id: ID!) {
    retryAlert(id: $id) {
      id
      status
    }
  }
`);

export const DISMISS_ALERT = graphql(`
  mutation DismissAlert($id: ID!) {
    dismissAlert(id: $id) {
      id
      status
    }
  }
`);

export const ADMIN_SITES = graphql(`
  query AdminSites($search: String) {
    adminSites(search: $search, limit: 100) {
      id
      domain
      status
      isBlocked
      ownerEmail
      createdAt
      operation {
        type
        status
        attempt
      }
    }
  }
`);

export const BLOCK_SITE = graphql(`
  mutation BlockSite($id: ID!) {
    blockSite(id: $id) {
      id
      isBlocked
      status
    }
  }
`);

export const UNBLOCK_SITE = graphql(`
  mutation UnblockSite($id: ID!) {
    unblockSite(id: $id) {
      id
      isBlocked
      status
    }
  }
`);

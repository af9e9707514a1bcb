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

import { graphql } from '../../gql';

export const PARTNER_PROFILE = graphql(`
  query PartnerProfile {
    partnerProfile {
      code
      link
      shareBasisPoints
      pending {
        amount
      }
      available {
        amount
      }
      requested {
        amount
      }
      paid {
        amount
      }
      payoutMinimum {
        amount
      }
      payouts {
        id
        amount {
          amount
        }
        status
        requestedAt
        decidedAt
      }
    }
  }
`);

export const REFERRAL_STATS = graphql(`
  query ReferralFigures($from: DateTime!, $to: DateTime!, $groupBy: Period) {
    referralStats(from: $from, to: $to, groupBy: $groupBy) {
      totals {
        clicks
        signups
        payingCustomers
        referredPayments {
          amount
        }
        commissionPending {
          amount
        }
        commissionAvailable {
          amount
        }
        commissionPaid {
          amount
        }
        commissionReversed {
          amount
        }
      }
      periods {
        start
        figures {
          clicks
          signups
          payingCustomers
          commissionPending {
            amount
          }
          commissionAvailable {
            amount
          }
        }
      }
    }
  }
`);

export const BECOME_PARTNER = graphql(`
  mutation BecomePartner {
    becomePartner {
      code
    }
  }
`);

export const REQUEST_PAYOUT = graphql(`
  mutation RequestPayout($amount: String!) {
    requestPayout(amount: $amount) {
      id
      status
    }
  }
`);

export const PARTNER_TOKENS = graphql(`
  query PartnerTokens {
    partnerTokens {
      id
      name
      createdAt
    }
  }
`);

export const CREATE_PARTNER_TOKEN = graphql(`
  mutation CreatePartnerToken($name: String!) {
    createPartnerToken(name: $name) {
      secret
      token {
        id
        name
      }
    }
  }
`);

export const REVOKE_PARTNER_TOKEN = graphql(`
  mutation RevokePartnerToken($id: ID!) {
    revokePartnerToken(id: $id)
  }
`);

export const PAYOUT_REQUESTS = graphql(`
  query PayoutRequests {
    payoutRequests {
      id
      partnerEmail
      amount {
        amount
      }
      status
      requestedAt
      decidedAt
    }
  }
`);

export const DECIDE_PAYOUT = graphql(`
  mutation DecidePayout($id: ID!, $paid: Boolean!) {
    decidePayout(id: $id, paid: $paid) {
      id
      status
    }
  }
`);

import { graphql } from '../../gql';

/** The six prices of a list, as the calculator and the administrators' page show them. */
export const PRICE_FIGURES = graphql(`
  fragment PriceFigures on Prices {
    cpuSecond
    memoryGbHour
    diskGbDay
    trafficGb
    millionIoOperations
    mysqlBusyHour
  }
`);

export const WALLET = graphql(`
  query Wallet($first: Int!, $after: String, $kind: String, $days: Int!) {
    wallet {
      testPayments
      balance {
        amount
        currency
      }
      spent24h {
        amount
      }
      spent30d {
        amount
      }
      spentThisMonth {
        amount
      }
      runwayDays
      isLow
      negativeSince
      blockAt
      sitesBlocked
      monthlyLimit {
        amount
      }
      limitBlocks
      spendingAlerts {
        amount
      }
      spending(days: $days) {
        day
        total {
          amount
        }
        resources {
          resource
          amount {
            amount
          }
        }
        sites {
          siteId
          domain
          amount {
            amount
          }
        }
      }
      entries(first: $first, after: $after, kind: $kind) {
        items {
          id
          kind
          hour
          amount {
            amount
          }
          createdAt
        }
        nextCursor
      }
    }
  }
`);

/** The little the banner on every page needs. */
export const BALANCE_STATE = graphql(`
  query BalanceState {
    sites {
      id
    }
    wallet {
      balance {
        amount
      }
      isLow
      blockAt
      sitesBlocked
    }
  }
`);

export const TOP_UP = graphql(`
  mutation TopUp($amount: String!, $idempotencyKey: String) {
    topUp(amount: $amount, idempotencyKey: $idempotencyKey) {
      id
      status
      checkoutUrl
    }
  }
`);

export const SET_SPENDING_LIMITS = graphql(`
  mutation SetSpendingLimits($input: SpendingLimitsInput!) {
    setSpendingLimits(input: $input) {
      monthlyLimit {
        amount
      }
      limitBlocks
      sitesBlocked
      spendingAlerts {
        amount
      }
    }
  }
`);

export const ESTIMATE_COST = graphql(`
  query EstimateCost($input: CostEstimateInput!) {
    estimateCost(input: $input) {
      monthly {
        amount
        currency
      }
      breakdown {
        resource
        amount {
          amount
        }
      }
      prices {
        ...PriceFigures
      }
    }
  }
`);

export const PRICE_LISTS = graphql(`
  query PriceLists {
    priceLists {
      validFrom
      validUntil
      isCurrent
      prices {
        ...PriceFigures
      }
    }
  }
`);

export const SCHEDULE_PRICES = graphql(`
  mutation SchedulePrices($input: PriceListInput!) {
    schedulePrices(input: $input) {
      validFrom
    }
  }
`);

export const PAYMENTS = graphql(`
  query AdminPayments {
    payments {
      id
      accountId
      customerEmail
      provider
      status
      amount {
        amount
      }
      refunded {
        amount
      }
      createdAt
    }
  }
`);

export const REFUND_PAYMENT = graphql(`
  mutation RefundPayment($paymentId: ID!, $amount: String) {
    refundPayment(paymentId: $paymentId, amount: $amount) {
      id
      refunded {
        amount
      }
    }
  }
`);

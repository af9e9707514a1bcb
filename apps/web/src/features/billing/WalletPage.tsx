import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { EmptyState, PageHeader, QueryView } from '../../components/ui';
import { graphql } from '../../gql';

const WALLET = graphql(`
  query Wallet {
    wallet {
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
      runwayDays
      negativeSince
      entries {
        id
        kind
        amount {
          amount
        }
        createdAt
      }
    }
  }
`);

const TOP_UP = graphql(`
  mutation TopUp($amount: String!, $idempotencyKey: String) {
    topUp(amount: $amount, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const schema = z.object({
  amount: z
    .string()
    .check(z.trim(), z.regex(/^\d{1,4}(?:[.,]\d{1,2})?$/, msg('Enter an amount in euros, such as 20 or 20.50.'))),
});

/** Amounts arrive as decimal strings; shown in the reader's format, to the cent. */
function useMoney() {
  const { i18n } = useTranslation();
  return (amount: string, currency = 'EUR') =>
    new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    }).format(Number(amount));
}

/** The wallet: balance, what the sites cost lately, how long the money lasts, top-ups and history. */
export default function WalletPage() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const { data, loading, error, refetch } = useQuery(WALLET, { fetchPolicy: 'cache-and-network' });
  const [topUp] = useMutation(TOP_UP, { refetchQueries: [WALLET], awaitRefetchQueries: true });
  const wallet = data?.wallet;
  const kinds: Record<string, string> = {
    top_up: t('Top-up'),
    usage: t('Usage charge'),
    refund: t('Refund'),
    adjustment: t('Adjustment'),
  };
  return (
    <>
      <PageHeader
        title={t('Wallet')}
        subtitle={t('A prepaid balance: you pay each hour for what your sites used, nothing else.')}
      />
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={false}
        empty={null}
        onRetry={() => void refetch()}
      >
        {wallet && (
          <>
            <section className="wallet-figures">
              <div className={`card figure${Number(wallet.balance.amount) < 0 ? ' negative' : ''}`}>
                <span className="muted small">{t('Balance')}</span>
                <strong className="big-number" data-testid="balance">
                  {money(wallet.balance.amount, wallet.balance.currency)}
                </strong>
                <span className="muted small">
                  {wallet.runwayDays !== null
                    ? t('about {{count}} days at your current usage', { count: Math.floor(wallet.runwayDays) })
                    : t('Nothing spent in the last 30 days')}
                </span>
              </div>
              <div className="card figure">
                <span className="muted small">{t('Last 24 hours')}</span>
                <strong className="big-number">{money(wallet.spent24h.amount)}</strong>
              </div>
              <div className="card figure">
                <span className="muted small">{t('Last 30 days')}</span>
                <strong className="big-number">{money(wallet.spent30d.amount)}</strong>
              </div>
            </section>
            <section className="card narrow">
              <h2>{t('Top up')}</h2>
              <SchemaForm
                schema={schema}
                compact
                fields={[
                  {
                    name: 'amount',
                    label: t('Amount in EUR'),
                    placeholder: '20',
                    hint: t('From 5 to 1,000 EUR at a time.'),
                  },
                ]}
                submitLabel={t('Top up')}
                pendingLabel={t('Paying…')}
                resetOnSuccess
                success={t('Thank you: the money is in your wallet.')}
                onSubmit={async ({ amount }) => {
                  await topUp({ variables: { amount: amount.replace(',', '.'), idempotencyKey: crypto.randomUUID() } });
                }}
              />
            </section>
            <section className="card">
              <h2>{t('History')}</h2>
              {wallet.entries.length === 0 ? (
                <EmptyState title={t('No entries yet')}>{t('Top-ups and hourly charges appear here.')}</EmptyState>
              ) : (
                <table className="table" aria-label={t('History')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('When')}</th>
                      <th scope="col">{t('What')}</th>
                      <th scope="col">{t('Amount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {wallet.entries.map((entry) => (
                      <tr key={entry.id}>
                        <td className="small">{new Date(entry.createdAt).toLocaleString(i18n.language)}</td>
                        <td>{kinds[entry.kind] ?? entry.kind}</td>
                        <td className={Number(entry.amount.amount) < 0 ? 'amount-out' : 'amount-in'}>
                          {money(entry.amount.amount)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}

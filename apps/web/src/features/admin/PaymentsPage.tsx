import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrors } from '../../app/apollo';
import { EmptyState, ErrorBox, PageHeader, QueryView } from '../../components/ui';
import { useMe } from '../accounts/session';
import { PAYMENTS, REFUND_PAYMENT } from '../billing/billing-documents';
import { useMoney } from '../billing/money';
import { DECIDE_PAYOUT, PAYOUT_REQUESTS } from '../referrals/referral-documents';

/** Administrators: partners' payout requests to confirm or reject, and the latest payments to refund. */
export default function PaymentsPage() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const { account } = useMe();
  const isAdmin = account?.role === 'ADMIN';
  const payouts = useQuery(PAYOUT_REQUESTS, { skip: !isAdmin, fetchPolicy: 'cache-and-network' });
  const payments = useQuery(PAYMENTS, { skip: !isAdmin, fetchPolicy: 'cache-and-network' });
  const [decide, deciding] = useMutation(DECIDE_PAYOUT, { refetchQueries: [PAYOUT_REQUESTS] });
  const [refund, refunding] = useMutation(REFUND_PAYMENT, { refetchQueries: [PAYMENTS] });
  const [problem, setProblem] = useState<string | null>(null);
  if (!isAdmin) return <ErrorBox>{t('Only administrators can see payments.')}</ErrorBox>;
  const act = (work: Promise<unknown>) => {
    setProblem(null);
    work.catch((error: unknown) => setProblem(serverErrors(error)[0]?.message ?? t('Something went wrong.')));
  };
  const date = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <PageHeader title={t('Payments and payouts')} />
      {problem && <ErrorBox>{problem}</ErrorBox>}
      <section className="card">
        <h2>{t('Payout requests')}</h2>
        <QueryView
          loading={payouts.loading}
          error={payouts.error}
          hasData={Boolean(payouts.data)}
          isEmpty={payouts.data?.payoutRequests.length === 0}
          empty={
            <EmptyState title={t('No payout requests')}>
              {t('Partners’ requests appear here for you to confirm.')}
            </EmptyState>
          }
          onRetry={() => void payouts.refetch()}
        >
          <table className="table" aria-label={t('Payout requests')}>
            <thead>
              <tr>
                <th scope="col">{t('Partner')}</th>
                <th scope="col">{t('Amount')}</th>
                <th scope="col">{t('Requested')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {payouts.data?.payoutRequests.map((p) => (
                <tr key={p.id}>
                  <td>{p.partnerEmail}</td>
                  <td>{money(p.amount.amount)}</td>
                  <td className="small">{date(p.requestedAt)}</td>
                  <td>{p.status === 'requested' ? t('Requested') : p.status === 'paid' ? t('Paid') : t('Rejected')}</td>
                  <td>
                    {p.status === 'requested' && (
                      <span className="banner-actions">
                        <button
                          type="button"
                          className="button small primary"
                          disabled={deciding.loading}
                          onClick={() => act(decide({ variables: { id: p.id, paid: true } }))}
                        >
                          {t('Mark as paid')}
                        </button>
                        <button
                          type="button"
                          className="button small"
                          disabled={deciding.loading}
                          onClick={() => act(decide({ variables: { id: p.id, paid: false } }))}
                        >
                          {t('Reject')}
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </QueryView>
      </section>
      <section className="card">
        <h2>{t('Latest payments')}</h2>
        <QueryView
          loading={payments.loading}
          error={payments.error}
          hasData={Boolean(payments.data)}
          isEmpty={payments.data?.payments.length === 0}
          empty={<EmptyState title={t('No payments yet')}>{t('Top-ups appear here.')}</EmptyState>}
          onRetry={() => void payments.refetch()}
        >
          <table className="table" aria-label={t('Latest payments')}>
            <thead>
              <tr>
                <th scope="col">{t('When')}</th>
                <th scope="col">{t('Customer')}</th>
                <th scope="col">{t('Amount')}</th>
                <th scope="col">{t('Refunded')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {payments.data?.payments.map((p) => (
                <tr key={p.id}>
                  <td className="small">{date(p.createdAt)}</td>
                  <td>{p.customerEmail}</td>
                  <td>{money(p.amount.amount)}</td>
                  <td>{money(p.refunded.amount)}</td>
                  <td>
                    {p.status === 'succeeded'
                      ? t('Paid')
                      : p.status === 'pending'
                        ? t('Waiting for the provider')
                        : t('Failed')}
                  </td>
                  <td>
                    {p.status === 'succeeded' && Number(p.refunded.amount) < Number(p.amount.amount) && (
                      <button
                        type="button"
                        className="button small"
                        disabled={refunding.loading}
                        onClick={() => act(refund({ variables: { paymentId: p.id } }))}
                      >
                        {t('Refund the rest')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </QueryView>
      </section>
    </>
  );
}

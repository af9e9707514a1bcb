import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { EmptyState, PageHeader, QueryView } from '../../components/ui';
import type { WalletQuery } from '../../gql/graphql';
import { SET_SPENDING_LIMITS, TOP_UP, WALLET, BALANCE_STATE } from './billing-documents';
import { RESOURCE_COLORS, RESOURCE_NAMES, useMoney } from './money';

const PAGE = 20;
const SITE_COLORS = ['#4f46e5', '#0891b2', '#65a30d', '#d97706', '#db2777', '#7c3aed', '#64748b'];
const euros = z
  .string()
  .check(z.trim(), z.regex(/^\d{1,6}(?:[.,]\d{1,2})?$/, msg('Enter an amount in euros, such as 20 or 20.50.')));
const topUpSchema = z.object({ amount: euros });
const limitsSchema = z.object({
  monthlyLimit: z
    .string()
    .check(z.trim(), z.regex(/^(\d{1,6}(?:[.,]\d{1,2})?)?$/, msg('Enter an amount in euros, such as 20 or 20.50.'))),
  limitBlocks: z.boolean(),
  alerts: z
    .string()
    .check(
      z.trim(),
      z.regex(
        /^(\d{1,6}(?:[.,]\d{1,2})?(\s*;\s*\d{1,6}(?:[.,]\d{1,2})?)*)?$/,
        msg('Enter amounts in euros separated by semicolons, such as 10; 25.'),
      ),
    ),
});

type Wallet = WalletQuery['wallet'];

/** The wallet: balance, what the sites cost and on what, limits, top-ups and the history. */
export default function WalletPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const [kind, setKind] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  const variables = { first: PAGE, after: cursors.at(-1) ?? null, kind: kind || null, days: 30 };
  const { data, previousData, loading, error, refetch } = useQuery(WALLET, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const wallet = (data ?? previousData)?.wallet;
  return (
    <>
      <PageHeader
        title={t('Wallet')}
        subtitle={t('A prepaid balance: you pay each hour for what your sites used, nothing else.')}
      />
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(wallet)}
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
                    : Number(wallet.balance.amount) < 0
                      ? t('Top up to keep your sites online')
                      : t('Nothing spent in the last 30 days')}
                </span>
              </div>
              <div className="card figure">
                <span className="muted small">{t('Last 24 hours')}</span>
                <strong className="big-number">{money(wallet.spent24h.amount)}</strong>
              </div>
              <div className="card figure">
                <span className="muted small">{t('This month')}</span>
                <strong className="big-number">{money(wallet.spentThisMonth.amount)}</strong>
                {wallet.monthlyLimit && (
                  <span className="muted small">
                    {t('limit {{limit}}', { limit: money(wallet.monthlyLimit.amount) })}
                  </span>
                )}
              </div>
              <div className="card figure">
                <span className="muted small">{t('Last 30 days')}</span>
                <strong className="big-number">{money(wallet.spent30d.amount)}</strong>
              </div>
            </section>
            <SpendingChart spending={wallet.spending} />
            <div className="two-columns">
              <TopUpCard testPayments={wallet.testPayments} />
              <LimitsCard wallet={wallet} />
            </div>
            <section className="card">
              <div className="card-header">
                <h2>{t('History')}</h2>
                <label className="inline-field">
                  <span className="small muted">{t('Show')}</span>
                  <select
                    value={kind}
                    onChange={(event) => {
                      setKind(event.target.value);
                      setCursors([]);
                    }}
                  >
                    <option value="">{t('Everything')}</option>
                    {Object.entries(KIND_NAMES).map(([value, label]) => (
                      <option key={value} value={value}>
                        {t(label)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <History entries={wallet.entries.items} />
              <div className="pager">
                <button
                  type="button"
                  className="button small"
                  disabled={cursors.length === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('Newer')}
                </button>
                <button
                  type="button"
                  className="button small"
                  disabled={!wallet.entries.nextCursor}
                  onClick={() => setCursors([...cursors, wallet.entries.nextCursor!])}
                >
                  {t('Older')}
                </button>
              </div>
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}

const KIND_NAMES: Record<string, string> = {
  top_up: msg('Top-up'),
  usage: msg('Usage charge'),
  usage_correction: msg('Late usage'),
  refund: msg('Refund'),
  adjustment: msg('Adjustment'),
};

function History({ entries }: { entries: Wallet['entries']['items'] }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  if (entries.length === 0)
    return <EmptyState title={t('No entries yet')}>{t('Top-ups and hourly charges appear here.')}</EmptyState>;
  return (
    <table className="table" aria-label={t('History')}>
      <thead>
        <tr>
          <th scope="col">{t('When')}</th>
          <th scope="col">{t('What')}</th>
          <th scope="col">{t('Amount')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="small">{new Date(entry.createdAt).toLocaleString(i18n.language)}</td>
            <td>
              {t(KIND_NAMES[entry.kind] ?? entry.kind)}
              {entry.hour && (
                <span className="muted small">
                  {' · '}
                  {t('usage of {{hour}}', {
                    hour: new Date(entry.hour).toLocaleString(i18n.language, {
                      dateStyle: 'short',
                      timeStyle: 'short',
                    }),
                  })}
                </span>
              )}
            </td>
            <td className={Number(entry.amount.amount) < 0 ? 'amount-out' : 'amount-in'}>
              {money(entry.amount.amount)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What each day cost, stacked by resource or by site: where the money goes, at a glance. */
function SpendingChart({ spending }: { spending: Wallet['spending'] }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const [by, setBy] = useState<'resource' | 'site'>('resource');
  const siteNames = [...new Set(spending.flatMap((d) => d.sites.map((s) => s.domain ?? t('SSH and scheduled jobs'))))];
  const rows = spending.map((day) => {
    const row: Record<string, number | string> = {
      day: new Date(`${day.day}T00:00:00Z`).toLocaleDateString(i18n.language, {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
    };
    if (by === 'resource') for (const r of day.resources) row[r.resource] = Number(r.amount.amount);
    else for (const s of day.sites) row[s.domain ?? t('SSH and scheduled jobs')] = Number(s.amount.amount);
    return row;
  });
  const keys = by === 'resource' ? Object.keys(RESOURCE_NAMES) : siteNames;
  const total = spending.reduce((sum, d) => sum + Number(d.total.amount), 0);
  return (
    <section className="card">
      <div className="card-header">
        <h2>{t('Spending, last 30 days')}</h2>
        <div className="segmented" role="group" aria-label={t('Group by')}>
          <button
            type="button"
            className={`button small${by === 'resource' ? ' primary' : ''}`}
            onClick={() => setBy('resource')}
          >
            {t('By resource')}
          </button>
          <button
            type="button"
            className={`button small${by === 'site' ? ' primary' : ''}`}
            onClick={() => setBy('site')}
          >
            {t('By site')}
          </button>
        </div>
      </div>
      {total === 0 ? (
        <EmptyState title={t('Nothing charged yet')}>
          {t('Each hour your sites use resources, its cost appears here.')}
        </EmptyState>
      ) : (
        <div className="chart" aria-label={t('Spending, last 30 days')}>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" fontSize={12} />
              <YAxis fontSize={12} width={70} tickFormatter={(v: number) => money(String(v))} />
              <Tooltip formatter={(value) => money(String(value))} />
              <Legend />
              {keys.map((key, i) => (
                <Bar
                  key={key}
                  dataKey={key}
                  stackId="spend"
                  name={by === 'resource' ? t(RESOURCE_NAMES[key]!) : key}
                  fill={by === 'resource' ? RESOURCE_COLORS[key] : SITE_COLORS[i % SITE_COLORS.length]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}

function TopUpCard({ testPayments }: { testPayments: boolean }) {
  const { t } = useTranslation();
  const [topUp] = useMutation(TOP_UP, { refetchQueries: [WALLET, BALANCE_STATE], awaitRefetchQueries: true });
  return (
    <section className="card">
      <h2>{t('Top up')}</h2>
      {testPayments && (
        <p className="notice-box" role="note">
          {t('Test payments: this panel credits top-ups without taking any money. Nothing you pay here is real.')}
        </p>
      )}
      <SchemaForm
        schema={topUpSchema}
        compact
        fields={[
          { name: 'amount', label: t('Amount in EUR'), placeholder: '20', hint: t('From 5 to 1,000 EUR at a time.') },
        ]}
        submitLabel={t('Top up')}
        pendingLabel={t('Paying…')}
        resetOnSuccess
        success={t('Thank you: the money is in your wallet.')}
        onSubmit={async ({ amount }) => {
          const { data } = await topUp({
            variables: { amount: amount.replace(',', '.'), idempotencyKey: crypto.randomUUID() },
          });
          // A real provider's checkout: the money arrives by its webhook once paid there.
          if (data?.topUp.checkoutUrl) window.location.assign(data.topUp.checkoutUrl);
        }}
      />
    </section>
  );
}

function LimitsCard({ wallet }: { wallet: Wallet }) {
  const { t } = useTranslation();
  const [save] = useMutation(SET_SPENDING_LIMITS, {
    refetchQueries: [WALLET, BALANCE_STATE],
    awaitRefetchQueries: true,
  });
  const plain = (amount: string) => String(Number(amount));
  return (
    <section className="card">
      <h2>{t('Spending alerts and limit')}</h2>
      <p className="muted small">{t('So that a runaway script never drains your balance unnoticed.')}</p>
      <SchemaForm
        schema={limitsSchema}
        defaultValues={{
          monthlyLimit: wallet.monthlyLimit ? plain(wallet.monthlyLimit.amount) : '',
          limitBlocks: wallet.limitBlocks,
          alerts: wallet.spendingAlerts.map((a) => plain(a.amount)).join('; '),
        }}
        fields={[
          {
            name: 'alerts',
            label: t('Tell me when this month’s spending reaches (EUR)'),
            placeholder: '10; 25',
            hint: t('Up to five amounts, separated by semicolons.'),
          },
          { name: 'monthlyLimit', label: t('Monthly limit (EUR)'), placeholder: t('no limit') },
          {
            name: 'limitBlocks',
            label: t('Suspend my sites when the limit is reached, until next month'),
            type: 'checkbox',
          },
        ]}
        submitLabel={t('Save')}
        pendingLabel={t('Saving…')}
        success={t('Saved.')}
        onSubmit={async (values) => {
          await save({
            variables: {
              input: {
                monthlyLimit: values.monthlyLimit ? values.monthlyLimit.replace(',', '.') : null,
                limitBlocks: values.limitBlocks,
                alerts: values.alerts
                  .split(';')
                  .map((a) => a.trim().replace(',', '.'))
                  .filter(Boolean),
              },
            },
          });
        }}
      />
    </section>
  );
}

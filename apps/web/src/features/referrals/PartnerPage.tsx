import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { SecretOnce } from '../../components/SecretOnce';
import { EmptyState, PageHeader, QueryView } from '../../components/ui';
import type { PartnerProfileQuery, Period } from '../../gql/graphql';
import { useMoney } from '../billing/money';
import {
  BECOME_PARTNER,
  CREATE_PARTNER_TOKEN,
  PARTNER_PROFILE,
  PARTNER_TOKENS,
  REFERRAL_STATS,
  REQUEST_PAYOUT,
  REVOKE_PARTNER_TOKEN,
} from './referral-documents';

const DAY = 24 * 3600_000;
const payoutSchema = z.object({
  amount: z
    .string()
    .check(z.trim(), z.regex(/^\d{1,6}(?:[.,]\d{1,2})?$/, msg('Enter an amount in euros, such as 20 or 20.50.'))),
});
const tokenSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, msg('Give the token a name of up to 60 characters.')),
      z.maxLength(60, msg('Give the token a name of up to 60 characters.')),
    ),
});
const STATUS: Record<string, string> = { requested: msg('Requested'), paid: msg('Paid'), rejected: msg('Rejected') };

type Profile = NonNullable<PartnerProfileQuery['partnerProfile']>;

/** The partner program: join it, share the link, see what it brings, get paid, and API tokens. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PARTNER_PROFILE, { fetchPolicy: 'cache-and-network' });
  const profile = data?.partnerProfile;
  return (
    <>
      <PageHeader
        title={t('Partner program')}
        subtitle={t('Bring customers to Elasticweb and earn a share of what they pay in their first year.')}
      />
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={!profile}
        empty={<JoinCard />}
        onRetry={() => void refetch()}
      >
        {profile && <Dashboard profile={profile} />}
      </QueryView>
    </>
  );
}

function JoinCard() {
  const { t } = useTranslation();
  const [join, { loading }] = useMutation(BECOME_PARTNER, {
    refetchQueries: [PARTNER_PROFILE],
    awaitRefetchQueries: true,
  });
  const [agreed, setAgreed] = useState(false);
  return (
    <section className="card narrow">
      <h2>{t('Become a partner')}</h2>
      <ul className="plain-list">
        <li>{t('You get a link and a code. Customers who sign up through them are yours.')}</li>
        <li>{t('You earn 10% of what they top up in their first 12 months.')}</li>
        <li>
          {t('Each commission is pending for 30 days (a refunded payment takes it back), then yours to request.')}
        </li>
        <li>{t('You cannot refer yourself.')}</li>
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
        <span>{t('I accept the partner terms')}</span>
      </label>
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!agreed || loading} onClick={() => void join()}>
          {t('Join the partner program')}
        </button>
      </div>
    </section>
  );
}

function Dashboard({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const [copied, setCopied] = useState(false);
  const [period, setPeriod] = useState<Period>('DAY');
  const spans: Record<Period, number> = { DAY: 30, WEEK: 7 * 12, MONTH: 365 };
  const [range] = useState(() => ({ to: new Date(Math.ceil(Date.now() / DAY) * DAY) }));
  const from = new Date(range.to.getTime() - spans[period] * DAY);
  const { data, loading } = useQuery(REFERRAL_STATS, {
    variables: { from: from.toISOString(), to: range.to.toISOString(), groupBy: period },
  });
  const stats = data?.referralStats;
  const [requestPayout] = useMutation(REQUEST_PAYOUT, { refetchQueries: [PARTNER_PROFILE], awaitRefetchQueries: true });
  const rows =
    stats?.periods.map((p) => ({
      start: new Date(p.start).toLocaleDateString(
        i18n.language,
        period === 'MONTH'
          ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
          : { day: 'numeric', month: 'short', timeZone: 'UTC' },
      ),
      clicks: p.figures.clicks,
      signups: p.figures.signups,
      paying: p.figures.payingCustomers,
    })) ?? [];
  return (
    <>
      <section className="card">
        <h2>{t('Your referral link')}</h2>
        <div className="copy-field">
          <input readOnly value={profile.link} aria-label={t('Your referral link')} data-testid="referral-link" />
          <button
            type="button"
            className="button"
            onClick={() => void navigator.clipboard?.writeText(profile.link).then(() => setCopied(true))}
          >
            {copied ? t('Copied') : t('Copy')}
          </button>
        </div>
        <p className="muted small">
          {t(
            'Or the code {{code}} at sign-up. You earn {{share}}% of referred customers’ top-ups in their first 12 months.',
            {
              code: profile.code,
              share: profile.shareBasisPoints / 100,
            },
          )}
        </p>
      </section>
      <section className="wallet-figures">
        <div className="card figure">
          <span className="muted small">{t('Pending (30 days)')}</span>
          <strong className="big-number">{money(profile.pending.amount)}</strong>
        </div>
        <div className="card figure">
          <span className="muted small">{t('Available')}</span>
          <strong className="big-number" data-testid="available">
            {money(profile.available.amount)}
          </strong>
        </div>
        <div className="card figure">
          <span className="muted small">{t('Requested')}</span>
          <strong className="big-number">{money(profile.requested.amount)}</strong>
        </div>
        <div className="card figure">
          <span className="muted small">{t('Paid out')}</span>
          <strong className="big-number">{money(profile.paid.amount)}</strong>
        </div>
      </section>
      <section className="card">
        <div className="card-header">
          <h2>{t('What your link brought')}</h2>
          <div className="segmented" role="group" aria-label={t('Group by')}>
            {(
              [
                ['DAY', t('Days')],
                ['WEEK', t('Weeks')],
                ['MONTH', t('Months')],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                className={`button small${period === value ? ' primary' : ''}`}
                onClick={() => setPeriod(value)}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
        {stats && (
          <dl className="facts">
            <dt>{t('Clicks')}</dt>
            <dd>{stats.totals.clicks}</dd>
            <dt>{t('Sign-ups')}</dt>
            <dd>{stats.totals.signups}</dd>
            <dt>{t('Paying customers')}</dt>
            <dd>{stats.totals.payingCustomers}</dd>
            <dt>{t('Referred payments')}</dt>
            <dd>{money(stats.totals.referredPayments.amount)}</dd>
            <dt>{t('Commission reversed')}</dt>
            <dd>{money(stats.totals.commissionReversed.amount)}</dd>
          </dl>
        )}
        {!loading && stats && stats.totals.clicks + stats.totals.signups === 0 ? (
          <EmptyState title={t('No visits yet')}>
            {t('Share your link: visits, sign-ups and payments appear here.')}
          </EmptyState>
        ) : (
          <div className="chart" aria-label={t('What your link brought')}>
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={rows}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="start" fontSize={12} />
                <YAxis allowDecimals={false} fontSize={12} width={40} />
                <Tooltip />
                <Legend />
                <Bar dataKey="clicks" name={t('Clicks')} fill="#a5b4fc" isAnimationActive={false} />
                <Bar dataKey="signups" name={t('Sign-ups')} fill="#4f46e5" isAnimationActive={false} />
                <Bar dataKey="paying" name={t('Paying customers')} fill="#059669" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </section>
      <div className="two-columns">
        <section className="card">
          <h2>{t('Request a payout')}</h2>
          <p className="muted small">
            {t('From {{minimum}}, up to what is available. An administrator sends it and confirms.', {
              minimum: money(profile.payoutMinimum.amount),
            })}
          </p>
          <SchemaForm
            schema={payoutSchema}
            compact
            fields={[
              { name: 'amount', label: t('Amount in EUR'), placeholder: String(Number(profile.available.amount)) },
            ]}
            submitLabel={t('Request')}
            pendingLabel={t('Sending…')}
            resetOnSuccess
            success={t('Requested: you will see it as paid once it is sent.')}
            onSubmit={async ({ amount }) =>
              void (await requestPayout({ variables: { amount: amount.replace(',', '.') } }))
            }
          />
          {profile.payouts.length > 0 && (
            <table className="table" aria-label={t('Payouts')}>
              <thead>
                <tr>
                  <th scope="col">{t('When')}</th>
                  <th scope="col">{t('Amount')}</th>
                  <th scope="col">{t('Status')}</th>
                </tr>
              </thead>
              <tbody>
                {profile.payouts.map((p) => (
                  <tr key={p.id}>
                    <td className="small">{new Date(p.requestedAt).toLocaleDateString(i18n.language)}</td>
                    <td>{money(p.amount.amount)}</td>
                    <td>{t(STATUS[p.status] ?? p.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <TokensCard />
    </>
  );
}

function TokensCard() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(PARTNER_TOKENS);
  const [create] = useMutation(CREATE_PARTNER_TOKEN, { refetchQueries: [PARTNER_TOKENS] });
  const [revoke] = useMutation(REVOKE_PARTNER_TOKEN, { refetchQueries: [PARTNER_TOKENS] });
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <section className="card">
      <h2>{t('API tokens')}</h2>
      <p className="muted small">
        {t(
          'For your own reports: a token reads only your referral figures (the referralStats query), sent as Authorization: Bearer.',
        )}
      </p>
      {secret && <SecretOnce label={t('Your new token')} value={secret} onDone={() => setSecret(null)} />}
      <SchemaForm
        schema={tokenSchema}
        compact
        fields={[{ name: 'name', label: t('Name'), placeholder: t('reporting') }]}
        submitLabel={t('Create token')}
        resetOnSuccess
        onSubmit={async ({ name }) => {
          const { data: made } = await create({ variables: { name } });
          setSecret(made?.createPartnerToken.secret ?? null);
        }}
      />
      {data && data.partnerTokens.length > 0 && (
        <ul className="key-list">
          {data.partnerTokens.map((token) => (
            <li key={token.id} className="key-row">
              <span>
                <strong>{token.name}</strong>{' '}
                <span className="muted small">
                  {t('created {{date}}', { date: new Date(token.createdAt).toLocaleDateString(i18n.language) })}
                </span>
              </span>
              <button
                type="button"
                className="button small danger"
                onClick={() => void revoke({ variables: { id: token.id } })}
              >
                {t('Revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

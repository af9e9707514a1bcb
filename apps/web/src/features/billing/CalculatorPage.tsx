import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLangPath } from '../../app/LanguageRoute';
import { serverErrors } from '../../app/apollo';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { Logo } from '../../components/Logo';
import { ErrorBox, Spinner } from '../../components/ui';
import type { SiteKind } from '../../gql/graphql';
import { ESTIMATE_COST } from './billing-documents';
import { RESOURCE_COLORS, RESOURCE_NAMES, RESOURCE_UNITS, useMoney } from './money';

/** The public promise, stated on the page: a typical site with 1,000 visitors a day. */
const PROMISE_EUR = 30;

/**
 * The public cost calculator: sites, visitors a day and the kind of site give a monthly
 * estimate from today's price list and the documented model of what a visit uses.
 */
export default function CalculatorPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  const money = useMoney({ wholeCents: true });
  const price = useMoney();
  const [sites, setSites] = useState(1);
  const [visitors, setVisitors] = useState(1000);
  const [kind, setKind] = useState<SiteKind>('CMS');
  const valid =
    Number.isInteger(sites) &&
    sites >= 1 &&
    sites <= 1000 &&
    Number.isInteger(visitors) &&
    visitors >= 0 &&
    visitors <= 10_000_000;
  const { data, previousData, loading, error } = useQuery(ESTIMATE_COST, {
    variables: { input: { sites, visitorsPerDay: visitors, kind } },
    skip: !valid,
  });
  const estimate = (data ?? previousData)?.estimateCost;
  const kinds: Array<[SiteKind, string, string]> = [
    ['STATIC', t('Static site'), t('HTML, a landing page, documentation')],
    ['CMS', t('Typical CMS'), t('WordPress, Drupal, Joomla with caching')],
    ['SHOP', t('Heavy shop'), t('WooCommerce, Magento, OpenCart with a large catalogue')],
  ];
  return (
    <main className="calculator-page">
      <header className="toolbar" style={{ justifyContent: 'space-between' }}>
        <Link to={to('/sites')} aria-label={t('Elasticweb home')}>
          <Logo />
        </Link>
        <LanguageSwitcher />
      </header>
      <h1>{t('What will my hosting cost?')}</h1>
      <p className="muted">
        {t(
          'No plans: you pay each hour for the CPU, memory, disk, traffic and MySQL time your sites really use. This estimate uses today’s prices and a published model of what one visit uses.',
        )}
      </p>
      <section className="card">
        <div className="form">
          <div className="toolbar">
            <label className="field">
              <span>{t('Sites')}</span>
              <input
                type="number"
                min={1}
                max={1000}
                value={sites}
                onChange={(e) => setSites(Math.floor(Number(e.target.value)))}
              />
            </label>
            <label className="field">
              <span>{t('Visitors a day, each site')}</span>
              <input
                type="number"
                min={0}
                max={10_000_000}
                step={100}
                value={visitors}
                onChange={(e) => setVisitors(Math.floor(Number(e.target.value)))}
              />
            </label>
          </div>
          <div className="radio-group" role="radiogroup" aria-label={t('Kind of site')}>
            {kinds.map(([value, label, hint]) => (
              <label key={value} className="radio">
                <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
                <span>
                  <strong>{label}</strong> <span className="muted small">{hint}</span>
                </span>
              </label>
            ))}
          </div>
          {!valid && (
            <p className="field-error">{t('Enter from 1 to 1,000 sites and from 0 to 10,000,000 visitors a day.')}</p>
          )}
        </div>
      </section>
      {error && <ErrorBox>{serverErrors(error)[0]?.message}</ErrorBox>}
      {loading && !estimate && <Spinner />}
      {estimate && (
        <section className="card">
          <span className="muted small">{t('Estimated monthly cost')}</span>
          <div className="estimate-total" data-testid="estimate">
            {money(estimate.monthly.amount, estimate.monthly.currency)}
          </div>
          <p className="muted small">
            {t(
              'For comparison: our promise is {{promise}} a month or less for a typical site with 1,000 visitors a day.',
              {
                promise: money(String(PROMISE_EUR)),
              },
            )}
          </p>
          <div className="chart" aria-label={t('Estimated monthly cost')}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart
                data={estimate.breakdown.map((b) => ({
                  name: t(RESOURCE_NAMES[b.resource]!),
                  value: Number(b.amount.amount),
                  resource: b.resource,
                }))}
                layout="vertical"
              >
                <XAxis type="number" fontSize={12} tickFormatter={(v: number) => money(String(v))} />
                <YAxis type="category" dataKey="name" width={130} fontSize={12} />
                <Tooltip formatter={(value) => money(String(value))} />
                <Bar dataKey="value" name={t('Per month')} isAnimationActive={false} fill={RESOURCE_COLORS.cpuSecond} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="table" aria-label={t('Prices')}>
            <thead>
              <tr>
                <th scope="col">{t('Resource')}</th>
                <th scope="col">{t('Price')}</th>
                <th scope="col">{t('Per month')}</th>
              </tr>
            </thead>
            <tbody>
              {estimate.breakdown.map((b) => (
                <tr key={b.resource}>
                  <td>{t(RESOURCE_NAMES[b.resource]!)}</td>
                  <td className="small">
                    {price(estimate.prices[b.resource as keyof typeof estimate.prices] as string)}{' '}
                    {t(RESOURCE_UNITS[b.resource]!)}
                  </td>
                  <td>{money(b.amount.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            {t(
              'The model per visit: static 2 ms of CPU and 0.5 MB of traffic; a typical CMS 150 ms of CPU, 2 MB, 10 ms of MySQL; a heavy shop 450 ms of CPU, 4 MB, 50 ms of MySQL; plus the memory and disk each site holds. GB is 10⁹ bytes.',
            )}
          </p>
          <Link to={to('/signup')} className="button primary">
            {t('Create an account')}
          </Link>
        </section>
      )}
    </main>
  );
}

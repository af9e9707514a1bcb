import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { ErrorBox, PageHeader, QueryView } from '../../components/ui';
import { useMe } from '../accounts/session';
import { PRICE_LISTS, SCHEDULE_PRICES } from '../billing/billing-documents';
import { RESOURCE_NAMES, RESOURCE_UNITS } from '../billing/money';

const price = z
  .string()
  .check(z.trim(), z.regex(/^\d{1,6}(?:\.\d{1,9})?$/, msg('Enter a price in euros with up to nine decimal places.')));
const schema = z.object({
  validFrom: z.string().check(z.minLength(1, msg('Choose when the prices start.'))),
  cpuSecond: price,
  memoryGbHour: price,
  diskGbDay: price,
  trafficGb: price,
  millionIoOperations: price,
  mysqlBusyHour: price,
});
const RESOURCES = [
  'cpuSecond',
  'memoryGbHour',
  'diskGbDay',
  'trafficGb',
  'millionIoOperations',
  'mysqlBusyHour',
] as const;

/** Administrators: the published price lists, and a new one from a future hour (never retroactive). */
export default function PricesPage() {
  const { t, i18n } = useTranslation();
  const { account } = useMe();
  const isAdmin = account?.role === 'ADMIN';
  const { data, loading, error, refetch } = useQuery(PRICE_LISTS, { skip: !isAdmin });
  const [schedule] = useMutation(SCHEDULE_PRICES, { refetchQueries: [PRICE_LISTS], awaitRefetchQueries: true });
  if (!isAdmin) return <ErrorBox>{t('Only administrators can change prices.')}</ErrorBox>;
  const current = data?.priceLists.find((p) => p.isCurrent);
  const nextHour = new Date(Math.ceil((Date.now() + 60_000) / 3600_000) * 3600_000);
  const local = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <PageHeader
        title={t('Prices')}
        subtitle={t(
          'Each hour of usage is charged at the prices in force during that hour. A new list starts at a future full hour.',
        )}
      />
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={false}
        empty={null}
        onRetry={() => void refetch()}
      >
        {data && (
          <section className="card">
            <table className="table" aria-label={t('Price lists')}>
              <thead>
                <tr>
                  <th scope="col">{t('In force')}</th>
                  {RESOURCES.map((r) => (
                    <th key={r} scope="col">
                      {t(RESOURCE_NAMES[r]!)} <span className="muted small">{t(RESOURCE_UNITS[r]!)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.priceLists.map((list) => (
                  <tr key={list.validFrom}>
                    <td className="small">
                      {new Date(list.validFrom).getTime() === 0 ? t('From the start') : when(list.validFrom)}
                      {list.validUntil ? ` – ${when(list.validUntil)}` : ''}{' '}
                      {list.isCurrent && <span className="badge">{t('now')}</span>}
                    </td>
                    {RESOURCES.map((r) => (
                      <td key={r}>{list.prices[r]} EUR</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {current && (
          <section className="card narrow">
            <h2>{t('Publish new prices')}</h2>
            <SchemaForm
              schema={schema}
              defaultValues={{ validFrom: local(nextHour), ...current.prices }}
              fields={[
                {
                  name: 'validFrom',
                  label: t('Starting (a full hour, in your time zone)'),
                  type: 'datetime-local',
                  hint: t('Customers should hear of a change before it starts.'),
                },
                ...RESOURCES.map((r) => ({ name: r, label: `${t(RESOURCE_NAMES[r]!)}, EUR ${t(RESOURCE_UNITS[r]!)}` })),
              ]}
              submitLabel={t('Publish')}
              pendingLabel={t('Saving…')}
              success={t('Published.')}
              onSubmit={async ({ validFrom, ...prices }) => {
                await schedule({ variables: { input: { validFrom: new Date(validFrom).toISOString(), ...prices } } });
              }}
            />
          </section>
        )}
      </QueryView>
    </>
  );
}

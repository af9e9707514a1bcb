import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { serverErrors } from '../../app/apollo';
import { msg } from '../../app/msg';
import { formatBytes } from '../../components/format';
import { EmptyState, ErrorBox, Spinner } from '../../components/ui';
import type { UsageScope } from '../../gql/graphql';
import { USAGE } from './usage-documents';

export type RangeKey = '1h' | '24h' | '7d' | '30d' | 'custom';
export interface Range {
  from: Date;
  to: Date;
  step: number;
}

const HOUR = 3600_000;
/** Steps that keep each graph within a few hundred points and on a rollup's boundaries. */
export function rangeOf(key: RangeKey, custom?: { from: string; to: string }): Range {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  if (key === 'custom' && custom?.from && custom.to) {
    const from = new Date(custom.from);
    const end = new Date(custom.to);
    const span = (end.getTime() - from.getTime()) / 1000;
    return { from, to: end, step: span <= 6 * 3600 ? 60 : span <= 3 * 86_400 ? 300 : 3600 };
  }
  const spans: Record<Exclude<RangeKey, 'custom'>, [number, number]> = {
    '1h': [HOUR, 60],
    '24h': [24 * HOUR, 300],
    '7d': [7 * 24 * HOUR, 3600],
    '30d': [30 * 24 * HOUR, 3600],
  };
  const [span, step] = spans[key as Exclude<RangeKey, 'custom'>] ?? spans['24h'];
  return { from: new Date(to.getTime() - span), to, step };
}

type Format = (value: number, language: string) => string;
const number: Format = (value, language) =>
  new Intl.NumberFormat(
    language,
    value !== 0 && Math.abs(value) < 10 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 0 },
  ).format(value);
const bytes: Format = (value, language) => formatBytes(value, language);

interface ChartSpec {
  title: string;
  /** Lines of the chart: a metric, and whether to draw its peak (gauges). */
  series: Array<{ metric: string; label: string; color: string; peak?: boolean; perSecond?: boolean }>;
  format: Format;
  hint: string;
}

/** The graphs of the usage page: what people ask about, in the units they think in. */
export const CHARTS: ChartSpec[] = [
  {
    title: msg('CPU'),
    series: [{ metric: 'cpu_seconds', label: msg('cores in use (average)'), color: '#4f46e5', perSecond: true }],
    format: number,
    hint: msg('CPU time per second: 1 means one core busy all the time.'),
  },
  {
    title: msg('Memory'),
    series: [
      { metric: 'memory_bytes', label: msg('average'), color: '#059669' },
      { metric: 'memory_bytes', label: msg('peak'), color: '#a7f3d0', peak: true },
    ],
    format: bytes,
    hint: msg('Memory of all your processes: the average and the highest point of each step.'),
  },
  {
    title: msg('Disk reads and writes'),
    series: [
      { metric: 'io_read_bytes', label: msg('read'), color: '#0284c7' },
      { metric: 'io_write_bytes', label: msg('written'), color: '#f59e0b' },
    ],
    format: bytes,
    hint: msg('Bytes read from and written to disk in each step.'),
  },
  {
    title: msg('Traffic'),
    series: [
      { metric: 'net_out_bytes', label: msg('sent'), color: '#7c3aed' },
      { metric: 'net_in_bytes', label: msg('received'), color: '#db2777' },
    ],
    format: bytes,
    hint: msg('What your sites sent to and received from visitors.'),
  },
  {
    title: msg('Requests'),
    series: [{ metric: 'http_requests', label: msg('requests'), color: '#0891b2' }],
    format: number,
    hint: msg('Web requests your sites answered.'),
  },
  {
    title: msg('MySQL'),
    series: [{ metric: 'mysql_busy_seconds', label: msg('busy seconds'), color: '#ea580c' }],
    format: number,
    hint: msg('How long the database server worked for you.'),
  },
  {
    title: msg('Disk space'),
    series: [
      { metric: 'disk_bytes', label: msg('files'), color: '#16a34a' },
      { metric: 'db_size_bytes', label: msg('databases'), color: '#ca8a04' },
    ],
    format: bytes,
    hint: msg('Space your files and databases take.'),
  },
  {
    title: msg('Processes'),
    series: [
      { metric: 'processes', label: msg('processes'), color: '#475569' },
      { metric: 'ssh_sessions', label: msg('SSH sessions'), color: '#e11d48' },
    ],
    format: number,
    hint: msg('How many of your programs ran at once, on average.'),
  },
];

const METRICS = [...new Set(CHARTS.flatMap((chart) => chart.series.map((s) => s.metric)))];

/** A graph per metric for a site, an account or a host, over the chosen range. */
export function UsageCharts({ scope, id, range }: { scope: UsageScope; id: string; range: Range }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(USAGE, {
    variables: {
      input: {
        scope,
        id,
        metrics: METRICS,
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        step: range.step,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const series = useMemo(() => new Map((data?.usage ?? []).map((s) => [s.metric, s])), [data]);
  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorBox onRetry={() => void refetch()}>{serverErrors(error)[0]?.message}</ErrorBox>;
  const hasData = [...series.values()].some((s) => s.points.some((p) => p.v !== null));
  if (!hasData)
    return (
      <EmptyState title={t('No data yet')}>
        {t('The first figures arrive within a minute of your first site going live.')}
      </EmptyState>
    );
  const time = (iso: string | number) =>
    new Date(iso).toLocaleString(
      i18n.language,
      range.step >= 3600 ? { month: 'short', day: 'numeric', hour: '2-digit' } : { hour: '2-digit', minute: '2-digit' },
    );
  return (
    <div className="chart-grid">
      {CHARTS.map((chart) => {
        const first = series.get(chart.series[0]!.metric);
        if (!first || chart.series.every((s) => series.get(s.metric)?.points.every((p) => p.v === null))) return null;
        const rows = first.points.map((point, index) => {
          const row: Record<string, number | string | null> = { t: point.t };
          chart.series.forEach((s, k) => {
            const p = series.get(s.metric)?.points[index];
            const value = s.peak ? (p?.max ?? null) : (p?.v ?? null);
            row[`s${k}`] = value === null ? null : s.perSecond ? value / (series.get(s.metric)!.step || 1) : value;
          });
          return row;
        });
        const Chart = chart.series.length === 1 ? AreaChart : LineChart;
        // A few isolated figures (the first minutes of a site) would draw no line: show them as dots.
        const sparse = rows.filter((row) => row.s0 !== null).length < 5;
        const dot = sparse ? { r: 3 } : false;
        return (
          <section className="card chart-card" key={chart.title} aria-label={t(chart.title)}>
            <h3>{t(chart.title)}</h3>
            <p className="muted small">{t(chart.hint)}</p>
            <div className="chart-box">
              <ResponsiveContainer width="100%" height={180}>
                <Chart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
                  <XAxis dataKey="t" tickFormatter={time} minTickGap={40} fontSize={12} />
                  <YAxis tickFormatter={(v: number) => chart.format(v, i18n.language)} width={72} fontSize={12} />
                  <Tooltip
                    labelFormatter={(label) => time(label as string)}
                    formatter={(value, name) => [chart.format(Number(value), i18n.language), name]}
                  />
                  {chart.series.map((s, k) =>
                    chart.series.length === 1 ? (
                      <Area
                        key={k}
                        dataKey={`s${k}`}
                        name={t(s.label)}
                        stroke={s.color}
                        fill={s.color}
                        fillOpacity={0.15}
                        dot={dot}
                        isAnimationActive={false}
                        connectNulls={false}
                      />
                    ) : (
                      <Line
                        key={k}
                        dataKey={`s${k}`}
                        name={t(s.label)}
                        stroke={s.color}
                        dot={dot}
                        isAnimationActive={false}
                        connectNulls={false}
                        strokeWidth={2}
                      />
                    ),
                  )}
                </Chart>
              </ResponsiveContainer>
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** The range buttons above the graphs, and the two fields of a custom range. */
export function RangePicker({ onChange }: { onChange: (range: Range) => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState<RangeKey>('24h');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const choose = (next: RangeKey) => {
    setKey(next);
    if (next !== 'custom') onChange(rangeOf(next));
  };
  const labels: Array<[RangeKey, string]> = [
    ['1h', t('Last hour')],
    ['24h', t('24 hours')],
    ['7d', t('7 days')],
    ['30d', t('30 days')],
    ['custom', t('Custom')],
  ];
  return (
    <div className="toolbar range-picker">
      <div className="tabs" role="tablist" aria-label={t('Range')}>
        {labels.map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={key === value}
            className={`tab${key === value ? ' selected' : ''}`}
            onClick={() => choose(value)}
          >
            {label}
          </button>
        ))}
      </div>
      {key === 'custom' && (
        <span className="inline-confirm">
          <input
            type="datetime-local"
            aria-label={t('From')}
            value={custom.from}
            onChange={(e) => setCustom({ ...custom, from: e.target.value })}
          />
          <input
            type="datetime-local"
            aria-label={t('To')}
            value={custom.to}
            onChange={(e) => setCustom({ ...custom, to: e.target.value })}
          />
          <button
            type="button"
            className="button small"
            disabled={!custom.from || !custom.to || custom.from >= custom.to}
            onClick={() => onChange(rangeOf('custom', custom))}
          >
            {t('Show')}
          </button>
        </span>
      )}
    </div>
  );
}

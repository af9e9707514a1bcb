import { randomUUID } from 'node:crypto';
import type { TestApi } from './harness.js';
import type { ProtocolAgent } from './protocol-agent.js';

/**
 * Reports an hour of usage for an account as its host's agent would: 360 intervals of
 * 10 s, each with the given counters and gauges, then rolls it up.
 */
export async function reportHourOfUsage(
  api: TestApi,
  agent: ProtocolAgent,
  usage: {
    systemName: string;
    siteId?: string | null;
    hourStart: number;
    counters?: Record<string, number>;
    gauges?: Record<string, number>;
    intervals?: number;
    /** The rollup job's clock (a restarted API waits for the old lease to expire). */
    now?: Date;
  },
) {
  // MariaDB keeps whole seconds: a batch received in the second the last rollup ended at
  // would look already rolled up (in production the rollup's 30 s settling covers this).
  if (api.dialect === 'mysql') await new Promise((resolve) => setTimeout(resolve, 1100));
  const intervals = usage.intervals ?? 360;
  const step = 3600_000 / 360;
  const records = Array.from({ length: intervals }, (_, i) => ({
    start: new Date(usage.hourStart + i * step).toISOString(),
    end: new Date(usage.hourStart + (i + 1) * step).toISOString(),
    lines: [
      {
        account: usage.systemName,
        site: usage.siteId ?? null,
        source: 'proc',
        counters: usage.counters ?? {},
        gauges: Object.fromEntries(Object.entries(usage.gauges ?? {}).map(([k, v]) => [k, { avg: v, max: v }])),
      },
    ],
  }));
  const { errors } = await api.gql(
    'mutation ($batch: UsageBatchInput!) { reportUsage(batch: $batch) { stored } }',
    { batch: { batchId: randomUUID(), records } },
    { token: agent.hostToken },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  await api.app.services.usage.rollUp(usage.now ?? new Date(), { settleMs: 0 });
}

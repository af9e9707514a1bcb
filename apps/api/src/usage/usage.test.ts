import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';
import { UsageRollup, UsageSample } from './usage.entities.js';

const REPORT = 'mutation ($batch: UsageBatchInput!) { reportUsage(batch: $batch) { batchId duplicate stored } }';
const USAGE = 'query ($input: UsageQuery!) { usage(input: $input) { metric unit step points { t v max } } }';
const HOUR = 3600_000;

describe.each(dialectsUnderTest())('usage statistics on %s', (dialect) => {
  let api: TestApi;
  let admin: string;
  let agent: ProtocolAgent;
  let alice: { token: string; id: string; email: string };
  let aliceName: string;
  let siteId: string;
  const base = Date.UTC(2026, 10, 20, 0, 0, 0);

  beforeAll(async () => {
    api = await startTestApi(dialect);
    admin = await api.adminToken();
    agent = await enrollProtocolAgent(api, admin, 'usage host');
    alice = await api.signUp();
    const created = await api.gql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "usage.example" }) { id } }',
      {},
      { token: alice.token },
    );
    siteId = created.data!.createSite.id;
    aliceName = (await api.gql<{ me: { systemName: string } }>('{ me { systemName } }', {}, { token: alice.token }))
      .data!.me.systemName;
  });
  afterAll(async () => api?.close());

  /** Ten-second intervals over two hours: 5 ms of CPU each for the site, 1 MB of memory on average. */
  function records(from: number, count: number) {
    return Array.from({ length: count }, (_, i) => ({
      start: new Date(from + i * 10_000).toISOString(),
      end: new Date(from + (i + 1) * 10_000).toISOString(),
      lines: [
        {
          account: aliceName,
          site: siteId,
          source: 'proc',
          counters: { cpu_seconds: 0.005, io_write_bytes: 100 },
          gauges: { memory_bytes: { avg: 1e6, max: 2e6 } },
        },
        { account: aliceName, site: null, source: 'proc', counters: { cpu_seconds: 0.001 }, gauges: {} },
      ],
    }));
  }
  const report = (batch: unknown, token = agent.hostToken) =>
    api.gql<{ reportUsage: { duplicate: boolean; stored: number } }>(REPORT, { batch }, { token });

  it('stores a batch once however often it arrives, and only for accounts on the reporting host', async () => {
    const batch = { batchId: randomUUID(), records: records(base, 720) };
    const first = await report(batch);
    expect(first.errors).toBeUndefined();
    expect(first.data!.reportUsage).toMatchObject({ duplicate: false, stored: 720 * 4 });
    expect((await report(batch)).data!.reportUsage).toMatchObject({ duplicate: true, stored: 0 });
    expect(await api.dataSource.getRepository(UsageSample).count()).toBe(720 * 4);

    const stranger = await enrollProtocolAgent(api, admin, 'stranger host');
    const foreign = await report({ batchId: randomUUID(), records: records(base, 2) }, stranger.hostToken);
    expect(foreign.data!.reportUsage.stored).toBe(0);
    const broken = await report({ batchId: randomUUID(), records: [{ start: 'x', end: 'y', lines: [] }] });
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const refused = await api.gql(
      REPORT,
      { batch: { batchId: randomUUID(), records: records(base, 1) } },
      { token: alice.token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rolls up into buckets whose sums equal the samples, and answers the same totals from both', async () => {
    await api.app.services.usage.rollUp(new Date(base + 3 * HOUR), { settleMs: 0 });
    const rollups = await api.dataSource
      .getRepository(UsageRollup)
      .find({ where: { resolution: 300, metric: 'cpu_seconds' } });
    const rolled = rollups.reduce((sum, r) => sum + r.sum, 0);
    expect(rolled).toBeCloseTo(720 * 0.006, 9);
    expect(rollups.find((r) => r.siteKey === siteId)).toMatchObject({ count: 30 });

    const query = (step: number) =>
      api.gql<{
        usage: Array<{
          metric: string;
          step: number;
          points: Array<{ t: string; v: number | null; max: number | null }>;
        }>;
      }>(
        USAGE,
        {
          input: {
            scope: 'ACCOUNT',
            id: alice.id,
            metrics: ['cpu_seconds', 'memory_bytes'],
            from: new Date(base - HOUR).toISOString(),
            to: new Date(base + 3 * HOUR).toISOString(),
            step,
          },
        },
        { token: alice.token },
      );
    const raw = (await query(60)).data!.usage;
    const hourly = (await query(3600)).data!.usage;
    const total = (series: typeof raw) => series[0]!.points.reduce((sum, p) => sum + (p.v ?? 0), 0);
    expect(raw[0]!.step).toBe(60);
    expect(hourly[0]!.step).toBe(3600);
    expect(total(raw)).toBeCloseTo(720 * 0.006, 9);
    expect(total(hourly)).toBeCloseTo(total(raw), 9);
    // No samples before the first interval: null, not zero.
    expect(hourly[0]!.points[0]).toMatchObject({ v: null, max: null });
    // Memory is a gauge: its average and its peak per step.
    expect(hourly[1]!.points[1]).toMatchObject({ v: 1e6, max: 2e6 });
    expect(raw[0]!.points.length).toBeLessThanOrEqual(1000);
  });

  it('shows a customer only their own usage, and hosts only to administrators', async () => {
    const bob = await api.signUp();
    const ask = (token: string, scope: string, id: string) =>
      api.gql(
        USAGE,
        {
          input: {
            scope,
            id,
            metrics: ['cpu_seconds'],
            from: new Date(base).toISOString(),
            to: new Date(base + HOUR).toISOString(),
            step: 300,
          },
        },
        { token },
      );
    expect((await ask(bob.token, 'ACCOUNT', alice.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ask(bob.token, 'SITE', siteId)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ask(alice.token, 'HOST', agent.hostId)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const site = await ask(alice.token, 'SITE', siteId);
    expect(site.errors).toBeUndefined();
    const host = await ask(admin, 'HOST', agent.hostId);
    expect(host.errors).toBeUndefined();
  });
});

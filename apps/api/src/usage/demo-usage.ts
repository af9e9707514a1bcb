import { newId } from '../common/ids.js';
import { UsageSample } from './usage.entities.js';

/** Demo samples carry no real host; host graphs simply do not show them. */
const DEMO_HOST = '00000000-0000-7000-8000-000000000000';

/** How far back the demo's usage (and so its charges) go. */
export const DEMO_USAGE_DAYS = 21;

/**
 * Three weeks of plausible usage for the demo customer's sites, so the graphs of a
 * fresh `npm start` are alive: a daily rhythm, a weekly one, and some noise.
 */
export function demoUsageSamples(accountId: string, siteIds: string[], now: Date): UsageSample[] {
  const step = 300_000;
  const end = Math.floor(now.getTime() / step) * step;
  const start = end - DEMO_USAGE_DAYS * 24 * 3600_000;
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const rows: UsageSample[] = [];
  const receivedAt = new Date();
  for (let t = start; t < end; t += step) {
    const hour = new Date(t).getUTCHours();
    const weekday = new Date(t).getUTCDay();
    const daily = 0.35 + 0.65 * Math.max(0, Math.sin(((hour - 6) / 24) * 2 * Math.PI));
    const weekly = weekday === 0 || weekday === 6 ? 0.7 : 1;
    siteIds.forEach((siteId, index) => {
      const load = daily * weekly * (index === 0 ? 1 : 0.35) * (0.8 + 0.4 * random());
      const sample = (metric: string, value: number, max = value) =>
        rows.push(
          Object.assign(new UsageSample(), {
            id: newId(),
            hostId: DEMO_HOST,
            accountId,
            siteId,
            metric,
            periodStart: new Date(t),
            periodEnd: new Date(t + step),
            value,
            maxValue: max,
            receivedAt,
          }),
        );
      sample('cpu_seconds', 6 * load);
      sample('memory_bytes', (90 + 60 * load) * 1e6, (120 + 110 * load) * 1e6);
      sample('io_read_bytes', 4e6 * load);
      sample('io_write_bytes', 1.5e6 * load);
      sample('http_requests', Math.round(400 * load));
      sample('net_out_bytes', 3e7 * load);
      sample('net_in_bytes', 2e6 * load);
      sample('processes', 3 + 4 * load, 6 + 6 * load);
      sample('disk_bytes', (index === 0 ? 850e6 : 120e6) + (t - start) / 1e4);
    });
  }
  return rows;
}

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';
import { reportHourOfUsage } from '../../test/usage-report.js';
import { UsageCharge, Wallet } from './billing.entities.js';

const HOUR = 3600_000;
const LEASE_EXPIRED = 11 * 60_000;

type Step =
  | { kind: 'topUp'; customer: number; euros: number; key: number }
  | { kind: 'usage'; customer: number; hoursAgo: number; cpuSeconds: number }
  | { kind: 'charge' }
  | { kind: 'restart' }
  | { kind: 'refund'; customer: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('topUp' as const),
    customer: fc.nat(1),
    euros: fc.integer({ min: 5, max: 40 }),
    key: fc.nat(3),
  }),
  fc.record({
    kind: fc.constant('usage' as const),
    customer: fc.nat(1),
    hoursAgo: fc.integer({ min: 2, max: 4 }),
    cpuSeconds: fc.integer({ min: 0, max: 5000 }),
  }),
  fc.record({ kind: fc.constant('charge' as const) }),
  fc.record({ kind: fc.constant('restart' as const) }),
  fc.record({ kind: fc.constant('refund' as const), customer: fc.nat(1) }),
);

/**
 * Random sequences of usage (also late, for hours already charged), top-ups with
 * repeated keys, refunds, charging runs and API restarts: after every step the ledger
 * reconciles, each balance is exactly top-ups − refunds − charges, and what was charged
 * plus the carry is exactly what the charged usage cost — nothing doubled, nothing rounded away.
 */
describe('charging under random sequences', () => {
  let api: TestApi;
  let agent: ProtocolAgent;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    // One administrator session for the whole run (log-ins are rate limited).
    admin = await api.adminToken();
    agent = await enrollProtocolAgent(api, admin, 'property host');
  });
  afterAll(async () => api?.close());

  it('keeps the invariants after every step', async () => {
    let round = 0;
    // The jobs' clock runs on across rounds: a restart moves it past the old leases.
    let clock = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 14 }), async (steps) => {
        round += 1;
        const customers = await Promise.all(
          [0, 1].map(async (i) => {
            const account = await api.signUp(`prop-${round}-${i}-${Date.now()}@example.com`);
            await api.gql(
              'mutation ($d: String!) { createSite(input: { domain: $d }) { id } }',
              { d: `p${round}-${i}-${Date.now()}.example` },
              { token: account.token },
            );
            const { data } = await api.gql<{ me: { systemName: string } }>(
              '{ me { systemName } }',
              {},
              { token: account.token },
            );
            return { ...account, systemName: data!.me.systemName };
          }),
        );
        await agent.poll().then((commands) => Promise.all(commands.map((c) => agent.report(c, true))));
        const keys = new Map<string, number>();
        const paid = [0n, 0n];
        const payments: string[][] = [[], []];
        const usage = new Map<string, number>(); // customer|hour -> CPU seconds
        // What the last charging run saw: usage reported later (late usage) waits for the next run.
        let charged = new Map<string, number>();
        const check = async () => {
          expect(await api.app.services.billing.reconcile()).toEqual([]);
          for (const [i, customer] of customers.entries()) {
            const wallet = await api.dataSource.getRepository(Wallet).findOneBy({ accountId: customer.id });
            const charges = await api.dataSource.getRepository(UsageCharge).findBy({ accountId: customer.id });
            const chargedNanos = charges.reduce((sum, c) => sum + c.nanos, 0n);
            const balance = wallet?.balance ?? 0n;
            const carry = wallet?.carryNanos ?? 0n;
            // Money in, minus the charges (whole micro-euros) — and those plus the carry are the exact cost.
            expect((paid[i]! - balance) * 1000n + carry).toBe(chargedNanos);
            expect(carry >= 0n && carry < 1000n).toBe(true);
            // Each charged hour costs exactly its usage (0.0002 EUR a CPU second = 200,000 nano-euros).
            const byHour = new Map<number, bigint>();
            for (const c of charges)
              byHour.set(c.hourStart.getTime(), (byHour.get(c.hourStart.getTime()) ?? 0n) + c.nanos);
            for (const [hour, nanos] of byHour) expect(nanos).toBe(BigInt(charged.get(`${i}|${hour}`) ?? 0) * 200_000n);
          }
        };
        for (const s of steps) {
          const customer = customers[s.kind === 'charge' || s.kind === 'restart' ? 0 : s.customer]!;
          const index = customers.indexOf(customer);
          if (s.kind === 'topUp') {
            const key = `property-${round}-${index}-${s.key}`;
            const { data, errors } = await api.gql<{ topUp: { id: string } }>(
              'mutation ($a: String!, $k: String) { topUp(amount: $a, idempotencyKey: $k) { id } }',
              { a: String(s.euros), k: key },
              { token: customer.token },
            );
            const first = keys.get(key);
            if (first === undefined) {
              keys.set(key, s.euros);
              paid[index]! += BigInt(s.euros) * 1_000_000n;
              payments[index]!.push(data!.topUp.id);
            } else if (first !== s.euros) expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
            else expect(errors).toBeUndefined();
          } else if (s.kind === 'refund') {
            const id = payments[index]!.shift();
            if (id) {
              const { data } = await api.gql<{ payments: Array<{ id: string; amount: { amount: string } }> }>(
                '{ payments { id amount { amount } } }',
                {},
                { token: admin },
              );
              const amount = data!.payments.find((p) => p.id === id)!.amount.amount;
              await api.gql('mutation ($id: ID!) { refundPayment(paymentId: $id) { id } }', { id }, { token: admin });
              paid[index]! -= BigInt(amount.replace('.', ''));
            }
          } else if (s.kind === 'usage') {
            const hour = Math.floor(Date.now() / HOUR) * HOUR - s.hoursAgo * HOUR;
            await reportHourOfUsage(api, agent, {
              systemName: customer.systemName,
              hourStart: hour,
              counters: { cpu_seconds: s.cpuSeconds },
              now: new Date(clock),
              intervals: 1,
            });
            usage.set(`${index}|${hour}`, (usage.get(`${index}|${hour}`) ?? 0) + s.cpuSeconds);
          } else if (s.kind === 'charge') {
            await api.app.services.charging.run(new Date(clock));
            charged = new Map(usage);
          } else {
            // A restarted API has a new lease owner: it charges once the old lease has expired.
            await api.restart();
            clock += LEASE_EXPIRED;
          }
          await check();
        }
        // In the end everything reported is charged, whatever order things came in.
        await api.app.services.charging.run(new Date(clock));
        charged = new Map(usage);
        await check();
        for (const [key, seconds] of usage) {
          const [i, hour] = key.split('|').map(Number) as [number, number];
          const rows = await api.dataSource
            .getRepository(UsageCharge)
            .findBy({ accountId: customers[i]!.id, hourStart: new Date(hour) });
          expect(rows.reduce((sum, r) => sum + r.nanos, 0n)).toBe(BigInt(seconds) * 200_000n);
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});

import type { Logger } from '../common/logger.js';
import type { Services } from './services.js';

const HOUR = 3600_000;

/**
 * The scheduled work every replica runs on a timer (leases and unique keys make each
 * job safe to run from several replicas). Jobs run one after the other; one that fails
 * is logged and the others still run; a tick that finds the previous one still at
 * work is skipped. The ledger is reconciled once an hour.
 */
export function createJobRunner(services: Services, logger: Logger) {
  let running = false;
  let lastReconcile = 0;
  const jobs: Array<[string, () => Promise<unknown>]> = [
    ['usage rollup', () => services.usage.rollUp()],
    ['hourly charging', () => services.charging.run()],
    ['suspension and spending limits', () => services.suspension.enforce()],
    ['commissions becoming available', () => services.referrals.matureCommissions()],
    ['certificate renewals', () => services.certificates.runDue()],
    ['old uploads', () => services.imports.pruneUploads()],
    ['finished commands', () => services.commands.pruneFinished()],
    [
      'ledger reconciliation',
      async () => {
        if (Date.now() - lastReconcile < HOUR) return;
        lastReconcile = Date.now();
        await services.billing.reconcileAndAlert(services.alerts);
      },
    ],
  ];
  return async function tick(): Promise<void> {
    if (running) return;
    running = true;
    try {
      for (const [name, job] of jobs) {
        try {
          await job();
        } catch (error) {
          logger.error({ err: error, job: name }, `scheduled job failed: ${name}`);
        }
      }
    } finally {
      running = false;
    }
  };
}

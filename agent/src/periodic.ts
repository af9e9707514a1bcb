import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './files.js';

/** Something the agent does every so often beside its commands. */
export interface PeriodicJob {
  name: string;
  /** How long after a successful run the job is due again: 0 for every loop, Infinity for once per start. */
  everyMs: number;
  run(): Promise<void> | void;
  /**
   * Runs beside the command loop instead of before the next poll (a scan that takes
   * minutes); never two at once. Its failures are the job's own to log.
   */
  background?: boolean;
  /** The time of the last run survives restarts (a daily scan is not repeated by every restart). */
  persistent?: boolean;
}

/**
 * The agent's one schedule: each loop asks it to run what is due. A job that fails is
 * due again at the next loop; an in-line job's error reaches the loop, which backs off.
 */
export class Periodic {
  private readonly lastRun = new Map<string, number>();
  private readonly running = new Set<string>();

  constructor(
    private readonly jobs: PeriodicJob[],
    private readonly stateDir: string,
    private readonly now: () => number = Date.now,
  ) {}

  async runDue(): Promise<void> {
    for (const job of this.jobs) {
      if (!this.due(job)) continue;
      if (!job.background) {
        await job.run();
        this.done(job);
        continue;
      }
      this.running.add(job.name);
      void (async () => {
        try {
          await job.run();
          this.done(job);
        } catch {
          // Logged by the job; it is due again at the next loop.
        } finally {
          this.running.delete(job.name);
        }
      })();
    }
  }

  private due(job: PeriodicJob): boolean {
    if (this.running.has(job.name)) return false;
    const last = this.lastRun.get(job.name) ?? (job.persistent ? this.readPersisted(job.name) : undefined);
    return last === undefined || this.now() - last >= job.everyMs;
  }

  private done(job: PeriodicJob): void {
    const at = this.now();
    this.lastRun.set(job.name, at);
    if (job.persistent) writeFileAtomic(this.file(job.name), String(at), 0o600);
  }

  private readPersisted(name: string): number | undefined {
    const file = this.file(name);
    return existsSync(file) ? Number(readFileSync(file, 'utf8')) || undefined : undefined;
  }

  /** `antivirus-last` and the like, where the agent kept them before this schedule existed. */
  private file(name: string): string {
    return join(this.stateDir, `${name}-last`);
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './files.js';
import { Worker } from 'node:worker_threads';
import { UsageSpool } from './usage/spool.js';
import {
  isSealed,
  mapSecrets,
  openSealed,
  sealingPublicKeyOf,
  verifyEnvelope,
  type CommandPayload,
  type Envelope,
} from '@elasticweb/protocol';
import { ApiClient, ApiError, TransportError } from './api-client.js';
import type { AgentConfig } from './config.js';
import { failed, type ExecutorContext } from './executors/context.js';
import { pruneArchives } from './executors/site-delete.js';
import { runCommand } from './executors/index.js';
import { scanSites } from './antivirus/scan.js';
import { collectCronRuns, writeSshdDropIn } from './executors/account-apply.js';
import { measureDatabases } from './executors/databases.js';
import { collectHostInfo, HOST_INFO_FIELDS } from './host-info.js';
import { Journal, type JournalEntry, type Outcome } from './journal.js';
import type { Logger } from './log.js';
import { Periodic, type PeriodicJob } from './periodic.js';
import { AgentState } from './state.js';
import { WebServers } from './web-servers.js';

// lastSeq: should the panel's counter be behind (its database restored), it continues above ours.
const POLL = `query ($wait: Int, $lastSeq: Int) {
  pendingCommands(waitSeconds: $wait, lastSeq: $lastSeq) { payloadType payload signatures { keyid sig } } }`;
const PROGRESS = `mutation ($id: String!, $attempt: Int!, $message: String) {
  reportCommandProgress(commandId: $id, attempt: $attempt, message: $message) }`;
const RESULT = `mutation ($input: CommandResultInput!) { reportCommandResult(input: $input) }`;
const CRON_RUNS = `mutation ($runs: [CronRunInput!]!) { reportCronRuns(runs: $runs) }`;
const REPORT_MALWARE = `mutation ($findings: [MalwareFindingInput!]!) { reportMalware(findings: $findings) }`;
const REPORT_USAGE = `mutation ($batch: UsageBatchInput!) { reportUsage(batch: $batch) { batchId duplicate } }`;
const HOST_INFO = `mutation ($info: HostInfoInput!) { reportHostInfo(info: $info) { id } }`;

const DAY_MS = 24 * 3600 * 1000;
/** Database sizes are measured this often (information_schema is cheap, but not free). */
const SIZES_EVERY_MS = 5 * 60 * 1000;
const DATABASE_SIZES = `mutation ($sizes: [DatabaseSizeInput!]!) { reportDatabaseSizes(sizes: $sizes) }`;

/** Jittered exponential backoff, so a fleet does not return to a restarted API all at once. */
export function backoffMs(failures: number, maxSeconds: number, random = Math.random): number {
  const base = Math.min(maxSeconds * 1000, 500 * 2 ** Math.min(failures, 16));
  return Math.round(base * (0.5 + random() / 2));
}

/**
 * The agent's loop: report what finished before, long-poll for commands, verify each
 * envelope, journal, run, journal, report. One command runs at a time, so two changes
 * of nginx never race.
 */
export class Agent {
  private readonly state: AgentState;
  private readonly journal: Journal;
  private readonly servers: WebServers;
  private readonly api: ApiClient;
  private stopping = false;
  private wakeStop: (() => void) | null = null;
  private failures = 0;
  private current: Promise<void> | null = null;
  private sampler: Worker | null = null;
  private readonly usageSpool: UsageSpool;
  private wakeSender: (() => void) | null = null;

  constructor(
    private readonly config: AgentConfig,
    private readonly logger: Logger,
  ) {
    this.state = new AgentState(config.state);
    const enrollment = this.state.readEnrollment();
    this.journal = new Journal(this.state.journalDir);
    this.servers = new WebServers(config, logger);
    this.api = new ApiClient({ url: enrollment.apiUrl, token: enrollment.hostToken, ca: enrollment.ca });
    this.usageSpool = new UsageSpool(config.state, config.usage.spoolMaxMb * 1024 * 1024);
  }

  get hostId(): string {
    return this.state.readEnrollment().hostId;
  }

  async run(): Promise<void> {
    await this.servers.start();
    if (writeSshdDropIn(this.servers.paths.root)) this.logger.info('wrote the sshd rule for SFTP-only accounts');
    this.logger.info('agent started', { hostId: this.hostId, api: this.state.readEnrollment().apiUrl });
    // A command that was running when the agent died did not finish: say so, and the API retries it.
    for (const entry of this.journal.interrupted()) {
      this.logger.warn('command was interrupted by a restart', { commandId: entry.commandId, type: entry.type });
      this.journal.done(entry.commandId, { ok: false, error: 'the agent restarted while this command ran' });
    }
    if (this.config.usage.enabled) this.startSampler();
    const sending = this.sendUsageLoop();
    const periodic = new Periodic(this.periodicJobs(), this.state.dir);
    while (!this.stopping) {
      try {
        // Results the API has not heard of come first: nothing else may delay them past their lease.
        await this.reportUnreported();
        await periodic.runDue();
        const data = await this.api.graphql<{ pendingCommands: Envelope[] }>(
          POLL,
          { wait: this.config.pollSeconds, lastSeq: this.state.lastSeq() },
          (this.config.pollSeconds + 30) * 1000,
        );
        this.failures = 0;
        for (const envelope of data.pendingCommands) {
          if (this.stopping) break;
          this.current = this.handle(envelope);
          await this.current;
          this.current = null;
        }
      } catch (error) {
        if (this.stopping) break;
        this.failures += 1;
        const wait = backoffMs(this.failures, this.config.maxBackoffSeconds);
        const level = error instanceof TransportError || error instanceof ApiError ? 'warn' : 'error';
        this.logger[level]('cannot reach the API; retrying', { err: error, retryInMs: wait, failures: this.failures });
        await this.sleep(wait);
      }
    }
    this.wakeSender?.();
    await sending;
  }

  /** What the agent does beside its commands, and how often. */
  private periodicJobs(): PeriodicJob[] {
    const { antivirus } = this.config;
    return [
      { name: 'housekeeping', everyMs: DAY_MS, run: () => this.housekeeping() },
      { name: 'host-info', everyMs: Infinity, run: async () => void (await this.reportHostInfo()) },
      { name: 'cron-runs', everyMs: 0, run: () => this.reportCronRuns() },
      { name: 'database-sizes', everyMs: SIZES_EVERY_MS, run: () => this.reportDatabaseSizes() },
      ...(antivirus.enabled
        ? [
            {
              name: 'antivirus',
              everyMs: antivirus.intervalSeconds * 1000,
              background: true,
              persistent: true,
              run: () => this.scan(),
            },
          ]
        : []),
    ];
  }

  /** Sampling runs in a worker thread: synchronous /proc reads never hold up the API's work. */
  private startSampler(): void {
    this.sampler = new Worker(new URL('./usage/sampler-entry.mjs', import.meta.url), {
      workerData: {
        stateDir: this.config.state,
        sampleSeconds: this.config.usage.sampleSeconds,
        diskSeconds: this.config.usage.diskSeconds,
        capBytes: this.config.usage.spoolMaxMb * 1024 * 1024,
        logsDir: `${this.servers.paths.logDir}/sites`,
        appliedDir: this.state.appliedDir,
        wwwDir: `${this.servers.paths.root}/srv/www`,
        mysql: this.config.mysql,
      },
    });
    this.sampler.on('message', (message: { kind: string; dropped?: number; rotated?: number; message?: string }) => {
      if (message.rotated)
        this.servers
          .reopenLogs()
          .catch((error: unknown) => this.logger.error('nginx did not reopen its logs', { err: error }));
      if (message.kind === 'error') this.logger.error('usage sampling failed', { error: message.message });
      if (message.kind === 'warning') this.logger.warn(message.message ?? 'usage warning');
      if (message.dropped)
        this.logger.warn('usage spool over its cap: dropped the oldest intervals', { dropped: message.dropped });
      this.wakeSender?.();
    });
    this.sampler.on('error', (error) => this.logger.error('usage sampler stopped', { err: error }));
  }

  /** Sends spooled intervals, oldest first; a file goes only once the API acknowledged it. */
  private async sendUsageLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        for (const name of this.usageSpool.pending()) {
          if (this.stopping) break;
          const { batch } = this.usageSpool.read(name);
          try {
            await this.api.graphql(REPORT_USAGE, { batch: { batchId: batch.batchId, records: batch.records } });
          } catch (error) {
            if (!(error instanceof ApiError) || error.code === 'UNAUTHENTICATED') throw error;
            // The API will never take this batch (it fails the schema): keep the others flowing.
            this.logger.error('the API refused a usage batch; dropping it', { batchId: batch.batchId, err: error });
          }
          this.usageSpool.remove(name);
        }
        failures = 0;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.usage.sampleSeconds * 1000);
          this.wakeSender = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      } catch (error) {
        failures += 1;
        this.logger.warn('usage not sent yet; it waits in the spool', { err: error, failures });
        await new Promise((resolve) => setTimeout(resolve, backoffMs(failures, this.config.maxBackoffSeconds)));
      }
    }
  }

  /** Finishes the current command, then stops; managed nginx and php-fpm stop too unless asked to keep serving. */
  async stop(options: { keepServing?: boolean } = {}): Promise<void> {
    this.stopping = true;
    this.wakeStop?.();
    this.wakeSender?.();
    await this.sampler?.terminate();
    await this.current;
    if (!options.keepServing) await this.servers.stop();
  }

  /** Checks an envelope in DESIGN.md's order and runs it at most once. */
  async handle(envelope: Envelope): Promise<void> {
    const verdict = verifyEnvelope(envelope, {
      keys: this.state.keys(),
      hostId: this.hostId,
      lastSeq: this.state.lastSeq(),
    });
    if (!verdict.ok) {
      this.logger.warn('command rejected', { reason: verdict.reason });
      return;
    }
    const command = verdict.command;
    const signedBy = verdict.keyid;
    this.state.acceptSeq(command.seq);
    const seen = this.journal.get(command.commandId);
    if (seen?.status === 'done' && seen.outcome?.ok) {
      // Already done: the report was lost. Say it again; never run it twice.
      this.logger.info('command already succeeded; reporting again', { commandId: command.commandId });
      await this.report({ ...seen, attempt: command.attempt });
      return;
    }
    if (seen?.status === 'started') {
      await this.progress(command, 'still running');
      return;
    }
    this.logger.info('command started', {
      commandId: command.commandId,
      type: command.type,
      siteId: (command.args as { siteId?: string }).siteId,
      attempt: command.attempt,
      seq: command.seq,
    });
    this.journal.started(command.commandId, command.type, command.attempt);
    const heartbeat = setInterval(() => void this.progress(command), this.config.progressSeconds * 1000);
    let outcome: Outcome;
    try {
      outcome = await this.execute(command, signedBy);
    } catch (error) {
      outcome = failed((error as Error).message);
    } finally {
      clearInterval(heartbeat);
    }
    const entry = this.journal.done(command.commandId, outcome);
    this.logger[outcome.ok ? 'info' : 'warn']('command finished', {
      commandId: command.commandId,
      type: command.type,
      ok: outcome.ok,
      ...(outcome.error ? { error: outcome.error } : {}),
    });
    await this.report(entry).catch((error: unknown) =>
      this.logger.warn('result not reported yet; will retry', { commandId: command.commandId, err: error }),
    );
  }

  private executorContext(command?: CommandPayload): ExecutorContext {
    return {
      config: this.config,
      servers: this.servers,
      state: this.state,
      logger: this.logger,
      progress: (message) => (command ? void this.progress(command, message) : undefined),
      reportHostInfo: () => this.reportHostInfo(),
      download: (path, to, maxBytes) => this.api.download(path, to, maxBytes),
    };
  }

  private async execute(command: CommandPayload, signedBy: string): Promise<Outcome> {
    let args: unknown;
    try {
      // Secrets arrive sealed to this host's key; the executors see them in clear.
      const key = this.state.sealingKey();
      args = mapSecrets(command.type, command.args, (value) => (isSealed(value) ? openSealed(key, value) : value));
    } catch {
      return failed('a secret in this command was sealed for another key: was the host re-enrolled?', true);
    }
    return runCommand(this.executorContext(command), command.type, args, signedBy);
  }

  private async report(entry: JournalEntry): Promise<void> {
    const outcome = entry.outcome!;
    try {
      await this.api.graphql(RESULT, {
        input: {
          commandId: entry.commandId,
          attempt: entry.attempt,
          ok: outcome.ok,
          result: outcome.result ?? null,
          error: outcome.error ?? null,
          permanent: outcome.permanent ?? false,
        },
      });
    } catch (error) {
      // The API does not know the command (a wiped queue): nothing will ever accept this report.
      if (!(error instanceof ApiError)) throw error;
      this.logger.warn('the API refused a result report', { commandId: entry.commandId, err: error });
    }
    this.journal.markReported(entry.commandId);
  }

  /** Reports finished commands the API has not acknowledged (after a crash or while it was away). */
  private async reportUnreported(): Promise<void> {
    for (const entry of this.journal.unreported()) {
      await this.report(entry);
      this.logger.info('reported a result from the journal', { commandId: entry.commandId, ok: entry.outcome?.ok });
    }
  }

  private async progress(command: CommandPayload, message?: string): Promise<void> {
    try {
      await this.api.graphql(PROGRESS, { id: command.commandId, attempt: command.attempt, message: message ?? null });
    } catch (error) {
      this.logger.warn('progress not reported', { commandId: command.commandId, err: error });
    }
  }

  /** Sends the sizes of the customers' databases; a host without MariaDB just has none. */
  private async reportDatabaseSizes(): Promise<void> {
    let sizes: Array<{ name: string; bytes: number }>;
    try {
      sizes = await measureDatabases(this.executorContext());
    } catch (error) {
      this.logger.debug('database sizes not measured', { err: error });
      return;
    }
    if (sizes.length) await this.api.graphql(DATABASE_SIZES, { sizes });
  }

  /** Scans the sites' files; a scan can take minutes, so it runs beside the command loop. */
  private async scan(): Promise<void> {
    try {
      const findings = await scanSites(`${this.servers.paths.root}/srv/www`, {
        database: this.config.antivirus.database,
      });
      await this.api.graphql(REPORT_MALWARE, { findings });
      this.logger.info('antivirus scan done', { infected: findings.length });
    } catch (error) {
      this.logger.warn('antivirus scan failed; tried again later', { err: error });
      throw error;
    }
  }

  /** Sends the runs of scheduled jobs that finished since the last report. */
  private async reportCronRuns(): Promise<void> {
    const file = join(this.state.dir, 'cron-reported');
    const since = existsSync(file) ? Number(readFileSync(file, 'utf8')) || 0 : 0;
    const { runs, newest } = collectCronRuns(`${this.servers.paths.root}/srv/www`, since);
    if (runs.length === 0) return;
    await this.api.graphql(CRON_RUNS, { runs });
    writeFileAtomic(file, String(newest), 0o600);
  }

  private async reportHostInfo(): Promise<unknown> {
    const info = await collectHostInfo(
      this.config.nginx.binary,
      Object.keys(this.servers.phpFpm),
      this.servers.layout(),
      sealingPublicKeyOf(this.state.sealingKey()),
    );
    await this.api.graphql(HOST_INFO, { info });
    return info;
  }

  private housekeeping(): void {
    this.journal.prune();
    const gone = [
      ...pruneArchives(this.servers.paths.archiveDir),
      ...pruneArchives(join(this.servers.paths.root, 'var/lib/elasticweb/db-archive')),
    ];
    if (gone.length) this.logger.info('removed archives older than 30 days', { archives: gone });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeStop = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

export { HOST_INFO_FIELDS };

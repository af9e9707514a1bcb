import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import {
  commandArgs,
  isSealed,
  mapSecrets,
  PROTOCOL_VERSION,
  seal,
  signEnvelope,
  type CommandType,
  type Envelope,
} from '@elasticweb/protocol';
import { In, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { InvalidInputError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { forUpdate } from '../database/locking.js';
import { msg } from '../common/msg.js';
import { Command, CommandStatus, FINAL_STATUSES, PRIORITY } from './command.entity.js';
import { Host } from './host.entity.js';
import { CommandOutcomes, type OutcomeListener } from './command-outcomes.js';
import type { SigningKey } from './signing-keys.js';

export const LEASE_SECONDS = 60;
export const MAX_ATTEMPTS = 5;
const COMMAND_TTL_SECONDS = 24 * 3600;
const ENVELOPE_TTL_SECONDS = 10 * 60;
export const MAX_WAIT_SECONDS = 50;
/** A waiting poll also looks at the database this often, to see other replicas' commands. */
const RECHECK_MS = 1_000;

export interface EnqueueRequest {
  hostId: string;
  siteId?: string | null;
  /** What it changes (defaults to the site): one command per subject at a time, in order. */
  subjectId?: string | null;
  type: CommandType;
  args: unknown;
  priority?: number;
  dependsOn?: string[];
  specVersion?: number | null;
  ttlSeconds?: number;
}

export interface CommandResult {
  commandId: string;
  attempt: number;
  ok: boolean;
  result?: string | null;
  error?: string | null;
  /** The agent knows a retry cannot help (a bad spec): fail at once. */
  permanent?: boolean | null;
}

/** Jittered exponential backoff: 2^attempt seconds, ±50 %, at most ten minutes. */
export function backoffSeconds(attempt: number, random = Math.random): number {
  const base = Math.min(600, 2 ** attempt);
  return Math.round(base * (0.5 + random()));
}

type AfterCommit = Array<() => void>;

export interface QueueOptions {
  /** How long a delivery is the agent's before it returns to the queue (default 60 s). */
  leaseSeconds?: number;
}

/**
 * The command queue (DESIGN.md, "Signed commands"): priorities, dependencies, one
 * command in flight per site, leases that expire, retries with backoff, and the host's
 * sequence number, attempt and signature given at delivery.
 */
/** The largest step an agent's report may move a host's sequence counter (a restore a year old is far less). */
export const MAX_SEQUENCE_JUMP = 10_000_000;

export type SequenceAheadListener = (
  manager: EntityManager,
  event: { host: Host; panelSeq: number; agentSeq: number; taken: boolean },
) => Promise<() => void>;

export class CommandQueue {
  private readonly wakeups = new EventEmitter();
  private readonly outcomes = new CommandOutcomes();
  private readonly sequenceAhead: SequenceAheadListener[] = [];
  private readonly leaseSeconds: number;
  /** Polls waiting in this process, and the one timer that checks the database for them. */
  private waiting = 0;
  private checker: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly signingKey: SigningKey,
    options: QueueOptions = {},
  ) {
    this.wakeups.setMaxListeners(0);
    this.leaseSeconds = options.leaseSeconds ?? LEASE_SECONDS;
  }

  /** Registers what happens when a host's sequence number was ahead of the panel's (an alert). */
  onSequenceAhead(listener: SequenceAheadListener): void {
    this.sequenceAhead.push(listener);
  }

  /**
   * An agent reports the last sequence number it accepted. When that is ahead of the
   * host's counter (the panel's database was restored from an earlier backup), the agent
   * would refuse every delivery as a replay: the counter moves up to it, so the next
   * deliveries count on from there. Moving up never lets an old envelope in again. A
   * jump beyond MAX_SEQUENCE_JUMP is not taken, only told.
   */
  async catchUpSequence(hostId: string, agentLastSeq: number): Promise<void> {
    if (!Number.isSafeInteger(agentLastSeq) || agentLastSeq <= 0) return;
    const tell: Array<() => void> = [];
    await this.dataSource.transaction(async (manager) => {
      const host = await forUpdate(
        manager.getRepository(Host).createQueryBuilder('h').where('h.id = :hostId', { hostId }),
      ).getOne();
      if (!host || agentLastSeq <= host.lastSeq) return;
      const taken = agentLastSeq - host.lastSeq <= MAX_SEQUENCE_JUMP;
      if (taken) await manager.getRepository(Host).update({ id: hostId }, { lastSeq: agentLastSeq });
      for (const listener of this.sequenceAhead)
        tell.push(await listener(manager, { host, panelSeq: host.lastSeq, agentSeq: agentLastSeq, taken }));
    });
    for (const after of tell) after();
  }

  /** Registers what must happen when a command of these types ends for good (site status, alerts). */
  onOutcome<T extends CommandType>(types: readonly T[], listener: OutcomeListener<T>): void {
    this.outcomes.on(types, listener);
  }

  /** Wakes the host's waiting poll; call it after the transaction that queued its command committed. */
  wake(hostId: string): void {
    this.wakeups.emit(hostId);
  }

  async enqueue(request: EnqueueRequest): Promise<Command> {
    const command = await this.dataSource.transaction((manager) => this.enqueueWith(manager, request));
    this.wake(command.hostId);
    return command;
  }

  /** Queues a command inside the caller's transaction; the caller wakes the host after the commit. */
  async enqueueWith(manager: EntityManager, request: EnqueueRequest): Promise<Command> {
    const schema = commandArgs[request.type];
    if (!schema.safeParse(request.args).success)
      throw new InvalidInputError('args', msg('The command’s arguments are not valid.'));
    // Secrets are sealed to the host's key before they are stored: the database and its
    // backups never hold them in clear (a host from before sealing gets them signed, over TLS).
    const host = await manager
      .getRepository(Host)
      .findOne({ where: { id: request.hostId }, select: { id: true, sealingKey: true } });
    const sealingKey = host?.sealingKey;
    const args = sealingKey
      ? mapSecrets(request.type, request.args, (value) => (isSealed(value) ? value : seal(sealingKey, value)))
      : request.args;
    const now = new Date();
    const command = Object.assign(new Command(), {
      id: newId(),
      hostId: request.hostId,
      siteId: request.siteId ?? null,
      subjectId: request.subjectId ?? request.siteId ?? null,
      type: request.type,
      argsJson: JSON.stringify(args),
      priority: request.priority ?? PRIORITY.ROUTINE,
      dependsOnJson: request.dependsOn?.length ? JSON.stringify(request.dependsOn) : null,
      specVersion: request.specVersion ?? null,
      status: CommandStatus.QUEUED,
      attempt: 0,
      seq: null,
      leaseUntil: null,
      notBefore: now,
      expiresAt: new Date(now.getTime() + (request.ttlSeconds ?? COMMAND_TTL_SECONDS) * 1000),
      result: null,
      error: null,
      createdAt: now,
      finishedAt: null,
    });
    if (command.subjectId && command.specVersion !== null) {
      // A newer spec replaces the older ones of the same subject still waiting.
      await manager
        .createQueryBuilder()
        .update(Command)
        .set({ status: CommandStatus.SUPERSEDED, finishedAt: now })
        .where('subject_id = :subjectId AND type = :type AND status = :queued AND spec_version < :version', {
          subjectId: command.subjectId,
          type: command.type,
          queued: CommandStatus.QUEUED,
          version: command.specVersion,
        })
        .execute();
    }
    await manager.getRepository(Command).insert(command);
    return command;
  }

  /**
   * Long poll: answers as soon as commands are ready for the host, or with nothing
   * after `waitSeconds`. While it waits it holds no database connection.
   */
  async poll(hostId: string, waitSeconds: number, max = 10): Promise<Envelope[]> {
    const deadline = Date.now() + Math.min(Math.max(waitSeconds, 0), MAX_WAIT_SECONDS) * 1000;
    for (;;) {
      const envelopes = await this.lease(hostId, max);
      const left = deadline - Date.now();
      if (envelopes.length > 0 || left <= 0) return envelopes;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wakeups.off(hostId, done);
          this.waiting -= 1;
          if (this.waiting === 0) this.stopChecking();
          resolve();
        };
        const timer = setTimeout(done, left);
        this.wakeups.on(hostId, done);
        this.waiting += 1;
        this.startChecking();
      });
    }
  }

  /**
   * While polls wait, one query a second (however many agents wait) finds the hosts
   * with work that this process did not queue itself: another replica's commands,
   * retries whose backoff ended, leases that expired. Their polls wake and lease.
   */
  private startChecking(): void {
    if (this.checker) return;
    this.checker = setInterval(() => void this.checkForWork(), RECHECK_MS);
    this.checker.unref();
  }

  private stopChecking(): void {
    if (this.checker) clearInterval(this.checker);
    this.checker = null;
  }

  private async checkForWork(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const now = new Date();
      const rows = (await this.dataSource
        .getRepository(Command)
        .createQueryBuilder('c')
        .select('DISTINCT c.host_id', 'hostId')
        .where('(c.status = :queued AND c.not_before <= :now) OR (c.status = :leased AND c.lease_until < :now)', {
          queued: CommandStatus.QUEUED,
          leased: CommandStatus.LEASED,
          now,
        })
        .limit(10_000)
        .getRawMany()) as Array<{ hostId: string }>;
      for (const row of rows) if (this.wakeups.listenerCount(row.hostId) > 0) this.wakeups.emit(row.hostId);
    } catch {
      // The next tick tries again; the polls' own deadlines still answer them.
    } finally {
      this.checking = false;
    }
  }

  /** Leases ready commands for a host and signs them, each with the host's next sequence number. */
  async lease(hostId: string, max = 10): Promise<Envelope[]> {
    const afterCommit: AfterCommit = [];
    const envelopes = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      // The host row is the sequence counter and is locked first, by every lease of the
      // host: leases of one host take turns (no deadlock, no shared seq), other hosts'
      // leases go on in parallel, and SKIP LOCKED keeps them off each other's rows.
      const host = await forUpdate(
        manager.getRepository(Host).createQueryBuilder('h').where('h.id = :hostId', { hostId }),
      ).getOneOrFail();
      await this.releaseExpired(manager, hostId, now, afterCommit);
      const candidates = manager
        .getRepository(Command)
        .createQueryBuilder('c')
        .where('c.host_id = :hostId AND c.status = :queued AND c.not_before <= :now', {
          hostId,
          queued: CommandStatus.QUEUED,
          now,
        })
        .orderBy('c.priority', 'DESC')
        .addOrderBy('c.created_at', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .limit(max * 5);
      // Several API replicas share the queue: rows another transaction holds are skipped, not waited for.
      const rows = await forUpdate(candidates, { skipLocked: true }).getMany();
      if (rows.length === 0) return [];

      const inFlightSubjects = new Set(
        (
          await manager.getRepository(Command).find({
            where: { hostId, status: CommandStatus.LEASED },
            select: { subjectId: true },
          })
        )
          .map((c) => c.subjectId)
          .filter((id): id is string => id !== null),
      );
      const chosen: Command[] = [];
      for (const command of rows) {
        if (chosen.length >= max) break;
        if (command.subjectId && inFlightSubjects.has(command.subjectId)) continue; // one at a time per subject, in order
        const dependsOn = command.dependsOnJson ? (JSON.parse(command.dependsOnJson) as string[]) : [];
        if (dependsOn.length) {
          const deps = await manager
            .getRepository(Command)
            .find({ where: { id: In(dependsOn) }, select: { id: true, status: true } });
          if (
            deps.some((d) => d.status !== CommandStatus.SUCCEEDED && FINAL_STATUSES.includes(d.status)) ||
            deps.length < dependsOn.length
          ) {
            await this.finish(
              manager,
              command,
              CommandStatus.CANCELLED,
              null,
              'a command it depends on did not succeed',
              afterCommit,
            );
            continue;
          }
          if (deps.some((d) => d.status !== CommandStatus.SUCCEEDED)) continue;
        }
        if (command.subjectId) inFlightSubjects.add(command.subjectId);
        chosen.push(command);
      }
      if (chosen.length === 0) return [];

      let seq = host.lastSeq;
      const envelopes: Envelope[] = [];
      for (const command of chosen) {
        seq += 1;
        command.attempt += 1;
        const leaseUntil = new Date(now.getTime() + this.leaseSeconds * 1000);
        await manager
          .getRepository(Command)
          .update({ id: command.id }, { status: CommandStatus.LEASED, attempt: command.attempt, seq, leaseUntil });
        const payload = Buffer.from(
          JSON.stringify({
            v: PROTOCOL_VERSION,
            hostId,
            commandId: command.id,
            attempt: command.attempt,
            seq,
            type: command.type,
            args: JSON.parse(command.argsJson) as unknown,
            issuedAt: now.toISOString(),
            expiresAt: new Date(
              Math.min(command.expiresAt.getTime(), now.getTime() + ENVELOPE_TTL_SECONDS * 1000),
            ).toISOString(),
            nonce: randomBytes(16).toString('hex'),
          }),
        );
        envelopes.push(signEnvelope(payload, this.signingKey));
      }
      await manager.getRepository(Host).update({ id: hostId }, { lastSeq: seq });
      return envelopes;
    });
    afterCommit.forEach((effect) => effect());
    return envelopes;
  }

  /** The agent is still working: the lease is extended. False when the delivery is no longer current. */
  async progress(hostId: string, commandId: string, attempt: number, message: string | null = null): Promise<boolean> {
    const leaseUntil = new Date(Date.now() + this.leaseSeconds * 1000);
    const updated = await this.dataSource
      .createQueryBuilder()
      .update(Command)
      .set({ leaseUntil, ...(message ? { progressMessage: String(message).slice(0, 200) } : {}) })
      .where('id = :commandId AND host_id = :hostId AND attempt = :attempt AND status = :leased', {
        commandId,
        hostId,
        attempt,
        leased: CommandStatus.LEASED,
      })
      .execute();
    return updated.affected === 1;
  }

  /** Records a result once; a repeated report of the same outcome changes nothing. */
  async report(hostId: string, result: CommandResult): Promise<boolean> {
    const afterCommit: AfterCommit = [];
    await this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(Command)
        .createQueryBuilder('c')
        .where('c.id = :id AND c.host_id = :hostId', { id: result.commandId, hostId });
      const command = await forUpdate(query).getOne();
      if (!command) throw new InvalidInputError('commandId', msg('This command does not exist.'));
      if (FINAL_STATUSES.includes(command.status)) return;
      if (result.ok) {
        await this.finish(manager, command, CommandStatus.SUCCEEDED, result.result ?? null, null, afterCommit);
      } else if (!result.permanent && command.attempt < MAX_ATTEMPTS) {
        const notBefore = new Date(Date.now() + backoffSeconds(command.attempt) * 1000);
        await manager
          .getRepository(Command)
          .update(
            { id: command.id },
            { status: CommandStatus.QUEUED, leaseUntil: null, notBefore, error: result.error ?? null },
          );
      } else {
        await this.finish(manager, command, CommandStatus.FAILED, null, result.error ?? 'failed', afterCommit);
      }
    });
    afterCommit.forEach((effect) => effect());
    return true;
  }

  /**
   * Finished commands older than `days` go; the queue keeps only recent history. Commands
   * an open alert points to stay until the alert is handled.
   */
  async pruneFinished(days = 30, now = new Date()): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(Command)
      .where('status IN (:...finished) AND finished_at < :before', {
        finished: FINAL_STATUSES,
        before: new Date(now.getTime() - days * 24 * 3600 * 1000),
      })
      .andWhere("id NOT IN (SELECT command_id FROM alerts WHERE status = 'open' AND command_id IS NOT NULL)")
      .execute();
    return result.affected ?? 0;
  }

  async get(id: string): Promise<Command | null> {
    return this.dataSource.getRepository(Command).findOneBy({ id });
  }

  private async finish(
    manager: EntityManager,
    command: Command,
    status: CommandStatus,
    result: string | null,
    error: string | null,
    afterCommit: AfterCommit,
  ): Promise<void> {
    await manager
      .getRepository(Command)
      .update({ id: command.id }, { status, result, error, leaseUntil: null, finishedAt: new Date() });
    afterCommit.push(...(await this.outcomes.publish(manager, Object.assign(command, { status, result, error }))));
  }

  /** Expired leases go back to the queue; commands past their lifetime end as expired. */
  private async releaseExpired(
    manager: EntityManager,
    hostId: string,
    now: Date,
    afterCommit: AfterCommit,
  ): Promise<void> {
    await manager
      .getRepository(Command)
      .update(
        { hostId, status: CommandStatus.LEASED, leaseUntil: LessThan(now) },
        { status: CommandStatus.QUEUED, leaseUntil: null },
      );
    const expired = await manager
      .getRepository(Command)
      .find({ where: { hostId, status: CommandStatus.QUEUED, expiresAt: LessThan(now) } });
    for (const command of expired)
      await this.finish(manager, command, CommandStatus.EXPIRED, null, 'not delivered before it expired', afterCommit);
  }
}

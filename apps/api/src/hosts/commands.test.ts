import { createPublicKey, type KeyObject } from 'node:crypto';
import { newSealingKeyPair, openSealed, verifyEnvelope, type Envelope } from '@elasticweb/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../database/data-source.js';
import { entities } from '../app/entities.js';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { Command, CommandStatus, PRIORITY } from './command.entity.js';
import { CommandQueue } from './command-queue.service.js';
import { Alert, AlertStatus } from '../admin/alert.entity.js';
import { newId } from '../common/ids.js';
import { ephemeralSigningKey } from './signing-keys.js';

const info = {
  os: 'Debian GNU/Linux 12',
  nginxVersion: '1.22.1',
  phpVersions: ['8.2'],
  cpuCores: 2,
  memoryMb: 4096,
  diskGb: 50,
  layout: { prefix: '/', listen: ['80'], phpFpmSocketDir: '/run/php', acmeRoot: '/var/lib/elasticweb/acme' },
};
const siteA = '01900000-0000-7000-8000-00000000000a';
const siteB = '01900000-0000-7000-8000-00000000000b';
const spec = (isBlocked = false) => ({
  account: 'ewabcdefgh',
  domains: ['a.example'],
  phpVersion: '8.2',
  vhost: 'server {}',
  isBlocked,
});
const POLL =
  'query ($wait: Int) { pendingCommands(waitSeconds: $wait) { payloadType payload signatures { keyid sig } } }';

describe.each(dialectsUnderTest())('the command queue on %s', (dialect) => {
  let api: TestApi;
  let hostId: string;
  let hostToken: string;
  let keys: Map<string, KeyObject>;
  let lastSeq = 0;
  let queue: CommandQueue;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    const admin = await api.adminToken();
    const token = (
      await api.gql<{ createHostEnrollment: { token: string } }>(
        'mutation { createHostEnrollment(name: "q") { token } }',
        {},
        { token: admin },
      )
    ).data!.createHostEnrollment.token;
    const enrolled = await api.gql<{
      enrollHost: { hostId: string; hostToken: string; panelKeys: Array<{ keyid: string; publicKey: string }> };
    }>(
      'mutation ($token: String!, $info: HostInfoInput!) { enrollHost(enrollmentToken: $token, info: $info) { hostId hostToken panelKeys { keyid publicKey } } }',
      { token, info },
    );
    ({ hostId, hostToken } = enrolled.data!.enrollHost);
    keys = new Map(enrolled.data!.enrollHost.panelKeys.map((k) => [k.keyid, createPublicKey(k.publicKey)]));
    queue = api.app.services.commands;
  });
  afterAll(async () => {
    await api.close();
  });

  /** Polls as the agent does and verifies every envelope as the agent would. */
  async function poll(wait = 0) {
    const result = await api.gql<{ pendingCommands: Envelope[] }>(POLL, { wait }, { token: hostToken });
    expect(result.errors).toBeUndefined();
    return result.data!.pendingCommands.map((envelope) => {
      const verified = verifyEnvelope(envelope, { keys, hostId, lastSeq });
      if (!verified.ok) throw new Error(`the agent would refuse this envelope: ${verified.reason}`);
      lastSeq = verified.command.seq;
      return verified.command;
    });
  }
  const report = (commandId: string, attempt: number, ok: boolean, extra: Record<string, unknown> = {}) =>
    api.gql(
      'mutation ($input: CommandResultInput!) { reportCommandResult(input: $input) }',
      { input: { commandId, attempt, ok, ...extra } },
      { token: hostToken },
    );

  it('delivers signed commands, urgent first, with sequence numbers that only grow', async () => {
    const routine = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const urgent = await queue.enqueue({
      hostId,
      siteId: siteA,
      type: 'site.apply',
      args: { siteId: siteA, specVersion: 1, spec: spec(true) },
      specVersion: 1,
      priority: PRIORITY.URGENT,
    });
    const commands = await poll();
    expect(commands.map((c) => c.commandId)).toEqual([urgent.id, routine.id]);
    expect(commands[1]!.seq).toBeGreaterThan(commands[0]!.seq);
    for (const c of commands) await report(c.commandId, c.attempt, true, { result: '{}' });
    expect(await poll()).toEqual([]);
    // Reporting the same outcome again changes nothing.
    expect((await report(routine.id, 1, true)).data).toEqual({ reportCommandResult: true });
    expect((await queue.get(routine.id))?.status).toBe(CommandStatus.SUCCEEDED);
  });

  it('retries a failed attempt later with the next attempt and a higher sequence number', async () => {
    const command = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const [first] = await poll();
    await report(command.id, first!.attempt, false, { error: 'nginx -t failed' });
    const waiting = await queue.get(command.id);
    expect(waiting).toMatchObject({ status: CommandStatus.QUEUED, error: 'nginx -t failed' });
    expect(waiting!.notBefore.getTime()).toBeGreaterThan(Date.now());
    expect(await poll()).toEqual([]); // backing off
    await api.dataSource.getRepository(Command).update({ id: command.id }, { notBefore: new Date(Date.now() - 1000) });
    const [second] = await poll();
    expect(second).toMatchObject({ commandId: command.id, attempt: 2 });
    expect(second!.seq).toBeGreaterThan(first!.seq);
    await report(command.id, 2, true);
  });

  it('gives an expired lease back to the queue and delivers it again', async () => {
    const command = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const [first] = await poll();
    expect(await queue.progress(hostId, command.id, first!.attempt)).toBe(true);
    await api.dataSource.getRepository(Command).update({ id: command.id }, { leaseUntil: new Date(Date.now() - 1000) });
    const [again] = await poll();
    expect(again).toMatchObject({ commandId: command.id, attempt: 2 });
    // The first delivery is no longer current: its progress reports are refused.
    expect(await queue.progress(hostId, command.id, first!.attempt)).toBe(false);
    await report(command.id, 2, true);
  });

  it('waits for a dependency, and cancels the command when the dependency fails for good', async () => {
    const first = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const second = await queue.enqueue({ hostId, type: 'host.info', args: {}, dependsOn: [first.id] });
    expect((await poll()).map((c) => c.commandId)).toEqual([first.id]);
    await report(first.id, 1, false, { error: 'broken', permanent: true });
    expect(await poll()).toEqual([]);
    expect((await queue.get(first.id))?.status).toBe(CommandStatus.FAILED);
    expect((await queue.get(second.id))?.status).toBe(CommandStatus.CANCELLED);
  });

  it('lets a newer site spec supersede the queued older one, and runs one command per site at a time', async () => {
    const v2 = await queue.enqueue({
      hostId,
      siteId: siteB,
      type: 'site.apply',
      args: { siteId: siteB, specVersion: 2, spec: spec() },
      specVersion: 2,
    });
    const v3 = await queue.enqueue({
      hostId,
      siteId: siteB,
      type: 'site.apply',
      args: { siteId: siteB, specVersion: 3, spec: spec() },
      specVersion: 3,
    });
    const detect = await queue.enqueue({
      hostId,
      siteId: siteB,
      type: 'site.detect',
      args: { siteId: siteB, account: 'ewabcdefgh', domain: 'b.example' },
    });
    expect((await queue.get(v2.id))?.status).toBe(CommandStatus.SUPERSEDED);
    const delivered = await poll();
    expect(delivered.map((c) => c.commandId)).toEqual([v3.id]);
    await report(v3.id, 1, true);
    expect((await poll()).map((c) => c.commandId)).toEqual([detect.id]);
    await report(detect.id, 1, true);
  });

  it('answers a long poll as soon as a command is queued', async () => {
    const waiting = poll(20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const command = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const commands = await waiting;
    expect(commands.map((c) => c.commandId)).toEqual([command.id]);
    await report(command.id, 1, true);
  });

  it('refuses arguments that do not fit the command', async () => {
    await expect(
      queue.enqueue({ hostId, type: 'site.delete', args: { siteId: '../../etc', account: 'root' } }),
    ).rejects.toThrow(/not valid/);
  });

  it('never hands one command to two polls, across two API processes on one database', async () => {
    // Replicas share MySQL; the embedded SQLite store is one process, where concurrent polls take turns.
    const second = dialect === 'mysql' ? await openStore({ entities, url: api.config.DATABASE_URL! }) : null;
    const otherProcess = second ? new CommandQueue(second, ephemeralSigningKey()) : queue;
    try {
      const ids = new Set<string>();
      for (let i = 0; i < 30; i++) ids.add((await queue.enqueue({ hostId, type: 'host.info', args: {} })).id);
      const delivered: string[] = [];
      const leaseAll = async (q: CommandQueue) => {
        for (let round = 0; round < 10; round++) {
          for (const envelope of await q.lease(hostId, 3)) {
            delivered.push(
              (JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as { commandId: string }).commandId,
            );
          }
        }
      };
      await Promise.all([leaseAll(queue), leaseAll(otherProcess), leaseAll(queue), leaseAll(otherProcess)]);
      expect(new Set(delivered).size).toBe(delivered.length);
      expect(new Set(delivered)).toEqual(ids);
    } finally {
      await second?.destroy();
    }
  });

  it('forgets finished commands after 30 days, but not one an open alert points to', async () => {
    const done = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const kept = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const waiting = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const delivered = await poll();
    for (const id of [done.id, kept.id]) await report(id, delivered.find((c) => c.commandId === id)!.attempt, true);
    await api.dataSource.getRepository(Alert).insert({
      id: newId(),
      kind: 'command_failed',
      status: AlertStatus.OPEN,
      commandId: kept.id,
      message: 'failed',
      createdAt: new Date(),
    });
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    expect(await queue.pruneFinished(30, later)).toBeGreaterThanOrEqual(1);
    expect(await queue.get(done.id)).toBeNull();
    expect(await queue.get(kept.id)).not.toBeNull();
    expect(await queue.get(waiting.id)).not.toBeNull(); // not finished: never pruned
  });

  it('answers only agents', async () => {
    const customer = (await api.signUp()).token;
    expect((await api.gql(POLL, { wait: 0 }, { token: customer })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('continues above an agent whose sequence got ahead of the panel’s (a database restored from a backup), and tells administrators', async () => {
    // The agent accepted up to 500; the restored panel's counter is far behind.
    lastSeq = 500;
    await api.dataSource.query('UPDATE hosts SET last_seq = 3 WHERE id = ?', [hostId]);
    const command = await queue.enqueue({ hostId, type: 'host.info', args: {} });
    const POLL_AT =
      'query ($lastSeq: Int) { pendingCommands(waitSeconds: 0, lastSeq: $lastSeq) { payloadType payload signatures { keyid sig } } }';
    const result = await api.gql<{ pendingCommands: Envelope[] }>(POLL_AT, { lastSeq }, { token: hostToken });
    const delivered = result.data!.pendingCommands.map((envelope) =>
      verifyEnvelope(envelope, { keys, hostId, lastSeq }),
    );
    expect(delivered).toEqual([expect.objectContaining({ ok: true, command: expect.objectContaining({ seq: 501 }) })]);
    await report(command.id, 1, true);
    const alerts = await api.dataSource.getRepository(Alert).findBy({ kind: 'sequence_ahead', hostId });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.message).toMatch(/up to number 500, the panel only knew of 3.*Deliveries continue from 501/);
    // Reported again, or behind, nothing moves and nothing more is said.
    await api.gql(POLL_AT, { lastSeq: 400 }, { token: hostToken });
    expect(await api.dataSource.getRepository(Alert).countBy({ kind: 'sequence_ahead', hostId })).toBe(1);
    lastSeq = 501;
  });

  it('seals a command’s secrets to the host’s key before storing them, and only those', async () => {
    const hostKey = newSealingKeyPair();
    await api.dataSource.query('UPDATE hosts SET sealing_key = ? WHERE id = ?', [hostKey.publicKey, hostId]);
    try {
      const passwordHash = `*${'A1'.repeat(20)}`;
      const args = { databaseId: newId(), account: 'ewk3m7qz2a', name: 'ewk3m7qz2a_shop', passwordHash };
      const command = await queue.enqueue({ hostId, type: 'database.apply', args });
      const [row] = (await api.dataSource.query('SELECT args FROM commands WHERE id = ?', [command.id])) as Array<{
        args: string;
      }>;
      expect(row!.args).not.toContain(passwordHash);
      const [delivered] = await poll();
      const sent = delivered!.args as typeof args;
      expect(sent.name).toBe('ewk3m7qz2a_shop');
      expect(openSealed(hostKey.privateKeyPem, sent.passwordHash)).toBe(passwordHash);
      await report(delivered!.commandId, delivered!.attempt, true);
    } finally {
      await api.dataSource.query('UPDATE hosts SET sealing_key = NULL WHERE id = ?', [hostId]);
    }
  });
});

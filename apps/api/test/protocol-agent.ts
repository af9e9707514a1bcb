/**
 * A host agent reduced to its protocol: enrolls through GraphQL, long-polls, verifies
 * every envelope exactly as the real agent does, and reports what the test says.
 * API tests use it to drive the queue without nginx; agent/ tests use the real agent.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { verifyEnvelope, type CommandPayload, type Envelope } from '@elasticweb/protocol';
import type { TestApi } from './harness.js';

export const HOST_INFO = {
  os: 'Debian GNU/Linux 12 (bookworm)',
  nginxVersion: '1.22.1',
  phpVersions: ['8.2'],
  cpuCores: 2,
  memoryMb: 4096,
  diskGb: 50,
  layout: {
    prefix: '/',
    listen: ['80', '[::]:80'],
    phpFpmSocketDir: '/run/elasticweb/php',
    acmeRoot: '/var/lib/elasticweb/acme',
  },
};

const POLL =
  'query ($wait: Int) { pendingCommands(waitSeconds: $wait) { payloadType payload signatures { keyid sig } } }';

export interface ProtocolAgent {
  hostId: string;
  hostToken: string;
  /** Polls once and returns the verified commands; throws on any envelope the agent would refuse. */
  poll(waitSeconds?: number): Promise<CommandPayload[]>;
  report(
    command: Pick<CommandPayload, 'commandId' | 'attempt'>,
    ok: boolean,
    extra?: Record<string, unknown>,
  ): Promise<void>;
}

export async function enrollProtocolAgent(
  api: TestApi,
  adminToken: string,
  name = 'protocol host',
  info: Partial<typeof HOST_INFO> = {},
): Promise<ProtocolAgent> {
  const created = await api.gql<{ createHostEnrollment: { token: string } }>(
    'mutation ($name: String!) { createHostEnrollment(name: $name) { token } }',
    { name },
    { token: adminToken },
  );
  const enrolled = await api.gql<{
    enrollHost: { hostId: string; hostToken: string; panelKeys: Array<{ keyid: string; publicKey: string }> };
  }>(
    'mutation ($token: String!, $info: HostInfoInput!) { enrollHost(enrollmentToken: $token, info: $info) { hostId hostToken panelKeys { keyid publicKey } } }',
    { token: created.data!.createHostEnrollment.token, info: { ...HOST_INFO, ...info } },
  );
  if (!enrolled.data) throw new Error(`enrollment failed: ${JSON.stringify(enrolled.errors)}`);
  const { hostId, hostToken, panelKeys } = enrolled.data.enrollHost;
  const keys = new Map<string, KeyObject>(panelKeys.map((k) => [k.keyid, createPublicKey(k.publicKey)]));
  let lastSeq = 0;
  return {
    hostId,
    hostToken,
    async poll(waitSeconds = 0) {
      const result = await api.gql<{ pendingCommands: Envelope[] }>(POLL, { wait: waitSeconds }, { token: hostToken });
      if (!result.data) throw new Error(`poll failed: ${JSON.stringify(result.errors)}`);
      return result.data.pendingCommands.map((envelope) => {
        const verified = verifyEnvelope(envelope, { keys, hostId, lastSeq });
        if (!verified.ok) throw new Error(`the agent would refuse this envelope: ${verified.reason}`);
        lastSeq = verified.command.seq;
        return verified.command;
      });
    },
    async report(command, ok, extra = {}) {
      const result = await api.gql(
        'mutation ($input: CommandResultInput!) { reportCommandResult(input: $input) }',
        { input: { commandId: command.commandId, attempt: command.attempt, ok, ...extra } },
        { token: hostToken },
      );
      if (result.errors) throw new Error(`report failed: ${JSON.stringify(result.errors)}`);
    },
  };
}

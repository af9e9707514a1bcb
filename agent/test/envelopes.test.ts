import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  keyIdOf,
  privateKeyFromSeed,
  publicKeyOf,
  signEnvelope,
  MAX_ENVELOPE_BYTES,
  type Envelope,
} from '@elasticweb/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../src/agent.js';
import { parseConfig } from '../src/config.js';
import { Journal } from '../src/journal.js';
import { createLogger } from '../src/log.js';
import { AgentState } from '../src/state.js';

const HOST = '01a20000-0000-7000-8000-000000000001';
const SITE = '01a20000-0000-7000-8000-0000000000aa';

function makeKey() {
  const privateKey = privateKeyFromSeed(randomBytes(32));
  const publicKey = publicKeyOf(privateKey);
  const keyid = keyIdOf(publicKey);
  return { keyid, privateKey, pin: { keyid, publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString() } };
}
type Key = ReturnType<typeof makeKey>;

describe('the agent’s checks on every envelope', () => {
  let dir: string;
  let agent: Agent;
  let journal: Journal;
  let state: AgentState;
  let logs: Array<Record<string, unknown>>;
  let current: Key;
  let seq: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ew-envelopes-'));
    current = makeKey();
    state = new AgentState(join(dir, 'state'));
    // Nothing listens there: these tests look at what the agent runs, not at its reports.
    state.writeEnrollment({
      apiUrl: 'http://127.0.0.1:9',
      hostId: HOST,
      hostToken: 'x'.repeat(43),
      panelKeys: [current.pin],
      ca: null,
      enrolledAt: new Date().toISOString(),
    });
    logs = [];
    const config = parseConfig({ state: state.dir, prefix: join(dir, 'root'), phpFpm: { binaries: {} } });
    agent = new Agent(
      config,
      createLogger('debug', (line) => void logs.push(JSON.parse(line) as Record<string, unknown>)),
    );
    journal = new Journal(state.journalDir);
    seq = 100;
    state.acceptSeq(seq);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const payload = (overrides: Record<string, unknown> = {}) => {
    seq += 1;
    const now = Date.now();
    return {
      v: 1,
      hostId: HOST,
      commandId: `01a20000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
      attempt: 1,
      seq,
      type: 'site.detect',
      args: { siteId: SITE, account: 'ewabcdefgh', domain: 'fuzz.example' },
      issuedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + 600_000).toISOString(),
      nonce: randomBytes(16).toString('hex'),
      ...overrides,
    };
  };
  const sign = (body: unknown, key: Key = current) => signEnvelope(Buffer.from(JSON.stringify(body)), key);
  const rejections = () => logs.filter((l) => l.msg === 'command rejected').map((l) => l.reason);
  const ran = () => logs.filter((l) => l.msg === 'command started').length;

  it('runs nothing from any mutation of a valid envelope, and logs why each was refused', async () => {
    const valid = sign(payload());
    const mutations: Array<{ name: string; envelope: unknown }> = [];
    const bytes = Buffer.from(valid.payload, 'base64');
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = changed[i]! ^ 0x01;
      mutations.push({ name: `payload byte ${i}`, envelope: { ...valid, payload: changed.toString('base64') } });
    }
    const sig = Buffer.from(valid.signatures[0]!.sig, 'base64');
    for (let i = 0; i < sig.length; i++) {
      const changed = Buffer.from(sig);
      changed[i] = changed[i]! ^ 0x80;
      mutations.push({
        name: `signature byte ${i}`,
        envelope: { ...valid, signatures: [{ keyid: current.keyid, sig: changed.toString('base64') }] },
      });
    }
    const stranger = makeKey();
    const now = Date.now();
    mutations.push(
      { name: 'other payload type', envelope: { ...valid, payloadType: 'application/json' } },
      {
        name: 'signature under another key id',
        envelope: { ...valid, signatures: [{ ...valid.signatures[0]!, keyid: stranger.keyid }] },
      },
      { name: 'signed by a key the host never pinned', envelope: sign(payload(), stranger) },
      { name: 'for another host', envelope: sign(payload({ hostId: '01a20000-0000-7000-8000-0000000000ff' })) },
      { name: 'expired', envelope: sign(payload({ expiresAt: new Date(now - 1000).toISOString() })) },
      {
        name: 'issued in the future',
        envelope: sign(
          payload({
            issuedAt: new Date(now + 3_600_000).toISOString(),
            expiresAt: new Date(now + 7_200_000).toISOString(),
          }),
        ),
      },
      { name: 'sequence at the last accepted', envelope: sign(payload({ seq: 100 })) },
      { name: 'sequence below it', envelope: sign(payload({ seq: 7 })) },
      { name: 'unknown command type', envelope: sign(payload({ type: 'shell.exec', args: { command: 'id' } })) },
      {
        name: 'arguments outside the schema',
        envelope: sign(payload({ args: { siteId: SITE, account: 'root', domain: 'x' } })),
      },
      { name: 'extra field in the payload', envelope: sign({ ...payload(), sudo: true }) },
      { name: 'oversized', envelope: sign(payload({ nonce: 'n'.repeat(16), pad: 'x'.repeat(MAX_ENVELOPE_BYTES) })) },
      { name: 'swapped payload of another valid envelope', envelope: { ...valid, payload: sign(payload()).payload } },
      { name: 'no signature', envelope: { ...valid, signatures: [] } },
      { name: 'not an envelope', envelope: 'site.apply' },
      { name: 'a future protocol version', envelope: sign(payload({ v: 2 })) },
    );
    for (const mutation of mutations) await agent.handle(mutation.envelope as Envelope);

    expect(ran()).toBe(0);
    expect(journal.all()).toEqual([]);
    expect(rejections()).toHaveLength(mutations.length);
    expect(new Set(rejections())).toEqual(
      new Set([
        'bad-signature',
        'payload-type',
        'unknown-key',
        'other-host',
        'expired',
        'from-the-future',
        'replayed',
        'unknown-type',
        'bad-args',
        'bad-payload',
        'too-large',
        'malformed',
        'version',
      ]),
    );
    expect(state.lastSeq()).toBe(100); // nothing refused moved the sequence on

    await agent.handle(valid);
    expect(ran()).toBe(1); // the same envelope, unharmed, is accepted
    await agent.handle(valid);
    expect(ran()).toBe(1); // and never accepted twice
    expect(rejections().at(-1)).toBe('replayed');
  });

  it('rotates keys with overlap: the new key works once pinned, and the old one stops when revoked', async () => {
    const next = makeKey();
    await agent.handle(sign(payload({ type: 'host.keys', args: { keys: [current.pin, next.pin] } })));
    await agent.handle(sign(payload(), next));
    await agent.handle(sign(payload(), current));
    expect(ran()).toBe(3); // the rotation, then one command under each key

    await agent.handle(sign(payload({ type: 'host.keys', args: { keys: [next.pin] } }), next));
    await agent.handle(sign(payload(), current));
    expect(rejections()).toEqual(['unknown-key']);
    expect(state.readEnrollment().panelKeys.map((k) => k.keyid)).toEqual([next.keyid]);
  });

  it('refuses a key list that would lock the host out or names a key by the wrong id', async () => {
    const other = makeKey();
    await agent.handle(sign(payload({ type: 'host.keys', args: { keys: [other.pin] } })));
    await agent.handle(
      sign(
        payload({
          type: 'host.keys',
          args: { keys: [current.pin, { keyid: current.keyid, publicKey: other.pin.publicKey }] },
        }),
      ),
    );
    const outcomes = journal.all().map((entry) => entry.outcome);
    expect(outcomes.map((o) => o?.ok)).toEqual([false, false]);
    expect(outcomes[0]!.error).toMatch(/leave out/);
    expect(outcomes[1]!.error).toMatch(/does not match its id/);
    expect(state.readEnrollment().panelKeys.map((k) => k.keyid)).toEqual([current.keyid]);
  });
});

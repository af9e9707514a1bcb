import { z } from 'zod';
import type { DataSource } from 'typeorm';
import type { Account } from '../accounts/account.entity.js';
import { hashToken, newToken } from '../common/tokens.js';
import { NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import { claimOnce } from '../database/locking.js';
import { msg } from '../common/msg.js';
import { Host, HostEnrollment, HostStatus } from './host.entity.js';
import type { HostInfoInput, HostEnrollmentResult, HostEnrollmentToken } from './host.inputs.js';
import type { PanelPublicKey } from './signing-keys.js';
import type { CommandQueue } from './command-queue.service.js';
import { PRIORITY } from './command.entity.js';

const ENROLLMENT_SECONDS = 3600;
/** Writing last_seen_at on every poll would be a write per request; once a minute is enough. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

const path = z
  .string()
  .max(400)
  .regex(/^\/[A-Za-z0-9._\-/]*$/, { message: msg('Paths must be absolute and plain.') });
const hostInfoSchema = z.object({
  os: z.string().min(1).max(200),
  nginxVersion: z.string().min(1).max(50),
  phpVersions: z.array(z.string().regex(/^\d\.\d$/, { message: msg('PHP versions look like 8.2.') })).max(20),
  cpuCores: z
    .number()
    .int()
    .min(1, { message: msg('A host has at least one CPU core.') })
    .max(4096),
  memoryMb: z
    .number()
    .int()
    .min(64)
    .max(64 * 1024 * 1024),
  diskGb: z
    .number()
    .int()
    .min(1)
    .max(1024 * 1024),
  tools: z
    .array(z.object({ name: z.string().min(1).max(40), version: z.string().min(1).max(40) }))
    .max(30)
    .nullish(),
  sealingKey: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/)
    .nullish(),
  layout: z.object({
    prefix: path,
    listen: z.array(z.string().max(60)).min(1).max(10),
    listenTls: z.array(z.string().max(60)).max(10).nullish(),
    phpFpmSocketDir: path,
    acmeRoot: path,
    certificates: z.boolean().nullish(),
  }),
});
/** The host's columns that the information an agent reports fills in. */
function infoColumns(info: z.infer<typeof hostInfoSchema>) {
  return {
    os: info.os,
    nginxVersion: info.nginxVersion,
    phpVersionsJson: JSON.stringify(info.phpVersions),
    cpuCores: info.cpuCores,
    memoryMb: info.memoryMb,
    diskGb: info.diskGb,
    layoutJson: JSON.stringify(info.layout),
    toolsJson: JSON.stringify(info.tools ?? []),
    // An agent from before sealing reports none: its commands keep travelling in clear.
    ...(info.sealingKey ? { sealingKey: info.sealingKey } : {}),
  };
}

const nameSchema = z
  .string()
  .trim()
  .min(1, { message: msg('Give the host a name.') })
  .max(100);

export class HostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly panelKeys: PanelPublicKey[],
    private readonly queue: CommandQueue,
    /** Runs after a host enrolled: sites that waited for a host go to it. */
    private readonly afterEnroll: () => Promise<unknown> = async () => undefined,
    private readonly tokenIdleDays = 90,
  ) {}

  async createEnrollment(admin: Account, nameInput: string): Promise<HostEnrollmentToken> {
    const name = parseInput(nameSchema, nameInput, 'name');
    const token = newToken('hostEnrollment');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ENROLLMENT_SECONDS * 1000);
    await this.dataSource.getRepository(HostEnrollment).insert({
      id: newId(),
      name,
      tokenHash: hashToken(token),
      expiresAt,
      usedAt: null,
      hostId: null,
      createdBy: admin.id,
      createdAt: now,
    });
    return { token, expiresAt };
  }

  /** Exchanges a one-time enrollment token for a host id and a host token. */
  async enroll(enrollmentToken: string, infoInput: HostInfoInput): Promise<HostEnrollmentResult> {
    const info = parseInput(hostInfoSchema, infoInput, 'info');
    const hostToken = newToken('host');
    const hostId = newId();
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const enrollment = await manager
        .getRepository(HostEnrollment)
        .findOneBy({ tokenHash: hashToken(String(enrollmentToken)) });
      if (!enrollment || enrollment.usedAt || enrollment.expiresAt <= now) {
        throw new UnauthenticatedError(
          msg('This enrollment token has expired or was already used. Ask an administrator for a new one.'),
        );
      }
      // Of two agents racing with one token, exactly one wins.
      if (!(await claimOnce(manager, HostEnrollment, enrollment.id, { usedAt: now, hostId })))
        throw new UnauthenticatedError(
          msg('This enrollment token has expired or was already used. Ask an administrator for a new one.'),
        );
      await manager.getRepository(Host).insert({
        id: hostId,
        name: enrollment.name,
        status: HostStatus.ACTIVE,
        tokenHash: hashToken(hostToken),
        ...infoColumns(info),
        lastSeq: 0,
        createdAt: now,
        lastSeenAt: now,
      });
    });
    await this.afterEnroll();
    return {
      hostId,
      hostToken,
      panelKeys: this.panelKeys,
    };
  }

  /** The active host behind a host token, or null. */
  async authenticate(token: string): Promise<Host | null> {
    if (token.length < 20 || token.length > 100) return null;
    const host = await this.dataSource.getRepository(Host).findOneBy({ tokenHash: hashToken(token) });
    if (!host || host.status !== HostStatus.ACTIVE) return null;
    const now = Date.now();
    // A host silent for HOST_TOKEN_IDLE_DAYS has its token refused: it enrolls again.
    const lastCall = (host.lastSeenAt ?? host.createdAt).getTime();
    if (now - lastCall > this.tokenIdleDays * 24 * 3600_000) return null;
    if (!host.lastSeenAt || now - host.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      await this.dataSource.getRepository(Host).update({ id: host.id }, { lastSeenAt: new Date(now) });
    }
    return host;
  }

  async reportInfo(host: Host, infoInput: HostInfoInput): Promise<Host> {
    const info = parseInput(hostInfoSchema, infoInput, 'info');
    await this.dataSource.getRepository(Host).update({ id: host.id }, { ...infoColumns(info), lastSeenAt: new Date() });
    return this.present(await this.dataSource.getRepository(Host).findOneByOrFail({ id: host.id }));
  }

  async list(): Promise<Host[]> {
    const hosts = await this.dataSource.getRepository(Host).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return hosts.map((host) => this.present(host));
  }

  /**
   * Sends every active host the keys it should pin now (after COMMAND_TRUSTED_PUBLIC_KEYS
   * or the signing key changed): the rotation step of docs/decisions. Returns how many hosts.
   */
  async pushPanelKeys(): Promise<number> {
    const hosts = await this.dataSource.getRepository(Host).find({ where: { status: HostStatus.ACTIVE } });
    for (const host of hosts)
      await this.queue.enqueue({
        hostId: host.id,
        type: 'host.keys',
        args: { keys: this.panelKeys },
        priority: PRIORITY.URGENT,
      });
    return hosts.length;
  }

  /** A disabled host's token stops working at once: every request looks it up. */
  async disable(id: string): Promise<Host> {
    const host = await this.dataSource.getRepository(Host).findOneBy({ id: String(id) });
    if (!host) throw new NotFoundError(msg('This host does not exist.'));
    await this.dataSource.getRepository(Host).update({ id: host.id }, { status: HostStatus.DISABLED });
    return this.present({ ...host, status: HostStatus.DISABLED });
  }

  private present(host: Host): Host {
    return Object.assign(host, {
      phpVersions: JSON.parse(host.phpVersionsJson) as string[],
      layout: JSON.parse(host.layoutJson) as Record<string, unknown>,
      tools: host.toolsJson ? (JSON.parse(host.toolsJson) as Array<{ name: string; version: string }>) : [],
    });
  }
}

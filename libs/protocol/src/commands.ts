import { z } from 'zod';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const systemName = z.string().regex(/^ew[a-z2-7]{8}$/);
const hostName = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/);

/** The whole desired state of a site (DESIGN.md, "Sites are desired state"). */
export const siteSpecSchema = z
  .object({
    account: systemName,
    domains: z.array(hostName).min(1).max(21),
    phpVersion: z.string().regex(/^\d\.\d$/),
    /** The vhost the API rendered with libs/nginx for this host's layout. */
    vhost: z.string().max(200_000),
    isBlocked: z.boolean(),
  })
  .strict();

/** Every command type and its arguments; an unknown type is refused before anything runs. */
export const commandArgs = {
  'site.apply': z.object({ siteId: uuid, specVersion: z.number().int().min(1), spec: siteSpecSchema }).strict(),
  'site.delete': z.object({ siteId: uuid, account: systemName }).strict(),
  'site.detect': z.object({ siteId: uuid, account: systemName, domain: hostName }).strict(),
  'host.info': z.object({}).strict(),
  /**
   * The panel keys the agent pins from now on (rotation with overlap: first [old, new]
   * signed by old, later [new] signed by new, which revokes old). The signer must be in
   * the new set, so a host can never be locked out by one command.
   */
  'host.keys': z
    .object({
      keys: z
        .array(
          z.object({ keyid: z.string().regex(/^[0-9a-f]{16}$/), publicKey: z.string().min(40).max(1000) }).strict(),
        )
        .min(1)
        .max(4),
    })
    .strict(),
} as const;

export type CommandType = keyof typeof commandArgs;
export type CommandArgs<T extends CommandType> = z.infer<(typeof commandArgs)[T]>;

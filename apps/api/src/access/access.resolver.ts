import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { AccountAccess } from './account-access.service.js';
import { AccessInfo, AddSshKeyInput, ShellAccess } from './access.types.js';
import { SshKey } from './ssh-key.entity.js';

@Resolver()
export class AccessResolver {
  constructor(private readonly accountAccess: AccountAccess) {}

  @Query(() => AccessInfo, { description: 'Host, user and paths for SSH and SFTP' })
  accessInfo(@Ctx() context: RequestContext): Promise<AccessInfo> {
    return this.accountAccess.info(requireAccount(context));
  }

  @Query(() => [SshKey])
  sshKeys(@Ctx() context: RequestContext): Promise<SshKey[]> {
    return this.accountAccess.sshKeys(requireAccount(context));
  }

  @Query(() => Boolean, { description: 'Whether a change of keys, shell or jobs is still being applied on the host' })
  accessChangesPending(@Ctx() context: RequestContext): Promise<boolean> {
    return this.accountAccess.isApplying(requireAccount(context));
  }

  @Mutation(() => SshKey, { description: 'Adds a public key that may log in as the account’s user' })
  addSshKey(
    @Arg('input', () => AddSshKeyInput) input: AddSshKeyInput,
    @Ctx() context: RequestContext,
  ): Promise<SshKey> {
    return this.accountAccess.addSshKey(requireAccount(context), input.publicKey);
  }

  @Mutation(() => Boolean)
  removeSshKey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return this.accountAccess.removeSshKey(requireAccount(context), id);
  }

  @Mutation(() => AccessInfo, { description: 'Full shell, or SFTP only' })
  setShellAccess(
    @Arg('shell', () => ShellAccess) shell: ShellAccess,
    @Ctx() context: RequestContext,
  ): Promise<AccessInfo> {
    return this.accountAccess.setShell(requireAccount(context), shell);
  }
}

import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount, type RequestContext } from '../context.js';
import { AccessInfo, AddSshKeyInput, ShellAccess } from './access.types.js';
import { SshKey } from './ssh-key.entity.js';

@Resolver()
export class AccessResolver {
  @Query(() => AccessInfo, { description: 'Host, user and paths for SSH and SFTP' })
  accessInfo(@Ctx() context: RequestContext): Promise<AccessInfo> {
    return context.services.access.info(requireAccount(context));
  }

  @Query(() => [SshKey])
  sshKeys(@Ctx() context: RequestContext): Promise<SshKey[]> {
    return context.services.access.sshKeys(requireAccount(context));
  }

  @Query(() => Boolean, { description: 'Whether a change of keys, shell or jobs is still being applied on the host' })
  accessChangesPending(@Ctx() context: RequestContext): Promise<boolean> {
    return context.services.access.isApplying(requireAccount(context));
  }

  @Mutation(() => SshKey, { description: 'Adds a public key that may log in as the account’s user' })
  addSshKey(
    @Arg('input', () => AddSshKeyInput) input: AddSshKeyInput,
    @Ctx() context: RequestContext,
  ): Promise<SshKey> {
    return context.services.access.addSshKey(requireAccount(context), input.publicKey);
  }

  @Mutation(() => Boolean)
  removeSshKey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return context.services.access.removeSshKey(requireAccount(context), id);
  }

  @Mutation(() => AccessInfo, { description: 'Full shell, or SFTP only' })
  setShellAccess(
    @Arg('shell', () => ShellAccess) shell: ShellAccess,
    @Ctx() context: RequestContext,
  ): Promise<AccessInfo> {
    return context.services.access.setShell(requireAccount(context), shell);
  }
}

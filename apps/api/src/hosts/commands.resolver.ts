import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireHost, type RequestContext } from '../context.js';
import { CommandResultInput, SignedCommand } from './command.types.js';

@Resolver()
export class CommandsResolver {
  @Query(() => [SignedCommand], { description: 'Agents: long poll for signed commands, up to 50 s' })
  pendingCommands(
    @Arg('waitSeconds', () => Int, { nullable: true }) waitSeconds: number | null,
    @Ctx() context: RequestContext,
  ): Promise<SignedCommand[]> {
    return context.services.commands.poll(requireHost(context).id, waitSeconds ?? 0);
  }

  @Mutation(() => Boolean, { description: 'Agents: still working on it; extends the lease' })
  reportCommandProgress(
    @Arg('commandId', () => String) commandId: string,
    @Arg('attempt', () => Int) attempt: number,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return context.services.commands.progress(requireHost(context).id, commandId, attempt, message);
  }

  @Mutation(() => Boolean, { description: 'Agents: the outcome of a command; reporting it again changes nothing' })
  reportCommandResult(
    @Arg('input', () => CommandResultInput) input: CommandResultInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return context.services.commands.report(requireHost(context).id, input);
  }
}

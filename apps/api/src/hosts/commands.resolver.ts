import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireHost } from './guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { CommandQueue } from './command-queue.service.js';
import { CommandResultInput, SignedCommand } from './command.types.js';

@Resolver()
export class CommandsResolver {
  constructor(private readonly commandQueue: CommandQueue) {}

  @Query(() => [SignedCommand], { description: 'Agents: long poll for signed commands, up to 50 s' })
  async pendingCommands(
    @Arg('waitSeconds', () => Int, { nullable: true }) waitSeconds: number | null,
    @Arg('lastSeq', () => Int, {
      nullable: true,
      description: 'The last sequence number the agent accepted; deliveries continue above it',
    })
    lastSeq: number | null,
    @Ctx() context: RequestContext,
  ): Promise<SignedCommand[]> {
    const host = requireHost(context);
    if (lastSeq !== null) await this.commandQueue.catchUpSequence(host.id, lastSeq);
    return this.commandQueue.poll(host.id, waitSeconds ?? 0);
  }

  @Mutation(() => Boolean, { description: 'Agents: still working on it; extends the lease' })
  reportCommandProgress(
    @Arg('commandId', () => String) commandId: string,
    @Arg('attempt', () => Int) attempt: number,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return this.commandQueue.progress(requireHost(context).id, commandId, attempt, message);
  }

  @Mutation(() => Boolean, { description: 'Agents: the outcome of a command; reporting it again changes nothing' })
  reportCommandResult(
    @Arg('input', () => CommandResultInput) input: CommandResultInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return this.commandQueue.report(requireHost(context).id, input);
  }
}

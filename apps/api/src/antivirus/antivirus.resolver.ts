import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount, requireHost, type RequestContext } from '../context.js';
import { MalwareFinding, MalwareFindingInput } from './antivirus.js';

@Resolver()
export class AntivirusResolver {
  @Mutation(() => Int, { description: 'Hosts: the infected files of a full antivirus scan; returns how many are new' })
  async reportMalware(
    @Arg('findings', () => [MalwareFindingInput]) findings: MalwareFindingInput[],
    @Ctx() context: RequestContext,
  ): Promise<number> {
    return context.services.antivirus.report(requireHost(context), findings);
  }

  @Query(() => [MalwareFinding], {
    description: 'Infected files found in the caller’s sites (administrators: every host’s)',
  })
  async malwareFindings(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<MalwareFinding[]> {
    return context.services.antivirus.findings(requireAccount(context), siteId);
  }

  @Mutation(() => MalwareFinding, { description: 'Moves an infected file out of the site into the host’s quarantine' })
  async quarantineFile(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<MalwareFinding> {
    return context.services.antivirus.quarantine(requireAccount(context), id);
  }
}

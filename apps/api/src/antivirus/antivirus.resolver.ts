import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount } from '../accounts/guards.js';
import { requireHost } from '../hosts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { AntivirusService } from './antivirus.service.js';
import { MalwareFinding, MalwareFindingInput } from './malware-finding.entity.js';

@Resolver()
export class AntivirusResolver {
  constructor(private readonly antivirusService: AntivirusService) {}

  @Mutation(() => Int, { description: 'Hosts: the infected files of a full antivirus scan; returns how many are new' })
  async reportMalware(
    @Arg('findings', () => [MalwareFindingInput]) findings: MalwareFindingInput[],
    @Ctx() context: RequestContext,
  ): Promise<number> {
    return this.antivirusService.report(requireHost(context), findings);
  }

  @Query(() => [MalwareFinding], {
    description: 'Infected files found in the caller’s sites (administrators: every host’s)',
  })
  async malwareFindings(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<MalwareFinding[]> {
    return this.antivirusService.findings(requireAccount(context), siteId);
  }

  @Mutation(() => MalwareFinding, { description: 'Moves an infected file out of the site into the host’s quarantine' })
  async quarantineFile(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<MalwareFinding> {
    return this.antivirusService.quarantine(requireAccount(context), id);
  }
}

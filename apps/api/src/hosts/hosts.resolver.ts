import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../accounts/account.entity.js';
import { requireRole } from '../accounts/guards.js';
import { requireHost } from './guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { HostsService } from './hosts.service.js';
import { Host } from './host.entity.js';
import { HostEnrollmentResult, HostEnrollmentToken, HostInfoInput } from './host.inputs.js';

@Resolver()
export class HostsResolver {
  constructor(private readonly hostsService: HostsService) {}

  @Mutation(() => HostEnrollmentToken, {
    description: 'Administrators: a one-time token, valid one hour, for a new host to enroll',
  })
  createHostEnrollment(
    @Arg('name', () => String) name: string,
    @Ctx() context: RequestContext,
  ): Promise<HostEnrollmentToken> {
    const admin = requireRole(context, Role.ADMIN);
    return this.hostsService.createEnrollment(admin, name);
  }

  @Mutation(() => HostEnrollmentResult, {
    description: 'Agents: exchange an enrollment token for a host id and a host token',
  })
  enrollHost(
    @Arg('enrollmentToken', () => String) enrollmentToken: string,
    @Arg('info', () => HostInfoInput) info: HostInfoInput,
  ): Promise<HostEnrollmentResult> {
    return this.hostsService.enroll(enrollmentToken, info);
  }

  @Mutation(() => Host, { description: 'Agents: report the host’s software, capacity and layout' })
  reportHostInfo(@Arg('info', () => HostInfoInput) info: HostInfoInput, @Ctx() context: RequestContext): Promise<Host> {
    return this.hostsService.reportInfo(requireHost(context), info);
  }

  @Query(() => [Host], { description: 'Administrators: every host with its status and last contact' })
  hosts(@Ctx() context: RequestContext): Promise<Host[]> {
    requireRole(context, Role.ADMIN);
    return this.hostsService.list();
  }

  @Mutation(() => Int, {
    description:
      'Administrators: send every active host the panel keys to pin now (key rotation); returns the number of hosts',
  })
  pushPanelKeys(@Ctx() context: RequestContext): Promise<number> {
    requireRole(context, Role.ADMIN);
    return this.hostsService.pushPanelKeys();
  }

  @Mutation(() => Host, { description: 'Administrators: stop a host; its token stops working at once' })
  disableHost(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Host> {
    requireRole(context, Role.ADMIN);
    return this.hostsService.disable(id);
  }
}

import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, Role, type RequestContext } from '../context.js';
import { Alert, AlertStatus } from './alert.entity.js';

@Resolver(() => Alert)
export class AlertsResolver {
  @Query(() => [Alert], { description: 'Administrators: alerts, newest first (open ones when status is absent)' })
  alerts(
    @Arg('status', () => AlertStatus, { nullable: true }) status: AlertStatus | null,
    @Ctx() context: RequestContext,
  ): Promise<Alert[]> {
    requireRole(context, Role.ADMIN);
    return context.services.alerts.list(status ?? AlertStatus.OPEN);
  }

  @Mutation(() => Alert, { description: 'Administrators: run the failed command again' })
  retryAlert(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Alert> {
    return context.services.deployments.retryAlert(requireRole(context, Role.ADMIN), id);
  }

  @Mutation(() => Alert, { description: 'Administrators: nothing more to do about it' })
  dismissAlert(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Alert> {
    return context.services.alerts.resolve(requireRole(context, Role.ADMIN), id, AlertStatus.DISMISSED);
  }
}

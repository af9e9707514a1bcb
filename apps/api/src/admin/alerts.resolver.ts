import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole } from '../accounts/guards.js';
import { Role } from '../accounts/account.entity.js';
import type { RequestContext } from '../graphql/context.js';
import type { AlertsService } from './alerts.service.js';
import { Alert, AlertStatus } from './alert.entity.js';

@Resolver(() => Alert)
export class AlertsResolver {
  constructor(private readonly alertsService: AlertsService) {}

  @Query(() => [Alert], { description: 'Administrators: alerts, newest first (open ones when status is absent)' })
  alerts(
    @Arg('status', () => AlertStatus, { nullable: true }) status: AlertStatus | null,
    @Ctx() context: RequestContext,
  ): Promise<Alert[]> {
    requireRole(context, Role.ADMIN);
    return this.alertsService.list(status ?? AlertStatus.OPEN);
  }

  @Mutation(() => Alert, { description: 'Administrators: nothing more to do about it' })
  dismissAlert(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Alert> {
    return this.alertsService.resolve(requireRole(context, Role.ADMIN), id, AlertStatus.DISMISSED);
  }
}

import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../accounts/account.entity.js';
import { requireRole } from '../accounts/guards.js';
import { Alert } from '../admin/alert.entity.js';
import type { RequestContext } from '../graphql/context.js';
import type { CommandRetries } from './command-retries.js';

@Resolver(() => Alert)
export class DeploymentsResolver {
  constructor(private readonly commandRetries: CommandRetries) {}

  @Mutation(() => Alert, { description: 'Administrators: run the failed command again' })
  retryAlert(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Alert> {
    return this.commandRetries.retryAlert(requireRole(context, Role.ADMIN), id);
  }
}

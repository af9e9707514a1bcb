import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { PhpService } from './php.service.js';
import { PhpOptions, PhpSettingsInput, PhpSettingsType } from './php.types.js';

@Resolver()
export class PhpResolver {
  constructor(private readonly phpService: PhpService) {}

  @Query(() => PhpOptions, { description: 'The site’s PHP settings and what it may choose' })
  sitePhp(@Arg('siteId', () => ID) siteId: string, @Ctx() context: RequestContext): Promise<PhpOptions> {
    return this.phpService.options(requireAccount(context), siteId);
  }

  @Mutation(() => PhpSettingsType, {
    description: 'Changes the site’s PHP version and settings; its pool is rewritten on the host',
  })
  updateSitePhp(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => PhpSettingsInput) input: PhpSettingsInput,
    @Ctx() context: RequestContext,
  ): Promise<PhpSettingsType> {
    return this.phpService.update(requireAccount(context), siteId, input);
  }
}

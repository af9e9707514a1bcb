import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount, type RequestContext } from '../context.js';
import { PhpOptions, PhpSettingsInput, PhpSettingsType } from './php.types.js';

@Resolver()
export class PhpResolver {
  @Query(() => PhpOptions, { description: 'The site’s PHP settings and what it may choose' })
  sitePhp(@Arg('siteId', () => ID) siteId: string, @Ctx() context: RequestContext): Promise<PhpOptions> {
    return context.services.php.options(requireAccount(context), siteId);
  }

  @Mutation(() => PhpSettingsType, {
    description: 'Changes the site’s PHP version and settings; its pool is rewritten on the host',
  })
  updateSitePhp(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => PhpSettingsInput) input: PhpSettingsInput,
    @Ctx() context: RequestContext,
  ): Promise<PhpSettingsType> {
    return context.services.php.update(requireAccount(context), siteId, input);
  }
}

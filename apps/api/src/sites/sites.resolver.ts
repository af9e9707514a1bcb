import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireAccount, type RequestContext } from '../context.js';
import { Site } from './site.entity.js';
import { CreateSiteInput } from './site.inputs.js';

@Resolver(() => Site)
export class SitesResolver {
  @Query(() => [Site], { description: 'The caller’s live sites, newest first' })
  sites(@Ctx() context: RequestContext): Promise<Site[]> {
    return context.services.sites.listSites(requireAccount(context).id);
  }

  @Query(() => Site, { nullable: true, description: 'null for a site the caller does not own' })
  site(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site | null> {
    return context.services.sites.findSite(requireAccount(context).id, id);
  }

  @Mutation(() => Site)
  createSite(
    @Arg('input', () => CreateSiteInput) input: CreateSiteInput,
    @Ctx() context: RequestContext,
  ): Promise<Site> {
    return context.services.sites.createSite(requireAccount(context), input);
  }

  @Mutation(() => Site, { description: 'Deletes the site; its domains are free again at once' })
  deleteSite(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site> {
    return context.services.sites.deleteSite(requireAccount(context).id, id);
  }

  @FieldResolver(() => [String], { description: 'Other names the site answers to, lower-case punycode' })
  aliases(@Root() site: Site, @Ctx() context: RequestContext): Promise<string[]> {
    return context.loaders.sites.aliases.load(site.id);
  }
}

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { findPreset } from '@elasticweb/nginx';
import { requireAccount, requireRole } from '../accounts/guards.js';
import { Role } from '../accounts/account.entity.js';
import type { RequestContext } from '../graphql/context.js';
import type { SitesService } from './sites.service.js';
import type { TranslationsService } from '../i18n/translations.service.js';
import { Site } from './site.entity.js';
import { CreateSiteInput } from './site.inputs.js';
import { SiteOperationType } from './site-operation.type.js';

@Resolver(() => Site)
export class SitesResolver {
  constructor(
    private readonly sitesService: SitesService,
    private readonly translationsService: TranslationsService,
  ) {}

  @Query(() => [Site], { description: 'The caller’s live sites, newest first' })
  sites(@Ctx() context: RequestContext): Promise<Site[]> {
    return this.sitesService.listSites(requireAccount(context).id);
  }

  @Query(() => Site, { nullable: true, description: 'null for a site the caller does not own' })
  site(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site | null> {
    return this.sitesService.findSite(requireAccount(context).id, id);
  }

  @Query(() => [Site], { description: 'Administrators: live sites of every customer, newest first' })
  adminSites(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('limit', () => Int, { nullable: true }) limit: number | null,
    @Ctx() context: RequestContext,
  ): Promise<Site[]> {
    requireRole(context, Role.ADMIN);
    return this.sitesService.searchAllSites(search, limit ?? 50);
  }

  @Mutation(() => Site)
  createSite(
    @Arg('input', () => CreateSiteInput) input: CreateSiteInput,
    @Ctx() context: RequestContext,
  ): Promise<Site> {
    return this.sitesService.createSite(requireAccount(context), input);
  }

  @Mutation(() => Site, { description: 'Deletes the site; its domains are free again at once' })
  deleteSite(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site> {
    return this.sitesService.deleteSite(requireAccount(context).id, id);
  }

  @Mutation(() => Site, { description: 'Administrators: the site answers with a “suspended” page; files stay' })
  blockSite(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site> {
    requireRole(context, Role.ADMIN);
    return this.sitesService.setBlocked(id, true);
  }

  @Mutation(() => Site, { description: 'Administrators: the site serves its files again' })
  unblockSite(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site> {
    requireRole(context, Role.ADMIN);
    return this.sitesService.setBlocked(id, false);
  }

  @Mutation(() => Site, {
    description:
      'Asks the site’s server to look at its files; the preset follows what it finds until you save your own',
  })
  scanSiteFiles(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Site> {
    return this.sitesService.requestDetection(requireAccount(context), id);
  }

  @FieldResolver(() => [String], { description: 'Other names the site answers to, lower-case punycode' })
  aliases(@Root() site: Site, @Ctx() context: RequestContext): Promise<string[]> {
    return context.loaders.sites.aliases.load(site.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Administrators only: the owner’s e-mail' })
  ownerEmail(@Root() site: Site, @Ctx() context: RequestContext): Promise<string | null> | null {
    if (context.account?.role !== Role.ADMIN) return null;
    return context.loaders.sites.ownerEmail.load(site.id);
  }

  @FieldResolver(() => SiteOperationType, { nullable: true, description: 'null when the server has nothing to do' })
  operation(@Root() site: Site, @Ctx() context: RequestContext): Promise<SiteOperationType | null> {
    return context.loaders.sites.operation.load(site.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The preset’s name in the caller’s language' })
  async presetName(@Root() site: Site, @Ctx() context: RequestContext): Promise<string | null> {
    const preset = site.preset ? findPreset(site.preset) : undefined;
    return preset ? this.translationsService.translate(context.language, preset.name) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the site is in error, in plain words' })
  async statusMessage(@Root() site: Site, @Ctx() context: RequestContext): Promise<string | null> {
    return site.statusMessage ? this.translationsService.translate(context.language, site.statusMessage) : null;
  }
}

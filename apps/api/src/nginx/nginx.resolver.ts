import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PRESETS } from '@elasticweb/nginx';
import { requireAccount } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { NginxService } from './nginx.service.js';
import type { TranslationsService } from '../i18n/translations.service.js';
import { NginxRevision } from './nginx-revision.entity.js';
import { NginxConfigInput, NginxDetection, NginxPreset, NginxPreview } from './nginx.types.js';

@Resolver()
export class NginxResolver {
  constructor(
    private readonly nginxService: NginxService,
    private readonly translationsService: TranslationsService,
  ) {}

  /** The translated catalogue, made once per request however often it is asked for (aliases). */
  private readonly presetsOfRequest = new WeakMap<RequestContext, Promise<NginxPreset[]>>();

  @Query(() => [NginxPreset], {
    description: 'The catalogue of CMS and framework presets',
    // The same for everybody and public: counted at its real length, so aliases cannot multiply it cheaply.
    complexity: ({ childComplexity }) => 1 + childComplexity * PRESETS.length,
  })
  async nginxPresets(@Ctx() context: RequestContext): Promise<NginxPreset[]> {
    let presets = this.presetsOfRequest.get(context);
    if (!presets) {
      const say = (text: string) => this.translationsService.translate(context.language, text);
      presets = Promise.all(
        this.nginxService.presets().map(async (preset) => ({
          ...preset,
          name: await say(preset.name),
          description: await say(preset.description),
          variants: await Promise.all(
            preset.variants.map(async (variant) => ({ ...variant, name: await say(variant.name) })),
          ),
        })),
      );
      this.presetsOfRequest.set(context, presets);
    }
    return presets;
  }

  @Query(() => NginxPreview, {
    description: 'Renders a configuration without saving it: text, diff against the live one, problems',
  })
  async previewNginxConfig(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => NginxConfigInput) input: NginxConfigInput,
    @Ctx() context: RequestContext,
  ): Promise<NginxPreview> {
    const preview = await this.nginxService.preview(requireAccount(context), siteId, input);
    // Problems are data, not errors: translate them here, in the reader's language.
    for (const problem of preview.problems) {
      problem.message = await this.translationsService.translate(context.language, problem.message, problem.params);
    }
    return preview;
  }

  @Mutation(() => NginxRevision, { description: 'Saves a new revision of the site’s nginx configuration' })
  updateSiteNginx(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => NginxConfigInput) input: NginxConfigInput,
    @Ctx() context: RequestContext,
  ): Promise<NginxRevision> {
    return this.nginxService.update(requireAccount(context), siteId, input);
  }

  @Query(() => [NginxRevision], { description: 'Every saved configuration of a site, newest first' })
  siteNginxRevisions(
    @Arg('siteId', () => ID) siteId: string,
    @Ctx() context: RequestContext,
  ): Promise<NginxRevision[]> {
    return this.nginxService.revisions(requireAccount(context), siteId);
  }

  @Mutation(() => NginxRevision, { description: 'Restores an earlier revision by saving it as the newest' })
  rollbackSiteNginx(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('revision', () => Int) revision: number,
    @Ctx() context: RequestContext,
  ): Promise<NginxRevision> {
    return this.nginxService.rollback(requireAccount(context), siteId, revision);
  }

  @Mutation(() => NginxDetection, {
    description: 'Suggests a preset from the site’s file list (paths relative to its folder)',
  })
  detectSitePreset(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('files', () => [String]) files: string[],
    @Ctx() context: RequestContext,
  ): Promise<NginxDetection> {
    return this.nginxService.detect(requireAccount(context), siteId, files);
  }
}

import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../accounts/account.entity.js';
import { requireRole } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { TranslationsService } from './translations.service.js';
import { Language } from './language.entity.js';
import {
  LanguageProgress,
  MissingStringInput,
  SaveTranslationInput,
  TranslationString,
  TranslationStringPage,
  TranslationStringsInput,
} from './translation.inputs.js';

@Resolver()
export class TranslationsResolver {
  constructor(private readonly translationsService: TranslationsService) {}

  @Query(() => GraphQLJSON, {
    description: 'English source text -> translation, in i18next JSON form; also GET /i18n/{lang}.json',
  })
  async translations(@Arg('lang', () => String) lang: string): Promise<Record<string, string>> {
    return (await this.translationsService.mapFor(lang))?.map ?? {};
  }

  @Query(() => [Language], { description: 'Languages the panel is offered in' })
  languages(): Promise<Language[]> {
    return this.translationsService.languages();
  }

  @Mutation(() => Int, {
    description: 'Reports strings the client met without a translation; returns how many were recorded',
  })
  reportMissingTranslations(
    @Arg('strings', () => [MissingStringInput]) strings: MissingStringInput[],
    @Ctx() context: RequestContext,
  ): Promise<number> {
    return this.translationsService.reportMissing(strings, context.ip);
  }

  @Query(() => [LanguageProgress], { description: 'Administrators: how complete each language is' })
  translationProgress(@Ctx() context: RequestContext): Promise<LanguageProgress[]> {
    requireRole(context, Role.ADMIN);
    return this.translationsService.progress();
  }

  @Query(() => TranslationStringPage, {
    description: 'Administrators: source strings with their translation in a language',
  })
  translationStrings(
    @Arg('input', () => TranslationStringsInput) input: TranslationStringsInput,
    @Ctx() context: RequestContext,
  ): Promise<TranslationStringPage> {
    requireRole(context, Role.ADMIN);
    return this.translationsService.listStrings(input);
  }

  @Mutation(() => TranslationString, {
    description: 'Administrators: sets a translation; every API process shows it within seconds',
  })
  saveTranslation(
    @Arg('input', () => SaveTranslationInput) input: SaveTranslationInput,
    @Ctx() context: RequestContext,
  ): Promise<TranslationString> {
    const admin = requireRole(context, Role.ADMIN);
    return this.translationsService.saveTranslation(input, admin.id);
  }

  @Mutation(() => Language, { description: 'Administrators: offers the panel in a new language' })
  addLanguage(
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Ctx() context: RequestContext,
  ): Promise<Language> {
    requireRole(context, Role.ADMIN);
    return this.translationsService.addLanguage(code, name);
  }
}

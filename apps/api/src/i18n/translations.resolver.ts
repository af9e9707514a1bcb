import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../accounts/account.entity.js';
import { requireRole, type RequestContext } from '../context.js';
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
  @Query(() => GraphQLJSON, {
    description: 'English source text -> translation, in i18next JSON form; also GET /i18n/{lang}.json',
  })
  async translations(
    @Arg('lang', () => String) lang: string,
    @Ctx() context: RequestContext,
  ): Promise<Record<string, string>> {
    return (await context.services.translations.mapFor(lang))?.map ?? {};
  }

  @Query(() => [Language], { description: 'Languages the panel is offered in' })
  languages(@Ctx() context: RequestContext): Promise<Language[]> {
    return context.services.translations.languages();
  }

  @Mutation(() => Int, {
    description: 'Reports strings the client met without a translation; returns how many were recorded',
  })
  reportMissingTranslations(
    @Arg('strings', () => [MissingStringInput]) strings: MissingStringInput[],
    @Ctx() context: RequestContext,
  ): Promise<number> {
    return context.services.translations.reportMissing(strings, context.ip);
  }

  @Query(() => [LanguageProgress], { description: 'Administrators: how complete each language is' })
  translationProgress(@Ctx() context: RequestContext): Promise<LanguageProgress[]> {
    requireRole(context, Role.ADMIN);
    return context.services.translations.progress();
  }

  @Query(() => TranslationStringPage, {
    description: 'Administrators: source strings with their translation in a language',
  })
  translationStrings(
    @Arg('input', () => TranslationStringsInput) input: TranslationStringsInput,
    @Ctx() context: RequestContext,
  ): Promise<TranslationStringPage> {
    requireRole(context, Role.ADMIN);
    return context.services.translations.listStrings(input);
  }

  @Mutation(() => TranslationString, {
    description: 'Administrators: sets a translation; every API process shows it within seconds',
  })
  saveTranslation(
    @Arg('input', () => SaveTranslationInput) input: SaveTranslationInput,
    @Ctx() context: RequestContext,
  ): Promise<TranslationString> {
    const admin = requireRole(context, Role.ADMIN);
    return context.services.translations.saveTranslation(input, admin.id);
  }

  @Mutation(() => Language, { description: 'Administrators: offers the panel in a new language' })
  addLanguage(
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Ctx() context: RequestContext,
  ): Promise<Language> {
    requireRole(context, Role.ADMIN);
    return context.services.translations.addLanguage(code, name);
  }
}

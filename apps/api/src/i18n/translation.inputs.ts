import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import { Language } from './language.entity.js';

@InputType()
export class MissingStringInput {
  @Field(() => String, { description: 'The English text, as passed to t()' })
  text!: string;

  @Field(() => String, { nullable: true })
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'The panel path where it was seen' })
  seenIn?: string | null;
}

@InputType()
export class TranslationStringsInput {
  @Field(() => String)
  language!: string;

  @Field(() => String, { nullable: true, description: 'Finds the text in English or in the translation' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  untranslatedOnly?: boolean | null;

  @Field(() => Int, { nullable: true })
  offset?: number | null;

  @Field(() => Int, { nullable: true })
  limit?: number | null;
}

@InputType()
export class SaveTranslationInput {
  @Field(() => String)
  sourceId!: string;

  @Field(() => String)
  language!: string;

  @Field(() => String, { description: 'The translation; for a plural string, its `other` form' })
  text!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: '{ one, few, many, other } for strings with {{count}}' })
  pluralForms?: Record<string, string> | null;
}

@ObjectType({ description: 'A source string with its translation in one language' })
export class TranslationString {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String)
  context!: string;

  @Field(() => String)
  seenIn!: string;

  @Field(() => DateTime)
  lastSeenAt!: Date;

  @Field(() => Boolean, { description: 'True when the text counts something and takes plural forms' })
  isPlural!: boolean;

  @Field(() => [String], { description: 'The plural categories of the language, for the editor' })
  pluralCategories!: string[];

  @Field(() => String, { nullable: true })
  translation!: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  pluralForms!: Record<string, string> | null;

  @Field(() => DateTime, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType()
export class TranslationStringPage {
  @Field(() => Int)
  total!: number;

  @Field(() => [TranslationString])
  items!: TranslationString[];
}

@ObjectType({ description: 'How much of the panel a language covers' })
export class LanguageProgress {
  @Field(() => Language)
  language!: Language;

  @Field(() => Int)
  translated!: number;

  @Field(() => Int)
  total!: number;
}

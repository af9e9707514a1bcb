import type { Seed } from '../translations.service.js';
import { en } from './en.js';
import { ru } from './ru.js';

/** The languages Elasticweb ships with, loaded by `seedTranslations` at start-up. */
export const SEED_LANGUAGES: Record<string, { name: string; strings: Seed }> = {
  en: { name: 'English', strings: en },
  ru: { name: 'Русский', strings: ru },
};

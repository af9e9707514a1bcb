import type { Seed } from '../translations.service.js';

/**
 * English is the source language: the text in the code is already English. Only
 * strings that count something need rows here, for their singular form.
 */
export const en: Seed = {
  '{{count}} sites': { one: '{{count}} site', other: '{{count}} sites' },
  '{{count}} strings': { one: '{{count}} string', other: '{{count}} strings' },
  '+ {{count}} aliases': { one: '+ {{count}} alias', other: '+ {{count}} aliases' },
  'Too many login attempts. Try again in {{count}} minutes.': {
    one: 'Too many login attempts. Try again in a minute.',
    other: 'Too many login attempts. Try again in {{count}} minutes.',
  },
  'Too many requests. Try again in {{count}} minutes.': {
    one: 'Too many requests. Try again in a minute.',
    other: 'Too many requests. Try again in {{count}} minutes.',
  },
  'Too many sign-ups from your network. Try again in {{count}} minutes.': {
    one: 'Too many sign-ups from your network. Try again in a minute.',
    other: 'Too many sign-ups from your network. Try again in {{count}} minutes.',
  },
};

/**
 * Marks English source text that is translated later, where it is shown (error
 * messages, validation messages, e-mail texts). It returns the text unchanged; the
 * extractor (`extract-strings.ts`) finds every `msg('…')` and `t('…')` so a test can
 * prove each has its Russian translation.
 */
export function msg(text: string): string {
  return text;
}

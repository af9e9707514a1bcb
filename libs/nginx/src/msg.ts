/**
 * Marks English text people read (preset and variant names, descriptions). It returns
 * the text unchanged; the API translates it for the reader, and the string extractor
 * finds it so its translation is checked.
 */
export function msg(text: string): string {
  return text;
}

/**
 * Marks English text shown later through `t()` (form validation messages): it returns
 * the text unchanged, and the string extractor finds it so its translation is checked.
 */
export function msg(text: string): string {
  return text;
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CALL = /(?<![\w$])(?:t|msg|i18next\.t)\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g;

function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, (_m, char: string) => (char === 'n' ? '\n' : char === 't' ? '\t' : char));
}

/** Every English text passed as a literal to `t(…)`, `i18next.t(…)` or `msg(…)` in a source file. */
export function extractStrings(source: string): string[] {
  const found: string[] = [];
  // Comments mention t('…') in prose; they are not calls.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(CALL)) {
    const literal = match[1] ?? match[2] ?? match[3];
    if (literal !== undefined && literal !== '') found.push(unescape(literal));
  }
  return found;
}

/** The strings of every `.ts`/`.tsx` file below the folders, tests and generated code left out. */
export function extractFromFolders(folders: string[]): Map<string, string[]> {
  const strings = new Map<string, string[]>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules' && name !== 'gql' && name !== 'seed') walk(full);
      } else if (/\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && name !== 'extract-strings.ts') {
        for (const text of extractStrings(readFileSync(full, 'utf8')))
          strings.set(text, [...(strings.get(text) ?? []), full]);
      }
    }
  };
  folders.forEach(walk);
  return strings;
}

/**
 * `npx elasticweb-nginx presets | render ... | detect SITE_DIR` — the catalogue, the
 * renderer and detection for operators and tests. Bad arguments exit with code 2
 * and a message naming the argument.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectPreset } from './detect.js';
import { DEFAULT_OPTIONS, InvalidConfigError, type SiteOptions } from './model.js';
import { PRESETS } from './presets.js';
import { renderServerBlock } from './render.js';

class UsageError extends Error {}

const USAGE = `usage:
  elasticweb-nginx presets
  elasticweb-nginx render --preset ID [--variant V] --domain DOMAIN [--domain ALIAS ...] --root SITE_DIR
                          --php FASTCGI_ADDRESS --listen ADDRESS:PORT [--acme-root DIR] [--option key=value ...]
  elasticweb-nginx detect SITE_DIR`;

/** `--option key=value`: booleans, numbers and strings for the scalar options. */
function parseOption(text: string, options: Partial<SiteOptions>): void {
  const [key = '', ...rest] = text.split('=');
  const value = rest.join('=');
  if (!(key in DEFAULT_OPTIONS))
    throw new UsageError(`--option ${key}: unknown option (${Object.keys(DEFAULT_OPTIONS).join(', ')})`);
  const current = DEFAULT_OPTIONS[key as keyof SiteOptions];
  const target = options as Record<string, unknown>;
  if (typeof current === 'boolean') {
    if (value !== 'true' && value !== 'false') throw new UsageError(`--option ${key}: must be true or false`);
    target[key] = value === 'true';
  } else if (typeof current === 'number') {
    if (!/^\d+$/.test(value)) throw new UsageError(`--option ${key}: must be a whole number`);
    target[key] = Number(value);
  } else if (typeof current === 'string') {
    target[key] = value;
  } else if (Array.isArray(current) && (key === 'allow' || key === 'deny' || key === 'protectedPaths')) {
    target[key] = [...((target[key] as string[] | undefined) ?? []), value];
  } else {
    throw new UsageError(`--option ${key}: set it through the API; it has structure`);
  }
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'presets') {
      const catalogue = PRESETS.map(({ id, name, description, variants }) => ({
        id,
        name,
        description,
        publicRoot: variants[variants.length - 1]!.publicRoot,
        variants: variants.map((v) => ({ id: v.id, name: v.name, publicRoot: v.publicRoot })),
        options: Object.keys(DEFAULT_OPTIONS),
      }));
      process.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
      return 0;
    }
    if (command === 'render') {
      const { values } = parseArgs({
        args: rest,
        options: {
          preset: { type: 'string' },
          variant: { type: 'string' },
          domain: { type: 'string', multiple: true },
          root: { type: 'string' },
          php: { type: 'string' },
          listen: { type: 'string', multiple: true },
          'acme-root': { type: 'string' },
          option: { type: 'string', multiple: true },
        },
        strict: true,
      });
      for (const required of ['preset', 'domain', 'root', 'listen'] as const) {
        if (!values[required]) throw new UsageError(`--${required} is required`);
      }
      const options: Partial<SiteOptions> = {};
      for (const option of values.option ?? []) parseOption(option, options);
      process.stdout.write(
        renderServerBlock({
          preset: values.preset!,
          variant: values.variant,
          domains: values.domain!,
          options,
          layout: {
            siteRoot: values.root!,
            fastcgi: values.php ?? '',
            listen: values.listen!,
            ...(values['acme-root'] ? { acmeRoot: values['acme-root'] } : {}),
          },
        }),
      );
      return 0;
    }
    if (command === 'detect') {
      const [dir] = rest;
      if (!dir) throw new UsageError('SITE_DIR is required');
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
        throw new UsageError(`SITE_DIR: ${dir} is not a directory`);
      // Version files are small; anything large is not one.
      const read = (path: string) => {
        const full = join(dir, path);
        const stat = statSync(full, { throwIfNoEntry: false });
        return stat?.isFile() && stat.size < 512 * 1024 ? readFileSync(full, 'utf8') : undefined;
      };
      // Detection asks for marker files by name: no walk through a large vendor/ folder.
      const files = { has: (path: string) => statSync(join(dir, path), { throwIfNoEntry: false })?.isFile() ?? false };
      process.stdout.write(`${JSON.stringify(detectPreset(files, read))}\n`);
      return 0;
    }
    throw new UsageError(command ? `unknown command: ${command}` : 'a command is required');
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      for (const problem of error.problems)
        process.stderr.write(`elasticweb-nginx: ${cliName(problem.field)}: ${problem.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`elasticweb-nginx: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

/** Names a config field as the command-line argument that set it. */
function cliName(field: string): string {
  const names: Record<string, string> = {
    'layout.siteRoot': '--root',
    'layout.fastcgi': '--php',
    'layout.acmeRoot': '--acme-root',
    preset: '--preset',
    variant: '--variant',
  };
  if (names[field]) return names[field];
  if (field.startsWith('domains.')) return '--domain';
  if (field.startsWith('layout.listen.')) return '--listen';
  if (field.startsWith('options.')) return `--option ${field.slice('options.'.length).split('.')[0]}`;
  return field;
}

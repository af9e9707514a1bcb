import { z } from 'zod/mini';

/**
 * The editor's flat form and the API's structured options, converted both ways.
 * Lists are edited one item per line: `X-Frame-Options: SAMEORIGIN`, `/api/ -> shop-api`,
 * `/old => https://example.com/new`.
 */
export const editorSchema = z.object({
  preset: z.string(),
  variant: z.string(),
  canonicalHost: z.enum(['none', 'bare', 'www']),
  gzip: z.boolean(),
  staticCache: z.string(),
  clientMaxBodySize: z.string(),
  hstsMaxAge: z.string(),
  redirectToHttps: z.boolean(),
  headers: z.string(),
  protectedPaths: z.string(),
  customLocations: z.string(),
  allow: z.string(),
  deny: z.string(),
  maintenance: z.boolean(),
});

export type EditorValues = z.infer<typeof editorSchema>;
export type Options = Record<string, unknown>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function toOptions(values: Partial<EditorValues>): Options {
  const options: Options = {
    canonicalHost: values.canonicalHost ?? 'none',
    gzip: values.gzip ?? true,
    staticCache: values.staticCache ?? '30d',
    clientMaxBodySize: values.clientMaxBodySize ?? '64m',
    hstsMaxAge: Number(values.hstsMaxAge || 0),
    redirectToHttps: values.redirectToHttps ?? false,
    headers: lines(values.headers ?? '').map((line) => {
      const [name = '', ...rest] = line.split(':');
      return { name: name.trim(), value: rest.join(':').trim() };
    }),
    protectedPaths: lines(values.protectedPaths ?? ''),
    customLocations: lines(values.customLocations ?? '').map((line) => {
      const redirect = line.split('=>');
      if (redirect.length === 2) return { path: redirect[0]!.trim(), redirectTo: redirect[1]!.trim(), permanent: true };
      const [path = '', app = ''] = line.split('->');
      return { path: path.trim(), app: app.trim() };
    }),
    allow: lines(values.allow ?? ''),
    deny: lines(values.deny ?? ''),
    maintenance: values.maintenance ?? false,
  };
  return options;
}

export function toValues(
  preset: string,
  variant: string | null,
  options: Options,
  defaultVariant: string,
): EditorValues {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  return {
    preset,
    variant: variant ?? defaultVariant,
    canonicalHost: (options.canonicalHost as EditorValues['canonicalHost']) ?? 'none',
    gzip: (options.gzip as boolean | undefined) ?? true,
    staticCache: (options.staticCache as string | undefined) ?? '30d',
    clientMaxBodySize: (options.clientMaxBodySize as string | undefined) ?? '64m',
    hstsMaxAge: String(options.hstsMaxAge ?? 0),
    redirectToHttps: (options.redirectToHttps as boolean | undefined) ?? false,
    headers: list(options.headers)
      .map((h: { name: string; value: string }) => `${h.name}: ${h.value}`)
      .join('\n'),
    protectedPaths: list(options.protectedPaths).join('\n'),
    customLocations: list(options.customLocations)
      .map((l: { path: string; app?: string; redirectTo?: string }) =>
        l.redirectTo ? `${l.path} => ${l.redirectTo}` : `${l.path} -> ${l.app}`,
      )
      .join('\n'),
    allow: list(options.allow).join('\n'),
    deny: list(options.deny).join('\n'),
    maintenance: (options.maintenance as boolean | undefined) ?? false,
  };
}

/** Which form field an API problem (`options.headers.0.value`) belongs to. */
export function formFieldOf(problemField: string): string {
  const [first, second] = problemField.split('.');
  if (first !== 'options') return first ?? problemField;
  return second ?? problemField;
}

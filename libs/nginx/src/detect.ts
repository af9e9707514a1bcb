/**
 * Suggests a preset from the files of a site directory. Only the generic presets
 * exist so far; the CMS presets add their marker files here (issue: nginx presets).
 */
export interface Detection {
  preset: string;
  variant: string | null;
  version: string | null;
  evidence: string[];
}

/** `files` are paths relative to the site directory, such as `index.php` or `wp-includes/version.php`. */
export function detectPreset(files: ReadonlySet<string>): Detection {
  if (files.has('index.php')) return { preset: 'php', variant: null, version: null, evidence: ['index.php'] };
  return { preset: 'static', variant: null, version: null, evidence: files.has('index.html') ? ['index.html'] : [] };
}

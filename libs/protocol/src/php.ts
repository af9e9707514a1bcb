import type { PhpSettings } from './commands.js';

/** The PHP version a new site gets (Debian 12's). */
export const DEFAULT_PHP_VERSION = '8.2';

/** What a site's pool gets until its owner changes it; the API and the agent share these. */
export const DEFAULT_PHP_SETTINGS: Readonly<PhpSettings> = Object.freeze({
  memoryLimitMb: 256,
  uploadMaxMb: 64,
  maxExecutionSeconds: 60,
  displayErrors: false,
  timezone: 'UTC',
});

/** The PHP settings a site's pool gets: its own (stored as JSON), over the defaults. */
export function phpSettingsOf(site: { phpSettingsJson: string | null }): PhpSettings {
  return site.phpSettingsJson
    ? { ...DEFAULT_PHP_SETTINGS, ...(JSON.parse(site.phpSettingsJson) as PhpSettings) }
    : { ...DEFAULT_PHP_SETTINGS };
}

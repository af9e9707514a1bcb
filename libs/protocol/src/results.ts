import type { CertificateFacts, CommandType } from './commands.js';

/**
 * What the agent reports when a command succeeds, by command type (the JSON of
 * `reportCommandResult`'s `result`). A type missing here reports nothing the API reads.
 */
export interface CommandResults {
  'site.detect': { preset?: string; version?: string };
  /** An import reports the CMS it found, as a detection does, beside its own report. */
  'site.import': { preset?: string };
  'site.certificate': CertificateFacts;
  'database.apply': { sizeBytes?: number };
  'database.delete': { sizeBytes?: number };
  'database.restore': { sizeBytes?: number };
}

export type CommandResult<T extends CommandType> = T extends keyof CommandResults
  ? CommandResults[T]
  : Record<string, unknown>;

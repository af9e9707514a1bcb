import type { AgentConfig } from '../config.js';
import type { Outcome } from '../journal.js';
import type { Logger } from '../log.js';
import type { AgentState } from '../state.js';
import type { WebServers } from '../web-servers.js';

/** What every executor may use. */
export interface ExecutorContext {
  config: AgentConfig;
  servers: WebServers;
  state: AgentState;
  logger: Logger;
  /** Says the agent is still at work, which extends the command's lease. */
  progress(message?: string): void;
  /** Reports the host's information to the API (host.info). */
  reportHostInfo(): Promise<unknown>;
  /** Downloads a file the API holds for this host (an upload to import); returns its size. */
  download(path: string, to: string, maxBytes: number): Promise<number>;
}

export const succeeded = (result: unknown): Outcome => ({ ok: true, result: JSON.stringify(result) });
export const failed = (error: string, permanent = false): Outcome => ({ ok: false, error, permanent });

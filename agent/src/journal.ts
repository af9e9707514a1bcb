import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './files.js';

export interface Outcome {
  ok: boolean;
  result?: string | null;
  error?: string | null;
  /** A retry cannot help (nginx refused the config): the API fails the command at once. */
  permanent?: boolean;
}

export interface JournalEntry {
  commandId: string;
  type: string;
  attempt: number;
  status: 'started' | 'done';
  outcome: Outcome | null;
  /** The API acknowledged the outcome. */
  reported: boolean;
  startedAt: string;
  finishedAt: string | null;
}

const KEEP_MS = 14 * 24 * 3600 * 1000;

/**
 * The agent's memory of commands (DESIGN.md, "Agent checks"): an entry is written
 * (fsync) before a command runs and again with its outcome before it is reported, so a
 * crash or a lost report never makes a command take effect twice.
 */
export class Journal {
  constructor(private readonly dir: string) {}

  private file(commandId: string): string {
    // Command ids are checked by the envelope schema; the pattern keeps paths plain anyway.
    if (!/^[\w-]{1,64}$/.test(commandId)) throw new Error(`unusable command id ${commandId}`);
    return join(this.dir, `${commandId}.json`);
  }

  get(commandId: string): JournalEntry | null {
    const file = this.file(commandId);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as JournalEntry) : null;
  }

  started(commandId: string, type: string, attempt: number): void {
    this.write({
      commandId,
      type,
      attempt,
      status: 'started',
      outcome: null,
      reported: false,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    });
  }

  done(commandId: string, outcome: Outcome): JournalEntry {
    const entry = this.get(commandId);
    if (!entry) throw new Error(`no journal entry for ${commandId}`);
    const finished: JournalEntry = {
      ...entry,
      status: 'done',
      outcome,
      reported: false,
      finishedAt: new Date().toISOString(),
    };
    this.write(finished);
    return finished;
  }

  markReported(commandId: string): void {
    const entry = this.get(commandId);
    if (entry) this.write({ ...entry, reported: true });
  }

  /** Entries in the order they were started. */
  all(): JournalEntry[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as JournalEntry)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  /** Finished commands the API has not acknowledged yet. */
  unreported(): JournalEntry[] {
    return this.all().filter((entry) => entry.status === 'done' && !entry.reported);
  }

  /** Commands that were running when the agent stopped without finishing them. */
  interrupted(): JournalEntry[] {
    return this.all().filter((entry) => entry.status === 'started');
  }

  /** Old reported entries go; the API never delivers a command that old again (commands expire in a day). */
  prune(now = Date.now()): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      const path = join(this.dir, name);
      if (now - statSync(path).mtimeMs > KEEP_MS && this.get(name.replace(/\.json$/, ''))?.reported)
        rmSync(path, { force: true });
    }
  }

  private write(entry: JournalEntry): void {
    writeFileAtomic(this.file(entry.commandId), `${JSON.stringify(entry)}\n`, 0o600);
  }
}

import type { CommandArgs, CommandResult, CommandType } from '@elasticweb/protocol';
import type { EntityManager } from 'typeorm';
import { CommandStatus, type Command } from './command.entity.js';

/** How one command ended for good, typed by its command type. */
export interface CommandOutcome<T extends CommandType> {
  /** The row, with its final status, result and error. */
  command: Command & { type: T };
  status: CommandStatus;
  error: string | null;
  /** The arguments it was sent with. */
  args: CommandArgs<T>;
  /** What the agent reported when it succeeded (parsed); null otherwise. */
  result: CommandResult<T> | null;
}

/**
 * Called inside the transaction that ends a command for good (succeeded, failed,
 * cancelled, expired, superseded). It may return work to do after the commit, such as a webhook.
 */
export type OutcomeListener<T extends CommandType> = (
  manager: EntityManager,
  outcome: CommandOutcome<T>,
) => Promise<(() => void) | void>;

/** The listeners of each command type, in the order they subscribed. */
export class CommandOutcomes {
  private readonly byType = new Map<CommandType, Array<OutcomeListener<CommandType>>>();

  /** Subscribes to the outcomes of the named command types only. */
  on<T extends CommandType>(types: readonly T[], listener: OutcomeListener<T>): void {
    for (const type of types) {
      const listeners = this.byType.get(type) ?? [];
      listeners.push(listener as unknown as OutcomeListener<CommandType>);
      this.byType.set(type, listeners);
    }
  }

  /** Tells the command's listeners; returns what they want done after the commit. */
  async publish(manager: EntityManager, command: Command): Promise<Array<() => void>> {
    const listeners = this.byType.get(command.type as CommandType);
    if (!listeners?.length) return [];
    const outcome: CommandOutcome<CommandType> = {
      command: command as Command & { type: CommandType },
      status: command.status,
      error: command.error,
      args: JSON.parse(command.argsJson) as CommandArgs<CommandType>,
      result:
        command.status === CommandStatus.SUCCEEDED
          ? (JSON.parse(command.result ?? '{}') as CommandResult<CommandType>)
          : null,
    };
    const effects: Array<() => void> = [];
    for (const listener of listeners) {
      const effect = await listener(manager, outcome);
      if (effect) effects.push(effect);
    }
    return effects;
  }
}

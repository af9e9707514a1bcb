import type { ObjectLiteral, Repository } from 'typeorm';

/**
 * Multi-row INSERTs in chunks: SQLite refuses very long VALUES lists (its expression
 * depth limit), and MySQL's packet size has a limit too; 200 rows a statement keeps
 * both happy and is most of the speed of one huge statement.
 */
export async function insertMany<T extends ObjectLiteral>(
  repository: Repository<T>,
  rows: T[],
  chunk = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await repository.insert(rows.slice(i, i + chunk) as never);
}

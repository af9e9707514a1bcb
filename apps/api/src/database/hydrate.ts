import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Builds entities from raw rows whose columns are named `${prefix}${column}`, with
 * the driver's own conversions (dates, booleans) — for hot paths where TypeORM's
 * query builder costs more than the query itself.
 */
export function hydrator<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, prefix = '') {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns.filter((column) => !column.relationMetadata || column.referencedColumn);
  const driver = dataSource.driver;
  return {
    /** `alias.col AS prefixcol, ...` for a SELECT list. */
    select(alias: string): string {
      return columns
        .map(
          (column) =>
            `${driver.escape(alias)}.${driver.escape(column.databaseName)} AS ${driver.escape(prefix + column.databaseName)}`,
        )
        .join(', ');
    },
    entity(row: Record<string, unknown>): T {
      const entity = metadata.create() as T;
      for (const column of columns) {
        (entity as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(
          row[prefix + column.databaseName],
          column,
        );
      }
      return entity;
    },
  };
}

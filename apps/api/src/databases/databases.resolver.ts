import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireAccount } from '../accounts/guards.js';
import { requireHost } from '../hosts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { DatabasesService } from './databases.service.js';
import { Database } from './database.entity.js';
import { CreateDatabaseInput, DatabaseConnection, DatabaseSizeInput, NewDatabase } from './database.types.js';

@Resolver(() => Database)
export class DatabasesResolver {
  constructor(private readonly databasesService: DatabasesService) {}

  @Query(() => [Database], { description: 'The caller’s databases, and deleted ones that can still be restored' })
  databases(@Ctx() context: RequestContext): Promise<Database[]> {
    return this.databasesService.list(requireAccount(context));
  }

  @Mutation(() => NewDatabase, { description: 'Creates a database and its user on the account’s host' })
  createDatabase(
    @Arg('input', () => CreateDatabaseInput) input: CreateDatabaseInput,
    @Ctx() context: RequestContext,
  ): Promise<NewDatabase> {
    return this.databasesService.create(requireAccount(context), input);
  }

  @Mutation(() => NewDatabase, { description: 'A new password for the database’s user, shown once' })
  resetDatabasePassword(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<NewDatabase> {
    return this.databasesService.resetPassword(requireAccount(context), id);
  }

  @Mutation(() => Database, { description: 'Drops the database; a dump is kept 30 days for restoreDatabase' })
  deleteDatabase(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Database> {
    return this.databasesService.delete(requireAccount(context), id);
  }

  @Mutation(() => NewDatabase, { description: 'Restores a deleted database from its dump, with a new password' })
  restoreDatabase(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<NewDatabase> {
    return this.databasesService.restore(requireAccount(context), id);
  }

  @Mutation(() => Int, {
    description: 'Agents: the sizes of the databases on this host; returns how many were updated',
  })
  reportDatabaseSizes(
    @Arg('sizes', () => [DatabaseSizeInput]) sizes: DatabaseSizeInput[],
    @Ctx() context: RequestContext,
  ): Promise<number> {
    return this.databasesService.recordSizes(requireHost(context).id, sizes);
  }

  @FieldResolver(() => DatabaseConnection, { description: 'What the customer’s sites use to connect' })
  connection(@Root() database: Database): DatabaseConnection {
    return this.databasesService.connectionOf(database);
  }

  @FieldResolver(() => String, { description: 'The database server as the sites see it' })
  host(@Root() database: Database): string {
    return this.databasesService.connectionOf(database).host;
  }

  @FieldResolver(() => Int)
  port(@Root() database: Database): number {
    return this.databasesService.connectionOf(database).port;
  }

  @FieldResolver(() => String, { description: 'Same as name: each database has a user of its own' })
  user(@Root() database: Database): string {
    return database.name;
  }
}

import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Database } from './database.entity.js';

@InputType()
export class CreateDatabaseInput {
  @Field(() => String, {
    description: 'Your part of the name: lower-case letters, digits and _, up to 21, starting with a letter',
  })
  name!: string;
}

@ObjectType({ description: 'A database with its password: shown this once, never again' })
export class NewDatabase {
  @Field(() => Database)
  database!: Database;

  @Field(() => String)
  password!: string;
}

@ObjectType({ description: 'How the customer’s sites connect to a database' })
export class DatabaseConnection {
  @Field(() => String)
  host!: string;

  @Field(() => Int)
  port!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  user!: string;
}

@InputType()
export class DatabaseSizeInput {
  @Field(() => String)
  name!: string;

  @Field(() => Number, { description: 'Bytes of data and indexes' })
  bytes!: number;
}

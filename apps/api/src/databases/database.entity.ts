import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.js';
import { DateTime } from '../common/scalars.js';

export enum DatabaseStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
  DELETING = 'deleting',
  DELETED = 'deleted',
  ERROR = 'error',
}
registerEnumType(DatabaseStatus, { name: 'DatabaseStatus' });

/** A MariaDB/MySQL database and its own user on the account's home host. */
@Entity({ name: 'databases' })
@Index('ix_databases_account', ['accountId', 'createdAt'])
@ObjectType({ description: 'A database and its user; the password is shown only when it is set' })
export class Database {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'host_id', type: 'varchar', length: 36 })
  hostId!: string;

  /** `ewk3m9qz2a_shop`: the database's name and its user's. */
  @Column({ type: 'varchar', length: 32 })
  @Field(() => String)
  name!: string;

  /** The name while the database lives (or can be restored); NULL frees it (unique index). */
  @Index('uq_databases_active_name', { unique: true })
  @Column({ name: 'active_name', type: 'varchar', length: 32, nullable: true, default: null })
  activeName!: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => DatabaseStatus)
  status!: DatabaseStatus;

  @Column({ name: 'size_bytes', type: 'bigint', default: 0, transformer: bigintAsNumber })
  @Field(() => Number, { description: 'Bytes of data and indexes, as last measured' })
  sizeBytes!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  deletedAt!: Date | null;

  /** Until when the dump taken at deletion can be restored. */
  @Column({ name: 'restorable_until', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  restorableUntil!: Date | null;
}

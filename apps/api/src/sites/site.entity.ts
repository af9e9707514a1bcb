import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { DateTime } from '../common/scalars.js';

export enum SiteStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
  BLOCKED = 'blocked',
  DELETING = 'deleting',
  DELETED = 'deleted',
  ERROR = 'error',
}
registerEnumType(SiteStatus, {
  name: 'SiteStatus',
  description: 'pending until a host has applied it; deleted sites keep their history',
});

@Entity({ name: 'sites' })
@Index('ix_sites_account_created', ['accountId', 'createdAt'])
@ObjectType({ description: 'A website: a primary domain, its aliases and its files on the home host' })
export class Site {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_sites_account' })
  account?: Account;

  /** Primary domain in lower-case punycode (`xn--bcher-kva.example`). */
  @Column({ type: 'varchar', length: 253 })
  @Field(() => String, { description: 'Primary domain, lower-case punycode' })
  domain!: string;

  /** The nginx preset the customer chose; null until detection or the presets issue sets one. */
  @Column({ type: 'varchar', length: 40, nullable: true, default: null })
  @Field(() => String, { nullable: true, description: 'nginx preset id' })
  preset!: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => SiteStatus)
  status!: SiteStatus;

  /** The host the site lives on (its account's home host); null until one is enrolled. */
  @Column({ name: 'host_id', type: 'varchar', length: 36, nullable: true, default: null })
  hostId!: string | null;

  /** Blocked sites answer with a "suspended" page; their files stay. */
  @Column({ name: 'is_blocked', type: 'boolean', default: false })
  @Field(() => Boolean)
  isBlocked!: boolean;

  @Column({ name: 'php_version', type: 'varchar', length: 8, default: '8.2' })
  @Field(() => String)
  phpVersion!: string;

  /** JSON of the site's PHP settings (libs/protocol PhpSettings); null: the defaults. */
  @Column({ name: 'php_settings', type: 'text', nullable: true, default: null })
  phpSettingsJson!: string | null;

  /** Every change of the site's desired state is a new version, sent to its host as `site.apply`. */
  @Column({ name: 'spec_version', type: 'int', default: 0 })
  @Field(() => Int)
  specVersion!: number;

  /** The newest version the host confirmed. */
  @Column({ name: 'applied_version', type: 'int', default: 0 })
  @Field(() => Int)
  appliedVersion!: number;

  /** What went wrong, in words for the customer, when status is `error`. */
  @Column({ name: 'status_message', type: 'text', nullable: true, default: null })
  statusMessage!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  @Field(() => DateTime)
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  deletedAt!: Date | null;
}

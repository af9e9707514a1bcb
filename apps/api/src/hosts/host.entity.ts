import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

export enum HostStatus {
  ACTIVE = 'active',
  DISABLED = 'disabled',
}
registerEnumType(HostStatus, { name: 'HostStatus' });

/** A Debian hosting server running the agent. */
@Entity({ name: 'hosts' })
@ObjectType()
export class Host {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => HostStatus)
  status!: HostStatus;

  /** SHA-256 of the host's bearer token; the token itself was shown to the agent once. */
  @Index('uq_hosts_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  os!: string;

  @Column({ name: 'nginx_version', type: 'varchar', length: 50 })
  @Field(() => String)
  nginxVersion!: string;

  /** JSON list such as ["8.2"]. */
  @Column({ name: 'php_versions', type: 'text' })
  phpVersionsJson!: string;

  @Field(() => [String])
  phpVersions?: string[];

  @Column({ name: 'cpu_cores', type: 'int' })
  @Field(() => Int)
  cpuCores!: number;

  @Column({ name: 'memory_mb', type: 'int' })
  @Field(() => Int)
  memoryMb!: number;

  @Column({ name: 'disk_gb', type: 'int' })
  @Field(() => Int)
  diskGb!: number;

  /** JSON of the layout the agent reported: prefix, listen addresses, php-fpm socket folder, ACME folder. */
  @Column({ type: 'text' })
  layoutJson!: string;

  @Field(() => GraphQLJSON)
  layout?: Record<string, unknown>;

  /** JSON list of `{ name, version }` the agent found (Git, Composer, ClamAV, WP-CLI, …). */
  @Column({ name: 'tools_json', type: 'text', nullable: true, default: null })
  toolsJson!: string | null;

  @Field(() => GraphQLJSON, { description: 'Tool versions on the host: [{ name, version }]' })
  tools?: Array<{ name: string; version: string }>;

  /** The last sequence number given to a delivery to this host; deliveries count up from it. */
  @Column({ name: 'last_seq', type: 'int', default: 0 })
  lastSeq!: number;

  /** The public half of the host's X25519 sealing key: secrets in its commands are sealed to it. */
  @Column({ name: 'sealing_key', type: 'varchar', length: 44, nullable: true, default: null })
  sealingKey!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  lastSeenAt!: Date | null;
}

/** A one-time token an administrator hands to a new host; valid one hour. */
@Entity({ name: 'host_enrollments' })
export class HostEnrollment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('uq_host_enrollments_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true, default: null })
  usedAt!: Date | null;

  @Column({ name: 'host_id', type: 'varchar', length: 36, nullable: true, default: null })
  hostId!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

export enum AlertStatus {
  OPEN = 'open',
  RETRIED = 'retried',
  DISMISSED = 'dismissed',
}
registerEnumType(AlertStatus, { name: 'AlertStatus' });

/**
 * Something administrators must look at: a command that failed for good. Names are
 * copied in when the alert is raised, so the alert still reads right after a site or
 * host is gone.
 */
@Entity({ name: 'alerts' })
@Index('ix_alerts_status_created', ['status', 'createdAt'])
@ObjectType()
export class Alert {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'command_failed, …' })
  kind!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => AlertStatus)
  status!: AlertStatus;

  @Column({ name: 'host_id', type: 'varchar', length: 36, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  hostId!: string | null;

  @Column({ name: 'host_name', type: 'varchar', length: 100, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  hostName!: string | null;

  @Column({ name: 'site_id', type: 'varchar', length: 36, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  siteId!: string | null;

  @Column({ name: 'site_domain', type: 'varchar', length: 253, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  siteDomain!: string | null;

  @Column({ name: 'account_id', type: 'varchar', length: 36, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  accountId!: string | null;

  @Column({ name: 'account_email', type: 'varchar', length: 254, nullable: true, default: null })
  @Field(() => String, { nullable: true, description: 'The customer concerned' })
  accountEmail!: string | null;

  @Column({ name: 'command_id', type: 'varchar', length: 36, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  commandId!: string | null;

  @Column({ name: 'command_type', type: 'varchar', length: 40, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  commandType!: string | null;

  /** The agent's error output as it sent it (nginx -t output and the like). */
  @Column({ type: 'text' })
  @Field(() => String)
  message!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'varchar', length: 36, nullable: true, default: null })
  resolvedBy!: string | null;
}

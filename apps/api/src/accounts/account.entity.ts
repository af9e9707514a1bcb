import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

export enum Role {
  CUSTOMER = 'customer',
  PARTNER = 'partner',
  ADMIN = 'admin',
}
registerEnumType(Role, { name: 'Role', description: 'What an account may do in the panel' });

export enum AccountStatus {
  ACTIVE = 'active',
  DISABLED = 'disabled',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

@Entity({ name: 'accounts' })
@ObjectType({ description: 'A person or company with a login and a balance' })
export class Account {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  /** Stored lower-cased, so lookups and the unique index ignore case. */
  @Index('uq_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String)
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => Role)
  role!: Role;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => String, { description: 'Language of the panel and e-mails: en, ru' })
  language!: string;

  /** `ew` + 8 random base32 characters: the Unix user, database prefix and path on its host. */
  @Index('uq_accounts_system_name', { unique: true })
  @Column({ name: 'system_name', type: 'varchar', length: 16 })
  @Field(() => String, { description: 'Unix user and database prefix on the hosting server' })
  systemName!: string;

  /** The account's home host, chosen when it first needs one; all its sites live there. */
  @Column({ name: 'home_host_id', type: 'varchar', length: 36, nullable: true, default: null })
  homeHostId!: string | null;

  /** Full shell, or SFTP only, for the account's Unix user. */
  @Column({ type: 'varchar', length: 8, default: 'full' })
  shell!: 'full' | 'sftp';

  /** Every change of SSH keys, shell or scheduled jobs is a new version, sent as `account.apply`. */
  @Column({ name: 'access_spec_version', type: 'int', default: 0 })
  accessSpecVersion!: number;

  /** The partner code the customer signed up with; the referral program attributes from it. */
  @Column({ name: 'referral_code', type: 'varchar', length: 32, nullable: true, default: null })
  referralCode!: string | null;

  /** The partner this customer was referred by (never themselves); they earn a share of its first year's payments. */
  @Index('ix_accounts_referred_by')
  @Column({ name: 'referred_by', type: 'varchar', length: 36, nullable: true, default: null })
  referredBy!: string | null;

  @Column({ name: 'email_verified_at', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

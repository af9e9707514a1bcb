import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

/** An SSH public key that may log in as the account's Unix user. */
@Entity({ name: 'ssh_keys' })
@Index('uq_ssh_keys_account_fingerprint', ['accountId', 'fingerprint'], { unique: true })
@ObjectType()
export class SshKey {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, … */
  @Column({ type: 'varchar', length: 40 })
  @Field(() => String)
  type!: string;

  @Column({ type: 'int' })
  @Field(() => Number, { description: 'Key size in bits' })
  bits!: number;

  /** `SHA256:…` as `ssh-keygen -l` prints it. */
  @Column({ type: 'varchar', length: 60 })
  @Field(() => String)
  fingerprint!: string;

  /** The key line without options: `type base64 comment`. */
  @Column({ name: 'public_key', type: 'text' })
  @Field(() => String)
  publicKey!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  comment!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;
}

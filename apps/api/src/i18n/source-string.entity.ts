import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

/** An English text as the code uses it; `context` tells apart the same English in different places. */
@Entity({ name: 'source_strings' })
@ObjectType()
export class SourceString {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  /** SHA-256 of context and text: a unique index on long text does not fit MySQL's key length. */
  @Index('uq_source_strings_hash', { unique: true })
  @Column({ name: 'text_hash', type: 'varchar', length: 64 })
  textHash!: string;

  @Column({ type: 'text' })
  @Field(() => String)
  text!: string;

  @Column({ type: 'varchar', length: 64 })
  @Field(() => String, { description: 'Empty, or a word telling apart the same English in different places' })
  context!: string;

  @Column({ name: 'first_seen_at', type: 'datetime' })
  @Field(() => DateTime)
  firstSeenAt!: Date;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  @Field(() => DateTime)
  lastSeenAt!: Date;

  /** Where it was last seen: `seed`, or the panel path that reported it. */
  @Column({ name: 'seen_in', type: 'varchar', length: 200 })
  @Field(() => String)
  seenIn!: string;
}

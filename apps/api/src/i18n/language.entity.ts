import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

@Entity({ name: 'languages' })
@ObjectType({ description: 'A language the panel can be shown in' })
export class Language {
  /** BCP 47 primary tag, lower case: `en`, `ru`, `de`. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  @Field(() => String)
  code!: string;

  /** The language's name in itself: `Русский`. */
  @Column({ type: 'varchar', length: 64 })
  @Field(() => String)
  name!: string;

  @Column({ name: 'is_enabled', type: 'boolean' })
  @Field(() => Boolean)
  isEnabled!: boolean;

  /**
   * Bumped with every edit of the language's translations: each API process compares
   * it every few seconds and rebuilds its cached map when it moved.
   */
  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;
}

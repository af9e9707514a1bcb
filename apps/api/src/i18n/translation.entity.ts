import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';
import { Language } from './language.entity.js';
import { SourceString } from './source-string.entity.js';

/** The text of one source string in one language; plural strings carry a form per plural category. */
@Entity({ name: 'translations' })
@Index('uq_translations_source_language', ['sourceId', 'language'], { unique: true })
@ObjectType()
export class Translation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'source_id', type: 'varchar', length: 36 })
  sourceId!: string;

  @ManyToOne(() => SourceString, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'fk_translations_source' })
  source?: SourceString;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => String)
  language!: string;

  @ManyToOne(() => Language, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'language', foreignKeyConstraintName: 'fk_translations_language' })
  languageRow?: Language;

  /** The text, or for a plural string its `other` form. */
  @Column({ type: 'text' })
  @Field(() => String)
  text!: string;

  /** JSON `{ "one": …, "few": …, "many": …, "other": … }` for strings with `{{count}}`. */
  @Column({ name: 'plural_forms', type: 'text', nullable: true, default: null })
  pluralForms!: string | null;

  /** The administrator who last changed it; null for seeded text. */
  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true, default: null })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  @Field(() => DateTime)
  updatedAt!: Date;
}

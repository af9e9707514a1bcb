import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';
import { Site } from '../sites/site.entity.js';

/**
 * One saved nginx configuration of a site: the structured model, never nginx text.
 * The text is always rendered from it, so a preset upgrade never loses an option.
 */
@Entity({ name: 'nginx_revisions' })
@Index('uq_nginx_revisions_site_revision', ['siteId', 'revision'], { unique: true })
@ObjectType('NginxConfigRevision')
export class NginxRevision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 36 })
  siteId!: string;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_nginx_revisions_site' })
  site?: Site;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '1 for the first saved configuration, then counting up' })
  revision!: number;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String)
  preset!: string;

  @Column({ type: 'varchar', length: 20, nullable: true, default: null })
  @Field(() => String, { nullable: true })
  variant!: string | null;

  /** JSON of the site's options (libs/nginx SiteOptions, partial). */
  @Column({ name: 'options', type: 'text' })
  optionsJson!: string;

  @Field(() => GraphQLJSON)
  options?: Record<string, unknown>;

  @Field(() => String, { description: 'The nginx text this revision renders to' })
  text?: string;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;
}

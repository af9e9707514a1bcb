import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Site } from './site.entity.js';

/**
 * Every name a site answers to, the primary domain and each alias alike.
 * `active_name` holds the name while the site is live and NULL once it is deleted:
 * its unique index makes a name unique among live sites of all accounts (NULLs never
 * collide, on MySQL and SQLite alike) while deleted sites keep their history.
 */
@Entity({ name: 'site_domains' })
@Index('ix_site_domains_site', ['siteId', 'position'])
export class SiteDomain {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 36 })
  siteId!: string;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_site_domains_site' })
  site?: Site;

  @Column({ type: 'varchar', length: 253 })
  name!: string;

  @Index('uq_site_domains_active_name', { unique: true })
  @Column({ name: 'active_name', type: 'varchar', length: 253, nullable: true, default: null })
  activeName!: string | null;

  @Column({ name: 'is_primary', type: 'boolean' })
  isPrimary!: boolean;

  /** 0 for the primary domain, then aliases in the order the customer gave them. */
  @Column({ type: 'int' })
  position!: number;
}

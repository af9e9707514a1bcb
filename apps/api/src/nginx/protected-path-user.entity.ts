import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Site } from '../sites/site.entity.js';

/**
 * Someone who may open one of a site's password-protected paths. The password is kept
 * only as a bcrypt hash, which nginx checks (through the host's crypt) and which is
 * never shown again.
 */
@Entity({ name: 'protected_path_users' })
@Index('uq_protected_path_users', ['siteId', 'path', 'username'], { unique: true })
export class ProtectedPathUser {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 36 })
  siteId!: string;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_protected_path_users_site' })
  site?: Site;

  @Column({ type: 'varchar', length: 255 })
  path!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

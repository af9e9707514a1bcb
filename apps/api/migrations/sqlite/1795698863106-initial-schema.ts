import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795698863106 implements MigrationInterface {
  name = 'InitialSchema1795698863106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"language\" varchar(8) NOT NULL, \"system_name\" varchar(16) NOT NULL, \"referral_code\" varchar(32), \"email_verified_at\" datetime, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_email\" ON \"accounts\" (\"email\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_system_name\" ON \"accounts\" (\"system_name\") ");
    await queryRunner.query("CREATE TABLE \"auth_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"purpose\" varchar(24) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_auth_tokens_hash\" ON \"auth_tokens\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_auth_tokens_account_purpose\" ON \"auth_tokens\" (\"account_id\", \"purpose\") ");
    await queryRunner.query("CREATE TABLE \"rate_limit_buckets\" (\"bucket_key\" varchar(191) PRIMARY KEY NOT NULL, \"hits\" integer NOT NULL, \"window_started_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE TABLE \"sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"site_domains\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"name\" varchar(253) NOT NULL, \"active_name\" varchar(253), \"is_primary\" boolean NOT NULL, \"position\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_site_domains_active_name\" ON \"site_domains\" (\"active_name\") ");
    await queryRunner.query("CREATE INDEX \"ix_site_domains_site\" ON \"site_domains\" (\"site_id\", \"position\") ");
    await queryRunner.query("DROP INDEX \"uq_auth_tokens_hash\"");
    await queryRunner.query("DROP INDEX \"ix_auth_tokens_account_purpose\"");
    await queryRunner.query("CREATE TABLE \"temporary_auth_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"purpose\" varchar(24) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"created_at\" datetime NOT NULL, CONSTRAINT \"fk_auth_tokens_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_auth_tokens\"(\"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\") SELECT \"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\" FROM \"auth_tokens\"");
    await queryRunner.query("DROP TABLE \"auth_tokens\"");
    await queryRunner.query("ALTER TABLE \"temporary_auth_tokens\" RENAME TO \"auth_tokens\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_auth_tokens_hash\" ON \"auth_tokens\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_auth_tokens_account_purpose\" ON \"auth_tokens\" (\"account_id\", \"purpose\") ");
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime, CONSTRAINT \"fk_sites_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_sites\"(\"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\") SELECT \"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\" FROM \"sites\"");
    await queryRunner.query("DROP TABLE \"sites\"");
    await queryRunner.query("ALTER TABLE \"temporary_sites\" RENAME TO \"sites\"");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"uq_site_domains_active_name\"");
    await queryRunner.query("DROP INDEX \"ix_site_domains_site\"");
    await queryRunner.query("CREATE TABLE \"temporary_site_domains\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"name\" varchar(253) NOT NULL, \"active_name\" varchar(253), \"is_primary\" boolean NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"fk_site_domains_site\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_site_domains\"(\"id\", \"site_id\", \"name\", \"active_name\", \"is_primary\", \"position\") SELECT \"id\", \"site_id\", \"name\", \"active_name\", \"is_primary\", \"position\" FROM \"site_domains\"");
    await queryRunner.query("DROP TABLE \"site_domains\"");
    await queryRunner.query("ALTER TABLE \"temporary_site_domains\" RENAME TO \"site_domains\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_site_domains_active_name\" ON \"site_domains\" (\"active_name\") ");
    await queryRunner.query("CREATE INDEX \"ix_site_domains_site\" ON \"site_domains\" (\"site_id\", \"position\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_site_domains_site\"");
    await queryRunner.query("DROP INDEX \"uq_site_domains_active_name\"");
    await queryRunner.query("ALTER TABLE \"site_domains\" RENAME TO \"temporary_site_domains\"");
    await queryRunner.query("CREATE TABLE \"site_domains\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"name\" varchar(253) NOT NULL, \"active_name\" varchar(253), \"is_primary\" boolean NOT NULL, \"position\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"site_domains\"(\"id\", \"site_id\", \"name\", \"active_name\", \"is_primary\", \"position\") SELECT \"id\", \"site_id\", \"name\", \"active_name\", \"is_primary\", \"position\" FROM \"temporary_site_domains\"");
    await queryRunner.query("DROP TABLE \"temporary_site_domains\"");
    await queryRunner.query("CREATE INDEX \"ix_site_domains_site\" ON \"site_domains\" (\"site_id\", \"position\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_site_domains_active_name\" ON \"site_domains\" (\"active_name\") ");
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("ALTER TABLE \"sites\" RENAME TO \"temporary_sites\"");
    await queryRunner.query("CREATE TABLE \"sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime)");
    await queryRunner.query("INSERT INTO \"sites\"(\"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\") SELECT \"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\" FROM \"temporary_sites\"");
    await queryRunner.query("DROP TABLE \"temporary_sites\"");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"ix_auth_tokens_account_purpose\"");
    await queryRunner.query("DROP INDEX \"uq_auth_tokens_hash\"");
    await queryRunner.query("ALTER TABLE \"auth_tokens\" RENAME TO \"temporary_auth_tokens\"");
    await queryRunner.query("CREATE TABLE \"auth_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"purpose\" varchar(24) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"auth_tokens\"(\"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\") SELECT \"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\" FROM \"temporary_auth_tokens\"");
    await queryRunner.query("DROP TABLE \"temporary_auth_tokens\"");
    await queryRunner.query("CREATE INDEX \"ix_auth_tokens_account_purpose\" ON \"auth_tokens\" (\"account_id\", \"purpose\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_auth_tokens_hash\" ON \"auth_tokens\" (\"token_hash\") ");
    await queryRunner.query("DROP INDEX \"ix_site_domains_site\"");
    await queryRunner.query("DROP INDEX \"uq_site_domains_active_name\"");
    await queryRunner.query("DROP TABLE \"site_domains\"");
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("DROP TABLE \"sites\"");
    await queryRunner.query("DROP TABLE \"rate_limit_buckets\"");
    await queryRunner.query("DROP INDEX \"ix_auth_tokens_account_purpose\"");
    await queryRunner.query("DROP INDEX \"uq_auth_tokens_hash\"");
    await queryRunner.query("DROP TABLE \"auth_tokens\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_system_name\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_email\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostingAccountEssentials1795708845771 implements MigrationInterface {
  name = 'HostingAccountEssentials1795708845771';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"databases\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"host_id\" varchar(36) NOT NULL, \"name\" varchar(32) NOT NULL, \"active_name\" varchar(32), \"status\" varchar(16) NOT NULL, \"size_bytes\" bigint NOT NULL DEFAULT (0), \"created_at\" datetime NOT NULL, \"deleted_at\" datetime, \"restorable_until\" datetime)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_databases_active_name\" ON \"databases\" (\"active_name\") ");
    await queryRunner.query("CREATE INDEX \"ix_databases_account\" ON \"databases\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"ssh_keys\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"type\" varchar(40) NOT NULL, \"bits\" integer NOT NULL, \"fingerprint\" varchar(60) NOT NULL, \"public_key\" text NOT NULL, \"comment\" varchar(100) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ssh_keys_account_fingerprint\" ON \"ssh_keys\" (\"account_id\", \"fingerprint\") ");
    await queryRunner.query("CREATE TABLE \"cron_jobs\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"schedule\" varchar(100) NOT NULL, \"command\" text NOT NULL, \"is_enabled\" boolean NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"last_run_at\" datetime, \"last_exit_code\" integer, \"last_output\" text)");
    await queryRunner.query("CREATE INDEX \"ix_cron_jobs_account\" ON \"cron_jobs\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_email\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_system_name\"");
    await queryRunner.query("CREATE TABLE \"temporary_accounts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"language\" varchar(8) NOT NULL, \"system_name\" varchar(16) NOT NULL, \"referral_code\" varchar(32), \"email_verified_at\" datetime, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"home_host_id\" varchar(36), \"shell\" varchar(8) NOT NULL DEFAULT ('full'), \"access_spec_version\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_accounts\"(\"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\", \"home_host_id\") SELECT \"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\", \"home_host_id\" FROM \"accounts\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
    await queryRunner.query("ALTER TABLE \"temporary_accounts\" RENAME TO \"accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_email\" ON \"accounts\" (\"email\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_system_name\" ON \"accounts\" (\"system_name\") ");
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime, \"host_id\" varchar(36), \"is_blocked\" boolean NOT NULL DEFAULT (0), \"php_version\" varchar(8) NOT NULL DEFAULT ('8.2'), \"spec_version\" integer NOT NULL DEFAULT (0), \"applied_version\" integer NOT NULL DEFAULT (0), \"status_message\" text, \"php_settings\" text, CONSTRAINT \"fk_sites_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_sites\"(\"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\", \"host_id\", \"is_blocked\", \"php_version\", \"spec_version\", \"applied_version\", \"status_message\") SELECT \"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\", \"host_id\", \"is_blocked\", \"php_version\", \"spec_version\", \"applied_version\", \"status_message\" FROM \"sites\"");
    await queryRunner.query("DROP TABLE \"sites\"");
    await queryRunner.query("ALTER TABLE \"temporary_sites\" RENAME TO \"sites\"");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"ix_commands_ready\"");
    await queryRunner.query("DROP INDEX \"ix_commands_host_queue\"");
    await queryRunner.query("DROP INDEX \"ix_commands_site\"");
    await queryRunner.query("CREATE TABLE \"temporary_commands\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"host_id\" varchar(36) NOT NULL, \"site_id\" varchar(36), \"type\" varchar(40) NOT NULL, \"args\" text NOT NULL, \"priority\" integer NOT NULL, \"depends_on\" text, \"spec_version\" integer, \"status\" varchar(16) NOT NULL, \"attempt\" integer NOT NULL, \"seq\" integer, \"lease_until\" datetime, \"not_before\" datetime NOT NULL, \"expires_at\" datetime NOT NULL, \"result\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime, \"subject_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"temporary_commands\"(\"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\") SELECT \"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\" FROM \"commands\"");
    await queryRunner.query("DROP TABLE \"commands\"");
    await queryRunner.query("ALTER TABLE \"temporary_commands\" RENAME TO \"commands\"");
    await queryRunner.query("CREATE INDEX \"ix_commands_ready\" ON \"commands\" (\"status\", \"not_before\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_host_queue\" ON \"commands\" (\"host_id\", \"status\", \"priority\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_site\" ON \"commands\" (\"site_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_subject\" ON \"commands\" (\"subject_id\", \"status\") ");
    // Commands queued before subjects existed belong to their site.
    await queryRunner.query('UPDATE "commands" SET "subject_id" = "site_id" WHERE "subject_id" IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_commands_subject\"");
    await queryRunner.query("DROP INDEX \"ix_commands_site\"");
    await queryRunner.query("DROP INDEX \"ix_commands_host_queue\"");
    await queryRunner.query("DROP INDEX \"ix_commands_ready\"");
    await queryRunner.query("ALTER TABLE \"commands\" RENAME TO \"temporary_commands\"");
    await queryRunner.query("CREATE TABLE \"commands\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"host_id\" varchar(36) NOT NULL, \"site_id\" varchar(36), \"type\" varchar(40) NOT NULL, \"args\" text NOT NULL, \"priority\" integer NOT NULL, \"depends_on\" text, \"spec_version\" integer, \"status\" varchar(16) NOT NULL, \"attempt\" integer NOT NULL, \"seq\" integer, \"lease_until\" datetime, \"not_before\" datetime NOT NULL, \"expires_at\" datetime NOT NULL, \"result\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime)");
    await queryRunner.query("INSERT INTO \"commands\"(\"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\") SELECT \"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\" FROM \"temporary_commands\"");
    await queryRunner.query("DROP TABLE \"temporary_commands\"");
    await queryRunner.query("CREATE INDEX \"ix_commands_site\" ON \"commands\" (\"site_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_host_queue\" ON \"commands\" (\"host_id\", \"status\", \"priority\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_ready\" ON \"commands\" (\"status\", \"not_before\") ");
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("ALTER TABLE \"sites\" RENAME TO \"temporary_sites\"");
    await queryRunner.query("CREATE TABLE \"sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime, \"host_id\" varchar(36), \"is_blocked\" boolean NOT NULL DEFAULT (0), \"php_version\" varchar(8) NOT NULL DEFAULT ('8.2'), \"spec_version\" integer NOT NULL DEFAULT (0), \"applied_version\" integer NOT NULL DEFAULT (0), \"status_message\" text, CONSTRAINT \"fk_sites_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"sites\"(\"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\", \"host_id\", \"is_blocked\", \"php_version\", \"spec_version\", \"applied_version\", \"status_message\") SELECT \"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\", \"host_id\", \"is_blocked\", \"php_version\", \"spec_version\", \"applied_version\", \"status_message\" FROM \"temporary_sites\"");
    await queryRunner.query("DROP TABLE \"temporary_sites\"");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_system_name\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_email\"");
    await queryRunner.query("ALTER TABLE \"accounts\" RENAME TO \"temporary_accounts\"");
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"language\" varchar(8) NOT NULL, \"system_name\" varchar(16) NOT NULL, \"referral_code\" varchar(32), \"email_verified_at\" datetime, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"home_host_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"accounts\"(\"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\", \"home_host_id\") SELECT \"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\", \"home_host_id\" FROM \"temporary_accounts\"");
    await queryRunner.query("DROP TABLE \"temporary_accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_system_name\" ON \"accounts\" (\"system_name\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_email\" ON \"accounts\" (\"email\") ");
    await queryRunner.query("DROP INDEX \"ix_cron_jobs_account\"");
    await queryRunner.query("DROP TABLE \"cron_jobs\"");
    await queryRunner.query("DROP INDEX \"uq_ssh_keys_account_fingerprint\"");
    await queryRunner.query("DROP TABLE \"ssh_keys\"");
    await queryRunner.query("DROP INDEX \"ix_databases_account\"");
    await queryRunner.query("DROP INDEX \"uq_databases_active_name\"");
    await queryRunner.query("DROP TABLE \"databases\"");
  }
}

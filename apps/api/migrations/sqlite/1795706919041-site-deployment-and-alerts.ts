import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteDeploymentAndAlerts1795706919041 implements MigrationInterface {
  name = 'SiteDeploymentAndAlerts1795706919041';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"alerts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(40) NOT NULL, \"status\" varchar(16) NOT NULL, \"host_id\" varchar(36), \"host_name\" varchar(100), \"site_id\" varchar(36), \"site_domain\" varchar(253), \"account_id\" varchar(36), \"account_email\" varchar(254), \"command_id\" varchar(36), \"command_type\" varchar(40), \"message\" text NOT NULL, \"created_at\" datetime NOT NULL, \"resolved_at\" datetime, \"resolved_by\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"ix_alerts_status_created\" ON \"alerts\" (\"status\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_system_name\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_email\"");
    await queryRunner.query("CREATE TABLE \"temporary_accounts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"language\" varchar(8) NOT NULL, \"system_name\" varchar(16) NOT NULL, \"referral_code\" varchar(32), \"email_verified_at\" datetime, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"home_host_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"temporary_accounts\"(\"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\" FROM \"accounts\"");
    await queryRunner.query("DROP TABLE \"accounts\"");
    await queryRunner.query("ALTER TABLE \"temporary_accounts\" RENAME TO \"accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_system_name\" ON \"accounts\" (\"system_name\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_email\" ON \"accounts\" (\"email\") ");
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("CREATE TABLE \"temporary_sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime, \"host_id\" varchar(36), \"is_blocked\" boolean NOT NULL DEFAULT (0), \"php_version\" varchar(8) NOT NULL DEFAULT ('8.2'), \"spec_version\" integer NOT NULL DEFAULT (0), \"applied_version\" integer NOT NULL DEFAULT (0), \"status_message\" text, CONSTRAINT \"fk_sites_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_sites\"(\"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\") SELECT \"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\" FROM \"sites\"");
    await queryRunner.query("DROP TABLE \"sites\"");
    await queryRunner.query("ALTER TABLE \"temporary_sites\" RENAME TO \"sites\"");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_sites_account_created\"");
    await queryRunner.query("ALTER TABLE \"sites\" RENAME TO \"temporary_sites\"");
    await queryRunner.query("CREATE TABLE \"sites\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"domain\" varchar(253) NOT NULL, \"preset\" varchar(40), \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL, \"deleted_at\" datetime, CONSTRAINT \"fk_sites_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"sites\"(\"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\") SELECT \"id\", \"account_id\", \"domain\", \"preset\", \"status\", \"created_at\", \"updated_at\", \"deleted_at\" FROM \"temporary_sites\"");
    await queryRunner.query("DROP TABLE \"temporary_sites\"");
    await queryRunner.query("CREATE INDEX \"ix_sites_account_created\" ON \"sites\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"uq_accounts_email\"");
    await queryRunner.query("DROP INDEX \"uq_accounts_system_name\"");
    await queryRunner.query("ALTER TABLE \"accounts\" RENAME TO \"temporary_accounts\"");
    await queryRunner.query("CREATE TABLE \"accounts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"role\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"language\" varchar(8) NOT NULL, \"system_name\" varchar(16) NOT NULL, \"referral_code\" varchar(32), \"email_verified_at\" datetime, \"created_at\" datetime NOT NULL, \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"accounts\"(\"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"email\", \"password_hash\", \"role\", \"status\", \"language\", \"system_name\", \"referral_code\", \"email_verified_at\", \"created_at\", \"updated_at\" FROM \"temporary_accounts\"");
    await queryRunner.query("DROP TABLE \"temporary_accounts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_email\" ON \"accounts\" (\"email\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_accounts_system_name\" ON \"accounts\" (\"system_name\") ");
    await queryRunner.query("DROP INDEX \"ix_alerts_status_created\"");
    await queryRunner.query("DROP TABLE \"alerts\"");
  }
}

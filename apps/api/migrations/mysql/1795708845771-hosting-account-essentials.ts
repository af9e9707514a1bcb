import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostingAccountEssentials1795708845771 implements MigrationInterface {
  name = 'HostingAccountEssentials1795708845771';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `databases` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `host_id` varchar(36) NOT NULL, `name` varchar(32) NOT NULL, `active_name` varchar(32) NULL, `status` varchar(16) NOT NULL, `size_bytes` bigint NOT NULL DEFAULT '0', `created_at` datetime NOT NULL, `deleted_at` datetime NULL, `restorable_until` datetime NULL, UNIQUE INDEX `uq_databases_active_name` (`active_name`), INDEX `ix_databases_account` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ssh_keys` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `type` varchar(40) NOT NULL, `bits` int NOT NULL, `fingerprint` varchar(60) NOT NULL, `public_key` text NOT NULL, `comment` varchar(100) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_ssh_keys_account_fingerprint` (`account_id`, `fingerprint`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `cron_jobs` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `schedule` varchar(100) NOT NULL, `command` text NOT NULL, `is_enabled` tinyint NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `last_run_at` datetime NULL, `last_exit_code` int NULL, `last_output` text NULL, INDEX `ix_cron_jobs_account` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `accounts` ADD `shell` varchar(8) NOT NULL DEFAULT 'full'");
    await queryRunner.query("ALTER TABLE `accounts` ADD `access_spec_version` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `sites` ADD `php_settings` text NULL");
    await queryRunner.query("ALTER TABLE `commands` ADD `subject_id` varchar(36) NULL");
    await queryRunner.query("CREATE INDEX `ix_commands_subject` ON `commands` (`subject_id`, `status`)");
    // Commands queued before subjects existed belong to their site.
    await queryRunner.query('UPDATE `commands` SET `subject_id` = `site_id` WHERE `subject_id` IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_commands_subject` ON `commands`");
    await queryRunner.query("ALTER TABLE `commands` DROP COLUMN `subject_id`");
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `php_settings`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `access_spec_version`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `shell`");
    await queryRunner.query("DROP INDEX `ix_cron_jobs_account` ON `cron_jobs`");
    await queryRunner.query("DROP TABLE `cron_jobs`");
    await queryRunner.query("DROP INDEX `uq_ssh_keys_account_fingerprint` ON `ssh_keys`");
    await queryRunner.query("DROP TABLE `ssh_keys`");
    await queryRunner.query("DROP INDEX `ix_databases_account` ON `databases`");
    await queryRunner.query("DROP INDEX `uq_databases_active_name` ON `databases`");
    await queryRunner.query("DROP TABLE `databases`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteDeploymentAndAlerts1795706919041 implements MigrationInterface {
  name = 'SiteDeploymentAndAlerts1795706919041';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `alerts` (`id` varchar(36) NOT NULL, `kind` varchar(40) NOT NULL, `status` varchar(16) NOT NULL, `host_id` varchar(36) NULL, `host_name` varchar(100) NULL, `site_id` varchar(36) NULL, `site_domain` varchar(253) NULL, `account_id` varchar(36) NULL, `account_email` varchar(254) NULL, `command_id` varchar(36) NULL, `command_type` varchar(40) NULL, `message` text NOT NULL, `created_at` datetime NOT NULL, `resolved_at` datetime NULL, `resolved_by` varchar(36) NULL, INDEX `ix_alerts_status_created` (`status`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `accounts` ADD `home_host_id` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `sites` ADD `host_id` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `sites` ADD `is_blocked` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `sites` ADD `php_version` varchar(8) NOT NULL DEFAULT '8.2'");
    await queryRunner.query("ALTER TABLE `sites` ADD `spec_version` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `sites` ADD `applied_version` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `sites` ADD `status_message` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `status_message`");
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `applied_version`");
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `spec_version`");
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `php_version`");
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `is_blocked`");
    await queryRunner.query("ALTER TABLE `sites` DROP COLUMN `host_id`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `home_host_id`");
    await queryRunner.query("DROP INDEX `ix_alerts_status_created` ON `alerts`");
    await queryRunner.query("DROP TABLE `alerts`");
  }
}

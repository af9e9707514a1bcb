import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795698863106 implements MigrationInterface {
  name = 'InitialSchema1795698863106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `accounts` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `password_hash` varchar(255) NOT NULL, `role` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `language` varchar(8) NOT NULL, `system_name` varchar(16) NOT NULL, `referral_code` varchar(32) NULL, `email_verified_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `uq_accounts_email` (`email`), UNIQUE INDEX `uq_accounts_system_name` (`system_name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `auth_tokens` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `purpose` varchar(24) NOT NULL, `token_hash` varchar(64) NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_auth_tokens_hash` (`token_hash`), INDEX `ix_auth_tokens_account_purpose` (`account_id`, `purpose`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `rate_limit_buckets` (`bucket_key` varchar(191) NOT NULL, `hits` int NOT NULL, `window_started_at` datetime NOT NULL, PRIMARY KEY (`bucket_key`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sites` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `domain` varchar(253) NOT NULL, `preset` varchar(40) NULL, `status` varchar(16) NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `deleted_at` datetime NULL, INDEX `ix_sites_account_created` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `site_domains` (`id` varchar(36) NOT NULL, `site_id` varchar(36) NOT NULL, `name` varchar(253) NOT NULL, `active_name` varchar(253) NULL, `is_primary` tinyint NOT NULL, `position` int NOT NULL, UNIQUE INDEX `uq_site_domains_active_name` (`active_name`), INDEX `ix_site_domains_site` (`site_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `auth_tokens` ADD CONSTRAINT `fk_auth_tokens_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `sites` ADD CONSTRAINT `fk_sites_account` FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `site_domains` ADD CONSTRAINT `fk_site_domains_site` FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `site_domains` DROP FOREIGN KEY `fk_site_domains_site`");
    await queryRunner.query("ALTER TABLE `sites` DROP FOREIGN KEY `fk_sites_account`");
    await queryRunner.query("ALTER TABLE `auth_tokens` DROP FOREIGN KEY `fk_auth_tokens_account`");
    await queryRunner.query("DROP INDEX `ix_site_domains_site` ON `site_domains`");
    await queryRunner.query("DROP INDEX `uq_site_domains_active_name` ON `site_domains`");
    await queryRunner.query("DROP TABLE `site_domains`");
    await queryRunner.query("DROP INDEX `ix_sites_account_created` ON `sites`");
    await queryRunner.query("DROP TABLE `sites`");
    await queryRunner.query("DROP TABLE `rate_limit_buckets`");
    await queryRunner.query("DROP INDEX `ix_auth_tokens_account_purpose` ON `auth_tokens`");
    await queryRunner.query("DROP INDEX `uq_auth_tokens_hash` ON `auth_tokens`");
    await queryRunner.query("DROP TABLE `auth_tokens`");
    await queryRunner.query("DROP INDEX `uq_accounts_system_name` ON `accounts`");
    await queryRunner.query("DROP INDEX `uq_accounts_email` ON `accounts`");
    await queryRunner.query("DROP TABLE `accounts`");
  }
}

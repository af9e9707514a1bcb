import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WalletChargingReferrals1795717519496 implements MigrationInterface {
  name = 'WalletChargingReferrals1795717519496';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `usage_charges` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `hour_start` datetime NOT NULL, `revision` int NOT NULL, `nanos` bigint NOT NULL, `breakdown` text NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_usage_charges_hour` (`account_id`, `hour_start`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `price_lists` (`id` varchar(36) NOT NULL, `valid_from` datetime NOT NULL, `cpu_second` bigint NOT NULL, `memory_gb_hour` bigint NOT NULL, `disk_gb_day` bigint NOT NULL, `traffic_gb` bigint NOT NULL, `million_io_operations` bigint NOT NULL, `mysql_busy_hour` bigint NOT NULL, `created_by` varchar(36) NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_price_lists_valid_from` (`valid_from`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `payment_events` (`event_id` varchar(120) NOT NULL, `provider` varchar(20) NOT NULL, `type` varchar(60) NOT NULL, `received_at` datetime NOT NULL, PRIMARY KEY (`event_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `partners` (`account_id` varchar(36) NOT NULL, `code` varchar(16) NOT NULL, `share_bps` int NOT NULL, `terms_accepted_at` datetime NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_partners_code` (`code`), PRIMARY KEY (`account_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `referral_clicks` (`id` varchar(36) NOT NULL, `partner_id` varchar(36) NOT NULL, `day` varchar(10) NOT NULL, `visitor` varchar(64) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_referral_clicks_visitor` (`partner_id`, `day`, `visitor`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `daily_secrets` (`day` varchar(10) NOT NULL, `secret` varchar(64) NOT NULL, PRIMARY KEY (`day`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `commissions` (`id` varchar(36) NOT NULL, `partner_id` varchar(36) NOT NULL, `customer_id` varchar(36) NOT NULL, `payment_id` varchar(36) NOT NULL, `payment_amount` bigint NOT NULL, `amount` bigint NOT NULL, `status` varchar(12) NOT NULL, `available_at` datetime NOT NULL, `decided_at` datetime NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_commissions_payment` (`payment_id`), INDEX `ix_commissions_due` (`status`, `available_at`), INDEX `ix_commissions_partner` (`partner_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `payouts` (`id` varchar(36) NOT NULL, `partner_id` varchar(36) NOT NULL, `amount` bigint NOT NULL, `status` varchar(12) NOT NULL, `requested_at` datetime NOT NULL, `decided_at` datetime NULL, `decided_by` varchar(36) NULL, INDEX `ix_payouts_partner` (`partner_id`, `requested_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `charged_until`");
    await queryRunner.query("ALTER TABLE `accounts` ADD `referred_by` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `auth_tokens` ADD `label` varchar(60) NULL");
    await queryRunner.query("ALTER TABLE `wallets` ADD `sites_blocked` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `wallets` ADD `sites_deleted_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `wallets` ADD `monthly_limit` bigint NULL");
    await queryRunner.query("ALTER TABLE `wallets` ADD `limit_blocks` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `wallets` ADD `spending_alerts` text NULL");
    await queryRunner.query("ALTER TABLE `wallets` ADD `spending_sent` text NULL");
    await queryRunner.query("ALTER TABLE `payments` ADD `settlement_ref` varchar(120) NULL");
    await queryRunner.query("ALTER TABLE `payments` ADD `refunded` bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `payments` ADD `checkout_url` varchar(500) NULL");
    await queryRunner.query("ALTER TABLE `ledger_entries` DROP COLUMN `kind`");
    await queryRunner.query("ALTER TABLE `ledger_entries` ADD `kind` varchar(24) NOT NULL");
    await queryRunner.query("CREATE INDEX `ix_accounts_referred_by` ON `accounts` (`referred_by`)");
    await queryRunner.query("CREATE INDEX `ix_payments_settlement_ref` ON `payments` (`settlement_ref`)");
    await queryRunner.query("CREATE INDEX `ix_usage_rollups_bucket` ON `usage_rollups` (`resolution`, `bucket_start`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_usage_rollups_bucket` ON `usage_rollups`");
    await queryRunner.query("DROP INDEX `ix_payments_settlement_ref` ON `payments`");
    await queryRunner.query("DROP INDEX `ix_accounts_referred_by` ON `accounts`");
    await queryRunner.query("ALTER TABLE `ledger_entries` DROP COLUMN `kind`");
    await queryRunner.query("ALTER TABLE `ledger_entries` ADD `kind` varchar(20) NOT NULL");
    await queryRunner.query("ALTER TABLE `payments` DROP COLUMN `checkout_url`");
    await queryRunner.query("ALTER TABLE `payments` DROP COLUMN `refunded`");
    await queryRunner.query("ALTER TABLE `payments` DROP COLUMN `settlement_ref`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `spending_sent`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `spending_alerts`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `limit_blocks`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `monthly_limit`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `sites_deleted_at`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `sites_blocked`");
    await queryRunner.query("ALTER TABLE `auth_tokens` DROP COLUMN `label`");
    await queryRunner.query("ALTER TABLE `accounts` DROP COLUMN `referred_by`");
    await queryRunner.query("ALTER TABLE `wallets` ADD `charged_until` datetime NULL");
    await queryRunner.query("DROP INDEX `ix_payouts_partner` ON `payouts`");
    await queryRunner.query("DROP TABLE `payouts`");
    await queryRunner.query("DROP INDEX `ix_commissions_partner` ON `commissions`");
    await queryRunner.query("DROP INDEX `ix_commissions_due` ON `commissions`");
    await queryRunner.query("DROP INDEX `uq_commissions_payment` ON `commissions`");
    await queryRunner.query("DROP TABLE `commissions`");
    await queryRunner.query("DROP TABLE `daily_secrets`");
    await queryRunner.query("DROP INDEX `uq_referral_clicks_visitor` ON `referral_clicks`");
    await queryRunner.query("DROP TABLE `referral_clicks`");
    await queryRunner.query("DROP INDEX `uq_partners_code` ON `partners`");
    await queryRunner.query("DROP TABLE `partners`");
    await queryRunner.query("DROP TABLE `payment_events`");
    await queryRunner.query("DROP INDEX `uq_price_lists_valid_from` ON `price_lists`");
    await queryRunner.query("DROP TABLE `price_lists`");
    await queryRunner.query("DROP INDEX `uq_usage_charges_hour` ON `usage_charges`");
    await queryRunner.query("DROP TABLE `usage_charges`");
  }
}

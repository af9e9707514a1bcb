import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WalletAndLedger1795713372382 implements MigrationInterface {
  name = 'WalletAndLedger1795713372382';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `wallets` (`account_id` varchar(36) NOT NULL, `balance` bigint NOT NULL DEFAULT '0', `carry_nanos` bigint NOT NULL DEFAULT '0', `charged_until` datetime NULL, `negative_since` datetime NULL, PRIMARY KEY (`account_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ledger_entries` (`id` varchar(36) NOT NULL, `idempotency_key` varchar(120) NOT NULL, `account_id` varchar(36) NULL, `debit` varchar(60) NOT NULL, `credit` varchar(60) NOT NULL, `amount` bigint NOT NULL, `kind` varchar(20) NOT NULL, `details` text NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_ledger_entries_key` (`idempotency_key`), INDEX `ix_ledger_entries_account` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `payments` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `provider` varchar(20) NOT NULL, `provider_ref` varchar(120) NOT NULL, `request_key` varchar(120) NOT NULL, `amount` bigint NOT NULL, `status` varchar(16) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_payments_provider_ref` (`provider_ref`), UNIQUE INDEX `uq_payments_request_key` (`request_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_payments_request_key` ON `payments`");
    await queryRunner.query("DROP INDEX `uq_payments_provider_ref` ON `payments`");
    await queryRunner.query("DROP TABLE `payments`");
    await queryRunner.query("DROP INDEX `ix_ledger_entries_account` ON `ledger_entries`");
    await queryRunner.query("DROP INDEX `uq_ledger_entries_key` ON `ledger_entries`");
    await queryRunner.query("DROP TABLE `ledger_entries`");
    await queryRunner.query("DROP TABLE `wallets`");
  }
}

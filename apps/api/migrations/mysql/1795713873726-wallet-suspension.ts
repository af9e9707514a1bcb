import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WalletSuspension1795713873726 implements MigrationInterface {
  name = 'WalletSuspension1795713873726';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `wallets` ADD `blocked_at` datetime NULL");
    await queryRunner.query("ALTER TABLE `wallets` ADD `warnings_sent` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `warnings_sent`");
    await queryRunner.query("ALTER TABLE `wallets` DROP COLUMN `blocked_at`");
  }
}

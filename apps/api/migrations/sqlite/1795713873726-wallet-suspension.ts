import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WalletSuspension1795713873726 implements MigrationInterface {
  name = 'WalletSuspension1795713873726';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_wallets\" (\"account_id\" varchar(36) PRIMARY KEY NOT NULL, \"balance\" bigint NOT NULL DEFAULT (0), \"carry_nanos\" bigint NOT NULL DEFAULT (0), \"charged_until\" datetime, \"negative_since\" datetime, \"blocked_at\" datetime, \"warnings_sent\" text)");
    await queryRunner.query("INSERT INTO \"temporary_wallets\"(\"account_id\", \"balance\", \"carry_nanos\", \"charged_until\", \"negative_since\") SELECT \"account_id\", \"balance\", \"carry_nanos\", \"charged_until\", \"negative_since\" FROM \"wallets\"");
    await queryRunner.query("DROP TABLE \"wallets\"");
    await queryRunner.query("ALTER TABLE \"temporary_wallets\" RENAME TO \"wallets\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"wallets\" RENAME TO \"temporary_wallets\"");
    await queryRunner.query("CREATE TABLE \"wallets\" (\"account_id\" varchar(36) PRIMARY KEY NOT NULL, \"balance\" bigint NOT NULL DEFAULT (0), \"carry_nanos\" bigint NOT NULL DEFAULT (0), \"charged_until\" datetime, \"negative_since\" datetime)");
    await queryRunner.query("INSERT INTO \"wallets\"(\"account_id\", \"balance\", \"carry_nanos\", \"charged_until\", \"negative_since\") SELECT \"account_id\", \"balance\", \"carry_nanos\", \"charged_until\", \"negative_since\" FROM \"temporary_wallets\"");
    await queryRunner.query("DROP TABLE \"temporary_wallets\"");
  }
}

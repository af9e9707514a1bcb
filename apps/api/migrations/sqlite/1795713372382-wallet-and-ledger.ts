import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WalletAndLedger1795713372382 implements MigrationInterface {
  name = 'WalletAndLedger1795713372382';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"wallets\" (\"account_id\" varchar(36) PRIMARY KEY NOT NULL, \"balance\" bigint NOT NULL DEFAULT (0), \"carry_nanos\" bigint NOT NULL DEFAULT (0), \"charged_until\" datetime, \"negative_since\" datetime)");
    await queryRunner.query("CREATE TABLE \"ledger_entries\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"idempotency_key\" varchar(120) NOT NULL, \"account_id\" varchar(36), \"debit\" varchar(60) NOT NULL, \"credit\" varchar(60) NOT NULL, \"amount\" bigint NOT NULL, \"kind\" varchar(20) NOT NULL, \"details\" text, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ledger_entries_key\" ON \"ledger_entries\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_ledger_entries_account\" ON \"ledger_entries\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"payments\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"provider\" varchar(20) NOT NULL, \"provider_ref\" varchar(120) NOT NULL, \"request_key\" varchar(120) NOT NULL, \"amount\" bigint NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_payments_provider_ref\" ON \"payments\" (\"provider_ref\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_payments_request_key\" ON \"payments\" (\"request_key\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_payments_request_key\"");
    await queryRunner.query("DROP INDEX \"uq_payments_provider_ref\"");
    await queryRunner.query("DROP TABLE \"payments\"");
    await queryRunner.query("DROP INDEX \"ix_ledger_entries_account\"");
    await queryRunner.query("DROP INDEX \"uq_ledger_entries_key\"");
    await queryRunner.query("DROP TABLE \"ledger_entries\"");
    await queryRunner.query("DROP TABLE \"wallets\"");
  }
}

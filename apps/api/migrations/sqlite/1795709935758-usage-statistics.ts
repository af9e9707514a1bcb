import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UsageStatistics1795709935758 implements MigrationInterface {
  name = 'UsageStatistics1795709935758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"usage_batches\" (\"batch_id\" varchar(36) PRIMARY KEY NOT NULL, \"host_id\" varchar(36) NOT NULL, \"received_at\" datetime NOT NULL, \"samples\" integer NOT NULL)");
    await queryRunner.query("CREATE TABLE \"usage_samples\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"host_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"site_id\" varchar(36), \"metric\" varchar(32) NOT NULL, \"period_start\" datetime NOT NULL, \"period_end\" datetime NOT NULL, \"value\" double NOT NULL, \"max_value\" double NOT NULL, \"received_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_usage_samples_received\" ON \"usage_samples\" (\"received_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_usage_samples_host\" ON \"usage_samples\" (\"host_id\", \"metric\", \"period_end\") ");
    await queryRunner.query("CREATE INDEX \"ix_usage_samples_site\" ON \"usage_samples\" (\"site_id\", \"metric\", \"period_end\") ");
    await queryRunner.query("CREATE INDEX \"ix_usage_samples_account\" ON \"usage_samples\" (\"account_id\", \"metric\", \"period_end\") ");
    await queryRunner.query("CREATE TABLE \"usage_rollups\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"resolution\" integer NOT NULL, \"host_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"site_key\" varchar(36) NOT NULL, \"metric\" varchar(32) NOT NULL, \"bucket_start\" datetime NOT NULL, \"sum_value\" double NOT NULL, \"min_value\" double NOT NULL, \"max_value\" double NOT NULL, \"sample_count\" integer NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_usage_rollups_site\" ON \"usage_rollups\" (\"resolution\", \"site_key\", \"metric\", \"bucket_start\") ");
    await queryRunner.query("CREATE INDEX \"ix_usage_rollups_host\" ON \"usage_rollups\" (\"resolution\", \"host_id\", \"metric\", \"bucket_start\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_usage_rollups_bucket\" ON \"usage_rollups\" (\"resolution\", \"account_id\", \"site_key\", \"metric\", \"bucket_start\") ");
    await queryRunner.query("CREATE TABLE \"job_leases\" (\"name\" varchar(40) PRIMARY KEY NOT NULL, \"owner\" varchar(64) NOT NULL, \"lease_until\" datetime NOT NULL, \"watermark\" datetime)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"job_leases\"");
    await queryRunner.query("DROP INDEX \"uq_usage_rollups_bucket\"");
    await queryRunner.query("DROP INDEX \"ix_usage_rollups_host\"");
    await queryRunner.query("DROP INDEX \"ix_usage_rollups_site\"");
    await queryRunner.query("DROP TABLE \"usage_rollups\"");
    await queryRunner.query("DROP INDEX \"ix_usage_samples_account\"");
    await queryRunner.query("DROP INDEX \"ix_usage_samples_site\"");
    await queryRunner.query("DROP INDEX \"ix_usage_samples_host\"");
    await queryRunner.query("DROP INDEX \"ix_usage_samples_received\"");
    await queryRunner.query("DROP TABLE \"usage_samples\"");
    await queryRunner.query("DROP TABLE \"usage_batches\"");
  }
}

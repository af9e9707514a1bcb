import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UsageStatistics1795709935758 implements MigrationInterface {
  name = 'UsageStatistics1795709935758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `usage_batches` (`batch_id` varchar(36) NOT NULL, `host_id` varchar(36) NOT NULL, `received_at` datetime NOT NULL, `samples` int NOT NULL, PRIMARY KEY (`batch_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `usage_samples` (`id` varchar(36) NOT NULL, `host_id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `site_id` varchar(36) NULL, `metric` varchar(32) NOT NULL, `period_start` datetime NOT NULL, `period_end` datetime NOT NULL, `value` double NOT NULL, `max_value` double NOT NULL, `received_at` datetime NOT NULL, INDEX `ix_usage_samples_received` (`received_at`), INDEX `ix_usage_samples_host` (`host_id`, `metric`, `period_end`), INDEX `ix_usage_samples_site` (`site_id`, `metric`, `period_end`), INDEX `ix_usage_samples_account` (`account_id`, `metric`, `period_end`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `usage_rollups` (`id` varchar(36) NOT NULL, `resolution` int NOT NULL, `host_id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `site_key` varchar(36) NOT NULL, `metric` varchar(32) NOT NULL, `bucket_start` datetime NOT NULL, `sum_value` double NOT NULL, `min_value` double NOT NULL, `max_value` double NOT NULL, `sample_count` int NOT NULL, INDEX `ix_usage_rollups_site` (`resolution`, `site_key`, `metric`, `bucket_start`), INDEX `ix_usage_rollups_host` (`resolution`, `host_id`, `metric`, `bucket_start`), UNIQUE INDEX `uq_usage_rollups_bucket` (`resolution`, `account_id`, `site_key`, `metric`, `bucket_start`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `job_leases` (`name` varchar(40) NOT NULL, `owner` varchar(64) NOT NULL, `lease_until` datetime NOT NULL, `watermark` datetime NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `job_leases`");
    await queryRunner.query("DROP INDEX `uq_usage_rollups_bucket` ON `usage_rollups`");
    await queryRunner.query("DROP INDEX `ix_usage_rollups_host` ON `usage_rollups`");
    await queryRunner.query("DROP INDEX `ix_usage_rollups_site` ON `usage_rollups`");
    await queryRunner.query("DROP TABLE `usage_rollups`");
    await queryRunner.query("DROP INDEX `ix_usage_samples_account` ON `usage_samples`");
    await queryRunner.query("DROP INDEX `ix_usage_samples_site` ON `usage_samples`");
    await queryRunner.query("DROP INDEX `ix_usage_samples_host` ON `usage_samples`");
    await queryRunner.query("DROP INDEX `ix_usage_samples_received` ON `usage_samples`");
    await queryRunner.query("DROP TABLE `usage_samples`");
    await queryRunner.query("DROP TABLE `usage_batches`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Hosts1795704612608 implements MigrationInterface {
  name = 'Hosts1795704612608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `hosts` (`id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `status` varchar(16) NOT NULL, `token_hash` varchar(64) NOT NULL, `os` varchar(200) NOT NULL, `nginx_version` varchar(50) NOT NULL, `php_versions` text NOT NULL, `cpu_cores` int NOT NULL, `memory_mb` int NOT NULL, `disk_gb` int NOT NULL, `layoutJson` text NOT NULL, `created_at` datetime NOT NULL, `last_seen_at` datetime NULL, UNIQUE INDEX `uq_hosts_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `host_enrollments` (`id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `token_hash` varchar(64) NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `host_id` varchar(36) NULL, `created_by` varchar(36) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_host_enrollments_token_hash` (`token_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_host_enrollments_token_hash` ON `host_enrollments`");
    await queryRunner.query("DROP TABLE `host_enrollments`");
    await queryRunner.query("DROP INDEX `uq_hosts_token_hash` ON `hosts`");
    await queryRunner.query("DROP TABLE `hosts`");
  }
}

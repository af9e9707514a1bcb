import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Commands1795704932438 implements MigrationInterface {
  name = 'Commands1795704932438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `commands` (`id` varchar(36) NOT NULL, `host_id` varchar(36) NOT NULL, `site_id` varchar(36) NULL, `type` varchar(40) NOT NULL, `args` text NOT NULL, `priority` int NOT NULL, `depends_on` text NULL, `spec_version` int NULL, `status` varchar(16) NOT NULL, `attempt` int NOT NULL, `seq` int NULL, `lease_until` datetime NULL, `not_before` datetime NOT NULL, `expires_at` datetime NOT NULL, `result` text NULL, `error` text NULL, `created_at` datetime NOT NULL, `finished_at` datetime NULL, INDEX `ix_commands_site` (`site_id`, `status`), INDEX `ix_commands_host_queue` (`host_id`, `status`, `priority`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `hosts` ADD `last_seq` int NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `hosts` DROP COLUMN `last_seq`");
    await queryRunner.query("DROP INDEX `ix_commands_host_queue` ON `commands`");
    await queryRunner.query("DROP INDEX `ix_commands_site` ON `commands`");
    await queryRunner.query("DROP TABLE `commands`");
  }
}

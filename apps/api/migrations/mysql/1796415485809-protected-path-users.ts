import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProtectedPathUsers1796415485809 implements MigrationInterface {
  name = 'ProtectedPathUsers1796415485809';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `protected_path_users` (`id` varchar(36) NOT NULL, `site_id` varchar(36) NOT NULL, `path` varchar(255) NOT NULL, `username` varchar(64) NOT NULL, `password_hash` varchar(100) NOT NULL, `created_at` datetime NOT NULL, UNIQUE INDEX `uq_protected_path_users` (`site_id`, `path`, `username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `protected_path_users` ADD CONSTRAINT `fk_protected_path_users_site` FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `protected_path_users` DROP FOREIGN KEY `fk_protected_path_users_site`");
    await queryRunner.query("DROP INDEX `uq_protected_path_users` ON `protected_path_users`");
    await queryRunner.query("DROP TABLE `protected_path_users`");
  }
}

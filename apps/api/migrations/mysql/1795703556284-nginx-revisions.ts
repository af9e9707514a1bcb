import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NginxRevisions1795703556284 implements MigrationInterface {
  name = 'NginxRevisions1795703556284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `nginx_revisions` (`id` varchar(36) NOT NULL, `site_id` varchar(36) NOT NULL, `revision` int NOT NULL, `preset` varchar(40) NOT NULL, `variant` varchar(20) NULL, `options` text NOT NULL, `created_at` datetime NOT NULL, `created_by` varchar(36) NOT NULL, UNIQUE INDEX `uq_nginx_revisions_site_revision` (`site_id`, `revision`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `nginx_revisions` ADD CONSTRAINT `fk_nginx_revisions_site` FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `nginx_revisions` DROP FOREIGN KEY `fk_nginx_revisions_site`");
    await queryRunner.query("DROP INDEX `uq_nginx_revisions_site_revision` ON `nginx_revisions`");
    await queryRunner.query("DROP TABLE `nginx_revisions`");
  }
}

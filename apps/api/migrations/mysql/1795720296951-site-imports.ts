import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteImports1795720296951 implements MigrationInterface {
  name = 'SiteImports1795720296951';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `uploads` (`id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `name` varchar(255) NOT NULL, `size_bytes` bigint NOT NULL, `sha256` varchar(64) NOT NULL, `created_at` datetime NOT NULL, INDEX `ix_uploads_account` (`account_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `site_imports` (`id` varchar(36) NOT NULL, `site_id` varchar(36) NOT NULL, `account_id` varchar(36) NOT NULL, `command_id` varchar(36) NOT NULL, `archive_upload_id` varchar(36) NOT NULL, `dump_upload_id` varchar(36) NULL, `database_id` varchar(36) NULL, `status` varchar(12) NOT NULL, `report` text NULL, `error` text NULL, `created_at` datetime NOT NULL, `finished_at` datetime NULL, INDEX `ix_site_imports_site` (`site_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_site_imports_site` ON `site_imports`");
    await queryRunner.query("DROP TABLE `site_imports`");
    await queryRunner.query("DROP INDEX `ix_uploads_account` ON `uploads`");
    await queryRunner.query("DROP TABLE `uploads`");
  }
}

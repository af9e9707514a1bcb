import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportOverSftp1795720993088 implements MigrationInterface {
  name = 'ImportOverSftp1795720993088';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `site_imports` ADD `sftp_source` varchar(400) NULL");
    await queryRunner.query("ALTER TABLE `site_imports` CHANGE `archive_upload_id` `archive_upload_id` varchar(36) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `site_imports` CHANGE `archive_upload_id` `archive_upload_id` varchar(36) NOT NULL");
    await queryRunner.query("ALTER TABLE `site_imports` DROP COLUMN `sftp_source`");
  }
}

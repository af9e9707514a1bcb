import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostTools1795720813368 implements MigrationInterface {
  name = 'HostTools1795720813368';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `hosts` ADD `tools_json` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `hosts` DROP COLUMN `tools_json`");
  }
}

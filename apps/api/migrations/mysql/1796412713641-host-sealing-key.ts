import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostSealingKey1796412713641 implements MigrationInterface {
  name = 'HostSealingKey1796412713641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `hosts` ADD `sealing_key` varchar(44) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `hosts` DROP COLUMN `sealing_key`");
  }
}

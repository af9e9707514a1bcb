import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommandProgressMessage1795721397214 implements MigrationInterface {
  name = 'CommandProgressMessage1795721397214';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `commands` ADD `progress_message` varchar(200) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `commands` DROP COLUMN `progress_message`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionLastUsed1796412965585 implements MigrationInterface {
  name = 'SessionLastUsed1796412965585';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `auth_tokens` ADD `last_used_at` datetime NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `auth_tokens` DROP COLUMN `last_used_at`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommandReadyIndex1795707935344 implements MigrationInterface {
  name = 'CommandReadyIndex1795707935344';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `ix_commands_ready` ON `commands` (`status`, `not_before`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_commands_ready` ON `commands`");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Translations1795700866792 implements MigrationInterface {
  name = 'Translations1795700866792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `languages` (`code` varchar(8) NOT NULL, `name` varchar(64) NOT NULL, `is_enabled` tinyint NOT NULL, `revision` int NOT NULL, `created_at` datetime NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `source_strings` (`id` varchar(36) NOT NULL, `text_hash` varchar(64) NOT NULL, `text` text NOT NULL, `context` varchar(64) NOT NULL, `first_seen_at` datetime NOT NULL, `last_seen_at` datetime NOT NULL, `seen_in` varchar(200) NOT NULL, UNIQUE INDEX `uq_source_strings_hash` (`text_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `translations` (`id` varchar(36) NOT NULL, `source_id` varchar(36) NOT NULL, `language` varchar(8) NOT NULL, `text` text NOT NULL, `plural_forms` text NULL, `updated_by` varchar(36) NULL, `updated_at` datetime NOT NULL, UNIQUE INDEX `uq_translations_source_language` (`source_id`, `language`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `translations` ADD CONSTRAINT `fk_translations_source` FOREIGN KEY (`source_id`) REFERENCES `source_strings`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `translations` ADD CONSTRAINT `fk_translations_language` FOREIGN KEY (`language`) REFERENCES `languages`(`code`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `translations` DROP FOREIGN KEY `fk_translations_language`");
    await queryRunner.query("ALTER TABLE `translations` DROP FOREIGN KEY `fk_translations_source`");
    await queryRunner.query("DROP INDEX `uq_translations_source_language` ON `translations`");
    await queryRunner.query("DROP TABLE `translations`");
    await queryRunner.query("DROP INDEX `uq_source_strings_hash` ON `source_strings`");
    await queryRunner.query("DROP TABLE `source_strings`");
    await queryRunner.query("DROP TABLE `languages`");
  }
}

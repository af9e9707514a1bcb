import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Translations1795700866792 implements MigrationInterface {
  name = 'Translations1795700866792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"languages\" (\"code\" varchar(8) PRIMARY KEY NOT NULL, \"name\" varchar(64) NOT NULL, \"is_enabled\" boolean NOT NULL, \"revision\" integer NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE TABLE \"source_strings\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"text_hash\" varchar(64) NOT NULL, \"text\" text NOT NULL, \"context\" varchar(64) NOT NULL, \"first_seen_at\" datetime NOT NULL, \"last_seen_at\" datetime NOT NULL, \"seen_in\" varchar(200) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_source_strings_hash\" ON \"source_strings\" (\"text_hash\") ");
    await queryRunner.query("CREATE TABLE \"translations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"source_id\" varchar(36) NOT NULL, \"language\" varchar(8) NOT NULL, \"text\" text NOT NULL, \"plural_forms\" text, \"updated_by\" varchar(36), \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_translations_source_language\" ON \"translations\" (\"source_id\", \"language\") ");
    await queryRunner.query("DROP INDEX \"uq_translations_source_language\"");
    await queryRunner.query("CREATE TABLE \"temporary_translations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"source_id\" varchar(36) NOT NULL, \"language\" varchar(8) NOT NULL, \"text\" text NOT NULL, \"plural_forms\" text, \"updated_by\" varchar(36), \"updated_at\" datetime NOT NULL, CONSTRAINT \"fk_translations_source\" FOREIGN KEY (\"source_id\") REFERENCES \"source_strings\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"fk_translations_language\" FOREIGN KEY (\"language\") REFERENCES \"languages\" (\"code\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_translations\"(\"id\", \"source_id\", \"language\", \"text\", \"plural_forms\", \"updated_by\", \"updated_at\") SELECT \"id\", \"source_id\", \"language\", \"text\", \"plural_forms\", \"updated_by\", \"updated_at\" FROM \"translations\"");
    await queryRunner.query("DROP TABLE \"translations\"");
    await queryRunner.query("ALTER TABLE \"temporary_translations\" RENAME TO \"translations\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_translations_source_language\" ON \"translations\" (\"source_id\", \"language\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_translations_source_language\"");
    await queryRunner.query("ALTER TABLE \"translations\" RENAME TO \"temporary_translations\"");
    await queryRunner.query("CREATE TABLE \"translations\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"source_id\" varchar(36) NOT NULL, \"language\" varchar(8) NOT NULL, \"text\" text NOT NULL, \"plural_forms\" text, \"updated_by\" varchar(36), \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"translations\"(\"id\", \"source_id\", \"language\", \"text\", \"plural_forms\", \"updated_by\", \"updated_at\") SELECT \"id\", \"source_id\", \"language\", \"text\", \"plural_forms\", \"updated_by\", \"updated_at\" FROM \"temporary_translations\"");
    await queryRunner.query("DROP TABLE \"temporary_translations\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_translations_source_language\" ON \"translations\" (\"source_id\", \"language\") ");
    await queryRunner.query("DROP INDEX \"uq_translations_source_language\"");
    await queryRunner.query("DROP TABLE \"translations\"");
    await queryRunner.query("DROP INDEX \"uq_source_strings_hash\"");
    await queryRunner.query("DROP TABLE \"source_strings\"");
    await queryRunner.query("DROP TABLE \"languages\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteImports1795720296951 implements MigrationInterface {
  name = 'SiteImports1795720296951';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"uploads\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"name\" varchar(255) NOT NULL, \"size_bytes\" bigint NOT NULL, \"sha256\" varchar(64) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_uploads_account\" ON \"uploads\" (\"account_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"site_imports\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"command_id\" varchar(36) NOT NULL, \"archive_upload_id\" varchar(36) NOT NULL, \"dump_upload_id\" varchar(36), \"database_id\" varchar(36), \"status\" varchar(12) NOT NULL, \"report\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime)");
    await queryRunner.query("CREATE INDEX \"ix_site_imports_site\" ON \"site_imports\" (\"site_id\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_site_imports_site\"");
    await queryRunner.query("DROP TABLE \"site_imports\"");
    await queryRunner.query("DROP INDEX \"ix_uploads_account\"");
    await queryRunner.query("DROP TABLE \"uploads\"");
  }
}

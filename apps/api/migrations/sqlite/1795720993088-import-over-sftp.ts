import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportOverSftp1795720993088 implements MigrationInterface {
  name = 'ImportOverSftp1795720993088';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_site_imports_site\"");
    await queryRunner.query("CREATE TABLE \"temporary_site_imports\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"command_id\" varchar(36) NOT NULL, \"archive_upload_id\" varchar(36) NOT NULL, \"dump_upload_id\" varchar(36), \"database_id\" varchar(36), \"status\" varchar(12) NOT NULL, \"report\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime, \"sftp_source\" varchar(400))");
    await queryRunner.query("INSERT INTO \"temporary_site_imports\"(\"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\") SELECT \"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\" FROM \"site_imports\"");
    await queryRunner.query("DROP TABLE \"site_imports\"");
    await queryRunner.query("ALTER TABLE \"temporary_site_imports\" RENAME TO \"site_imports\"");
    await queryRunner.query("CREATE INDEX \"ix_site_imports_site\" ON \"site_imports\" (\"site_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"ix_site_imports_site\"");
    await queryRunner.query("CREATE TABLE \"temporary_site_imports\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"command_id\" varchar(36) NOT NULL, \"archive_upload_id\" varchar(36), \"dump_upload_id\" varchar(36), \"database_id\" varchar(36), \"status\" varchar(12) NOT NULL, \"report\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime, \"sftp_source\" varchar(400))");
    await queryRunner.query("INSERT INTO \"temporary_site_imports\"(\"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\", \"sftp_source\") SELECT \"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\", \"sftp_source\" FROM \"site_imports\"");
    await queryRunner.query("DROP TABLE \"site_imports\"");
    await queryRunner.query("ALTER TABLE \"temporary_site_imports\" RENAME TO \"site_imports\"");
    await queryRunner.query("CREATE INDEX \"ix_site_imports_site\" ON \"site_imports\" (\"site_id\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_site_imports_site\"");
    await queryRunner.query("ALTER TABLE \"site_imports\" RENAME TO \"temporary_site_imports\"");
    await queryRunner.query("CREATE TABLE \"site_imports\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"command_id\" varchar(36) NOT NULL, \"archive_upload_id\" varchar(36) NOT NULL, \"dump_upload_id\" varchar(36), \"database_id\" varchar(36), \"status\" varchar(12) NOT NULL, \"report\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime, \"sftp_source\" varchar(400))");
    await queryRunner.query("INSERT INTO \"site_imports\"(\"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\", \"sftp_source\") SELECT \"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\", \"sftp_source\" FROM \"temporary_site_imports\"");
    await queryRunner.query("DROP TABLE \"temporary_site_imports\"");
    await queryRunner.query("CREATE INDEX \"ix_site_imports_site\" ON \"site_imports\" (\"site_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"ix_site_imports_site\"");
    await queryRunner.query("ALTER TABLE \"site_imports\" RENAME TO \"temporary_site_imports\"");
    await queryRunner.query("CREATE TABLE \"site_imports\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"account_id\" varchar(36) NOT NULL, \"command_id\" varchar(36) NOT NULL, \"archive_upload_id\" varchar(36) NOT NULL, \"dump_upload_id\" varchar(36), \"database_id\" varchar(36), \"status\" varchar(12) NOT NULL, \"report\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime)");
    await queryRunner.query("INSERT INTO \"site_imports\"(\"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\") SELECT \"id\", \"site_id\", \"account_id\", \"command_id\", \"archive_upload_id\", \"dump_upload_id\", \"database_id\", \"status\", \"report\", \"error\", \"created_at\", \"finished_at\" FROM \"temporary_site_imports\"");
    await queryRunner.query("DROP TABLE \"temporary_site_imports\"");
    await queryRunner.query("CREATE INDEX \"ix_site_imports_site\" ON \"site_imports\" (\"site_id\", \"created_at\") ");
  }
}

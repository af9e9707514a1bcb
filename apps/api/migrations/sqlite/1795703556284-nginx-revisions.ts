import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NginxRevisions1795703556284 implements MigrationInterface {
  name = 'NginxRevisions1795703556284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"nginx_revisions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"preset\" varchar(40) NOT NULL, \"variant\" varchar(20), \"options\" text NOT NULL, \"created_at\" datetime NOT NULL, \"created_by\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_nginx_revisions_site_revision\" ON \"nginx_revisions\" (\"site_id\", \"revision\") ");
    await queryRunner.query("DROP INDEX \"uq_nginx_revisions_site_revision\"");
    await queryRunner.query("CREATE TABLE \"temporary_nginx_revisions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"preset\" varchar(40) NOT NULL, \"variant\" varchar(20), \"options\" text NOT NULL, \"created_at\" datetime NOT NULL, \"created_by\" varchar(36) NOT NULL, CONSTRAINT \"fk_nginx_revisions_site\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_nginx_revisions\"(\"id\", \"site_id\", \"revision\", \"preset\", \"variant\", \"options\", \"created_at\", \"created_by\") SELECT \"id\", \"site_id\", \"revision\", \"preset\", \"variant\", \"options\", \"created_at\", \"created_by\" FROM \"nginx_revisions\"");
    await queryRunner.query("DROP TABLE \"nginx_revisions\"");
    await queryRunner.query("ALTER TABLE \"temporary_nginx_revisions\" RENAME TO \"nginx_revisions\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_nginx_revisions_site_revision\" ON \"nginx_revisions\" (\"site_id\", \"revision\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_nginx_revisions_site_revision\"");
    await queryRunner.query("ALTER TABLE \"nginx_revisions\" RENAME TO \"temporary_nginx_revisions\"");
    await queryRunner.query("CREATE TABLE \"nginx_revisions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"revision\" integer NOT NULL, \"preset\" varchar(40) NOT NULL, \"variant\" varchar(20), \"options\" text NOT NULL, \"created_at\" datetime NOT NULL, \"created_by\" varchar(36) NOT NULL)");
    await queryRunner.query("INSERT INTO \"nginx_revisions\"(\"id\", \"site_id\", \"revision\", \"preset\", \"variant\", \"options\", \"created_at\", \"created_by\") SELECT \"id\", \"site_id\", \"revision\", \"preset\", \"variant\", \"options\", \"created_at\", \"created_by\" FROM \"temporary_nginx_revisions\"");
    await queryRunner.query("DROP TABLE \"temporary_nginx_revisions\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_nginx_revisions_site_revision\" ON \"nginx_revisions\" (\"site_id\", \"revision\") ");
    await queryRunner.query("DROP INDEX \"uq_nginx_revisions_site_revision\"");
    await queryRunner.query("DROP TABLE \"nginx_revisions\"");
  }
}

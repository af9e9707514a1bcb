import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommandProgressMessage1795721397214 implements MigrationInterface {
  name = 'CommandProgressMessage1795721397214';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_commands_subject\"");
    await queryRunner.query("DROP INDEX \"ix_commands_site\"");
    await queryRunner.query("DROP INDEX \"ix_commands_host_queue\"");
    await queryRunner.query("DROP INDEX \"ix_commands_ready\"");
    await queryRunner.query("CREATE TABLE \"temporary_commands\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"host_id\" varchar(36) NOT NULL, \"site_id\" varchar(36), \"type\" varchar(40) NOT NULL, \"args\" text NOT NULL, \"priority\" integer NOT NULL, \"depends_on\" text, \"spec_version\" integer, \"status\" varchar(16) NOT NULL, \"attempt\" integer NOT NULL, \"seq\" integer, \"lease_until\" datetime, \"not_before\" datetime NOT NULL, \"expires_at\" datetime NOT NULL, \"result\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime, \"subject_id\" varchar(36), \"progress_message\" varchar(200))");
    await queryRunner.query("INSERT INTO \"temporary_commands\"(\"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\", \"subject_id\") SELECT \"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\", \"subject_id\" FROM \"commands\"");
    await queryRunner.query("DROP TABLE \"commands\"");
    await queryRunner.query("ALTER TABLE \"temporary_commands\" RENAME TO \"commands\"");
    await queryRunner.query("CREATE INDEX \"ix_commands_subject\" ON \"commands\" (\"subject_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_site\" ON \"commands\" (\"site_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_host_queue\" ON \"commands\" (\"host_id\", \"status\", \"priority\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_ready\" ON \"commands\" (\"status\", \"not_before\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_commands_ready\"");
    await queryRunner.query("DROP INDEX \"ix_commands_host_queue\"");
    await queryRunner.query("DROP INDEX \"ix_commands_site\"");
    await queryRunner.query("DROP INDEX \"ix_commands_subject\"");
    await queryRunner.query("ALTER TABLE \"commands\" RENAME TO \"temporary_commands\"");
    await queryRunner.query("CREATE TABLE \"commands\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"host_id\" varchar(36) NOT NULL, \"site_id\" varchar(36), \"type\" varchar(40) NOT NULL, \"args\" text NOT NULL, \"priority\" integer NOT NULL, \"depends_on\" text, \"spec_version\" integer, \"status\" varchar(16) NOT NULL, \"attempt\" integer NOT NULL, \"seq\" integer, \"lease_until\" datetime, \"not_before\" datetime NOT NULL, \"expires_at\" datetime NOT NULL, \"result\" text, \"error\" text, \"created_at\" datetime NOT NULL, \"finished_at\" datetime, \"subject_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"commands\"(\"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\", \"subject_id\") SELECT \"id\", \"host_id\", \"site_id\", \"type\", \"args\", \"priority\", \"depends_on\", \"spec_version\", \"status\", \"attempt\", \"seq\", \"lease_until\", \"not_before\", \"expires_at\", \"result\", \"error\", \"created_at\", \"finished_at\", \"subject_id\" FROM \"temporary_commands\"");
    await queryRunner.query("DROP TABLE \"temporary_commands\"");
    await queryRunner.query("CREATE INDEX \"ix_commands_ready\" ON \"commands\" (\"status\", \"not_before\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_host_queue\" ON \"commands\" (\"host_id\", \"status\", \"priority\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_site\" ON \"commands\" (\"site_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_commands_subject\" ON \"commands\" (\"subject_id\", \"status\") ");
  }
}

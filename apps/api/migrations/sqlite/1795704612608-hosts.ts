import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Hosts1795704612608 implements MigrationInterface {
  name = 'Hosts1795704612608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"hosts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"os\" varchar(200) NOT NULL, \"nginx_version\" varchar(50) NOT NULL, \"php_versions\" text NOT NULL, \"cpu_cores\" integer NOT NULL, \"memory_mb\" integer NOT NULL, \"disk_gb\" integer NOT NULL, \"layoutJson\" text NOT NULL, \"created_at\" datetime NOT NULL, \"last_seen_at\" datetime)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_hosts_token_hash\" ON \"hosts\" (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"host_enrollments\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(100) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"host_id\" varchar(36), \"created_by\" varchar(36) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_host_enrollments_token_hash\" ON \"host_enrollments\" (\"token_hash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_host_enrollments_token_hash\"");
    await queryRunner.query("DROP TABLE \"host_enrollments\"");
    await queryRunner.query("DROP INDEX \"uq_hosts_token_hash\"");
    await queryRunner.query("DROP TABLE \"hosts\"");
  }
}

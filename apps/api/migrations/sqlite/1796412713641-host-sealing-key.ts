import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostSealingKey1796412713641 implements MigrationInterface {
  name = 'HostSealingKey1796412713641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_hosts_token_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_hosts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"os\" varchar(200) NOT NULL, \"nginx_version\" varchar(50) NOT NULL, \"php_versions\" text NOT NULL, \"cpu_cores\" integer NOT NULL, \"memory_mb\" integer NOT NULL, \"disk_gb\" integer NOT NULL, \"layoutJson\" text NOT NULL, \"created_at\" datetime NOT NULL, \"last_seen_at\" datetime, \"last_seq\" integer NOT NULL DEFAULT (0), \"tools_json\" text, \"sealing_key\" varchar(44))");
    await queryRunner.query("INSERT INTO \"temporary_hosts\"(\"id\", \"name\", \"status\", \"token_hash\", \"os\", \"nginx_version\", \"php_versions\", \"cpu_cores\", \"memory_mb\", \"disk_gb\", \"layoutJson\", \"created_at\", \"last_seen_at\", \"last_seq\", \"tools_json\") SELECT \"id\", \"name\", \"status\", \"token_hash\", \"os\", \"nginx_version\", \"php_versions\", \"cpu_cores\", \"memory_mb\", \"disk_gb\", \"layoutJson\", \"created_at\", \"last_seen_at\", \"last_seq\", \"tools_json\" FROM \"hosts\"");
    await queryRunner.query("DROP TABLE \"hosts\"");
    await queryRunner.query("ALTER TABLE \"temporary_hosts\" RENAME TO \"hosts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_hosts_token_hash\" ON \"hosts\" (\"token_hash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_hosts_token_hash\"");
    await queryRunner.query("ALTER TABLE \"hosts\" RENAME TO \"temporary_hosts\"");
    await queryRunner.query("CREATE TABLE \"hosts\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"os\" varchar(200) NOT NULL, \"nginx_version\" varchar(50) NOT NULL, \"php_versions\" text NOT NULL, \"cpu_cores\" integer NOT NULL, \"memory_mb\" integer NOT NULL, \"disk_gb\" integer NOT NULL, \"layoutJson\" text NOT NULL, \"created_at\" datetime NOT NULL, \"last_seen_at\" datetime, \"last_seq\" integer NOT NULL DEFAULT (0), \"tools_json\" text)");
    await queryRunner.query("INSERT INTO \"hosts\"(\"id\", \"name\", \"status\", \"token_hash\", \"os\", \"nginx_version\", \"php_versions\", \"cpu_cores\", \"memory_mb\", \"disk_gb\", \"layoutJson\", \"created_at\", \"last_seen_at\", \"last_seq\", \"tools_json\") SELECT \"id\", \"name\", \"status\", \"token_hash\", \"os\", \"nginx_version\", \"php_versions\", \"cpu_cores\", \"memory_mb\", \"disk_gb\", \"layoutJson\", \"created_at\", \"last_seen_at\", \"last_seq\", \"tools_json\" FROM \"temporary_hosts\"");
    await queryRunner.query("DROP TABLE \"temporary_hosts\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_hosts_token_hash\" ON \"hosts\" (\"token_hash\") ");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionLastUsed1796412965585 implements MigrationInterface {
  name = 'SessionLastUsed1796412965585';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_auth_tokens_hash\"");
    await queryRunner.query("DROP INDEX \"ix_auth_tokens_account_purpose\"");
    await queryRunner.query("CREATE TABLE \"temporary_auth_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"purpose\" varchar(24) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"created_at\" datetime NOT NULL, \"label\" varchar(60), \"last_used_at\" datetime, CONSTRAINT \"fk_auth_tokens_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_auth_tokens\"(\"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\", \"label\") SELECT \"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\", \"label\" FROM \"auth_tokens\"");
    await queryRunner.query("DROP TABLE \"auth_tokens\"");
    await queryRunner.query("ALTER TABLE \"temporary_auth_tokens\" RENAME TO \"auth_tokens\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_auth_tokens_hash\" ON \"auth_tokens\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_auth_tokens_account_purpose\" ON \"auth_tokens\" (\"account_id\", \"purpose\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_auth_tokens_account_purpose\"");
    await queryRunner.query("DROP INDEX \"uq_auth_tokens_hash\"");
    await queryRunner.query("ALTER TABLE \"auth_tokens\" RENAME TO \"temporary_auth_tokens\"");
    await queryRunner.query("CREATE TABLE \"auth_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"account_id\" varchar(36) NOT NULL, \"purpose\" varchar(24) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"used_at\" datetime, \"created_at\" datetime NOT NULL, \"label\" varchar(60), CONSTRAINT \"fk_auth_tokens_account\" FOREIGN KEY (\"account_id\") REFERENCES \"accounts\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"auth_tokens\"(\"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\", \"label\") SELECT \"id\", \"account_id\", \"purpose\", \"token_hash\", \"expires_at\", \"used_at\", \"created_at\", \"label\" FROM \"temporary_auth_tokens\"");
    await queryRunner.query("DROP TABLE \"temporary_auth_tokens\"");
    await queryRunner.query("CREATE INDEX \"ix_auth_tokens_account_purpose\" ON \"auth_tokens\" (\"account_id\", \"purpose\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_auth_tokens_hash\" ON \"auth_tokens\" (\"token_hash\") ");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProtectedPathUsers1796415485809 implements MigrationInterface {
  name = 'ProtectedPathUsers1796415485809';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"protected_path_users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"path\" varchar(255) NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(100) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_protected_path_users\" ON \"protected_path_users\" (\"site_id\", \"path\", \"username\") ");
    await queryRunner.query("DROP INDEX \"uq_protected_path_users\"");
    await queryRunner.query("CREATE TABLE \"temporary_protected_path_users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"path\" varchar(255) NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(100) NOT NULL, \"created_at\" datetime NOT NULL, CONSTRAINT \"fk_protected_path_users_site\" FOREIGN KEY (\"site_id\") REFERENCES \"sites\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_protected_path_users\"(\"id\", \"site_id\", \"path\", \"username\", \"password_hash\", \"created_at\") SELECT \"id\", \"site_id\", \"path\", \"username\", \"password_hash\", \"created_at\" FROM \"protected_path_users\"");
    await queryRunner.query("DROP TABLE \"protected_path_users\"");
    await queryRunner.query("ALTER TABLE \"temporary_protected_path_users\" RENAME TO \"protected_path_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_protected_path_users\" ON \"protected_path_users\" (\"site_id\", \"path\", \"username\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_protected_path_users\"");
    await queryRunner.query("ALTER TABLE \"protected_path_users\" RENAME TO \"temporary_protected_path_users\"");
    await queryRunner.query("CREATE TABLE \"protected_path_users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"site_id\" varchar(36) NOT NULL, \"path\" varchar(255) NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(100) NOT NULL, \"created_at\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"protected_path_users\"(\"id\", \"site_id\", \"path\", \"username\", \"password_hash\", \"created_at\") SELECT \"id\", \"site_id\", \"path\", \"username\", \"password_hash\", \"created_at\" FROM \"temporary_protected_path_users\"");
    await queryRunner.query("DROP TABLE \"temporary_protected_path_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_protected_path_users\" ON \"protected_path_users\" (\"site_id\", \"path\", \"username\") ");
    await queryRunner.query("DROP INDEX \"uq_protected_path_users\"");
    await queryRunner.query("DROP TABLE \"protected_path_users\"");
  }
}

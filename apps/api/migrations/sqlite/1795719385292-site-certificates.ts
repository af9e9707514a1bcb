import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteCertificates1795719385292 implements MigrationInterface {
  name = 'SiteCertificates1795719385292';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"site_certificates\" (\"site_id\" varchar(36) PRIMARY KEY NOT NULL, \"mode\" varchar(12) NOT NULL, \"status\" varchar(12) NOT NULL, \"domains_json\" text NOT NULL, \"not_before\" datetime, \"not_after\" datetime, \"serial\" varchar(100), \"issuer\" varchar(500), \"last_error\" text, \"failures\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime, \"expiry_warned\" boolean NOT NULL DEFAULT (0), \"updated_at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_site_certificates_due\" ON \"site_certificates\" (\"status\", \"not_after\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_site_certificates_due\"");
    await queryRunner.query("DROP TABLE \"site_certificates\"");
  }
}

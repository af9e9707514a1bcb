import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteCertificates1795719385292 implements MigrationInterface {
  name = 'SiteCertificates1795719385292';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `site_certificates` (`site_id` varchar(36) NOT NULL, `mode` varchar(12) NOT NULL, `status` varchar(12) NOT NULL, `domains_json` text NOT NULL, `not_before` datetime NULL, `not_after` datetime NULL, `serial` varchar(100) NULL, `issuer` varchar(500) NULL, `last_error` text NULL, `failures` int NOT NULL DEFAULT '0', `next_attempt_at` datetime NULL, `expiry_warned` tinyint NOT NULL DEFAULT 0, `updated_at` datetime NOT NULL, INDEX `ix_site_certificates_due` (`status`, `not_after`), PRIMARY KEY (`site_id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_site_certificates_due` ON `site_certificates`");
    await queryRunner.query("DROP TABLE `site_certificates`");
  }
}

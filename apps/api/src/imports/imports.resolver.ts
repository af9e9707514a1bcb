import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import { requireAccount } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { ImportsService } from './imports.service.js';
import type { SiteImport } from './import.entities.js';

@InputType()
export class SftpSourceInput {
  @Field(() => String) host!: string;
  @Field(() => Int, { defaultValue: 22 }) port!: number;
  @Field(() => String) username!: string;
  @Field(() => String, { description: 'Sent to the host once, in the signed command; never stored' }) password!: string;
  @Field(() => String, { description: 'The old site’s folder, such as /var/www/html' }) path!: string;
}

@InputType()
export class ImportSiteInput {
  @Field(() => ID)
  siteId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An upload of the old site’s files: .tar.gz, .tgz, .tar or .zip (POST /uploads); or give sftp',
  })
  archiveUploadId?: string | null;

  @Field(() => SftpSourceInput, { nullable: true, description: 'The old host’s SFTP account, instead of an archive' })
  sftp?: SftpSourceInput | null;

  @Field(() => ID, { nullable: true, description: 'An upload of its database: .sql or .sql.gz' })
  dumpUploadId?: string | null;

  @Field(() => Boolean, { description: 'Point the CMS’s settings file at the new database' })
  updateSettings!: boolean;
}

@ObjectType('SiteImport')
export class SiteImportView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'running, succeeded, failed' }) status!: string;
  @Field(() => String, { nullable: true, description: 'Why it failed, in the host’s words' }) error!: string | null;
  @Field(() => Int, { nullable: true }) files!: number | null;
  @Field(() => Float, { nullable: true }) bytes!: number | null;
  @Field(() => String, { nullable: true, description: 'The preset the site now follows' }) preset!: string | null;
  @Field(() => String, { nullable: true, description: 'The settings file pointed at the new database' }) settingsFile!:
    string | null;
  @Field(() => ID, { nullable: true }) databaseId!: string | null;
  @Field(() => [String], { description: 'What was done, in order' }) steps!: string[];
  @Field(() => String, { nullable: true, description: 'While running: the step the host is at' }) currentStep!:
    string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) finishedAt!: Date | null;
}

const view = (row: SiteImport & { currentStep?: string | null }): SiteImportView => {
  const report = row.report
    ? (JSON.parse(row.report) as {
        files?: number;
        bytes?: number;
        preset?: string | null;
        settings?: { files: string[] } | null;
        steps?: string[];
      })
    : {};
  return {
    id: row.id,
    status: row.status,
    error: row.error,
    files: report.files ?? null,
    bytes: report.bytes ?? null,
    preset: report.preset ?? null,
    settingsFile: report.settings?.files[0] ?? null,
    databaseId: row.databaseId,
    steps: report.steps ?? [],
    currentStep: row.currentStep ?? null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
};

@Resolver()
export class ImportsResolver {
  constructor(private readonly importsService: ImportsService) {}

  @Mutation(() => SiteImportView, {
    description: 'Moves a site in from uploaded files (and a dump, into a new database)',
  })
  async importSite(
    @Arg('input', () => ImportSiteInput) input: ImportSiteInput,
    @Ctx() context: RequestContext,
  ): Promise<SiteImportView> {
    return view(await this.importsService.start(requireAccount(context), input));
  }

  @Query(() => [SiteImportView], { description: 'The latest imports of a site, newest first' })
  async siteImports(
    @Arg('siteId', () => ID) siteId: string,
    @Ctx() context: RequestContext,
  ): Promise<SiteImportView[]> {
    return (await this.importsService.importsOf(requireAccount(context), siteId)).map(view);
  }
}

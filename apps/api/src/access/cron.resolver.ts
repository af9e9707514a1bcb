import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver, FieldResolver, Root } from 'type-graphql';
import { CronSchedulePreview } from './access.types.js';
import { requireAccount } from '../accounts/guards.js';
import { requireHost } from '../hosts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { AccountAccess } from './account-access.service.js';
import type { TranslationsService } from '../i18n/translations.service.js';
import { DateTime } from '../common/scalars.js';
import type { MessageParam } from '../common/errors.js';
import { CronJob } from '../cron/cron-job.entity.js';
import { describeSchedule, nextRuns, parseSchedule } from '../cron/cron-schedule.js';

@InputType()
export class CronJobInputType {
  @Field(() => String, { description: 'Five cron fields (minute hour day month weekday) or @daily, @hourly, …' })
  schedule!: string;

  @Field(() => String, { description: 'One line, run by /bin/sh as the account’s user from its home folder' })
  command!: string;

  @Field(() => Boolean, { nullable: true })
  isEnabled?: boolean | null;
}

@InputType()
export class CronRunInput {
  @Field(() => String)
  jobId!: string;

  @Field(() => DateTime)
  startedAt!: Date;

  @Field(() => Int)
  exitCode!: number;

  @Field(() => String)
  output!: string;
}

/** The schedule in words, in the caller's language, with weekday names from ICU. */
async function preview(
  translations: TranslationsService,
  context: RequestContext,
  schedule: string,
): Promise<CronSchedulePreview> {
  const parsed = parseSchedule(schedule);
  const say = (text: string, params: Record<string, MessageParam> = {}) =>
    translations.translate(context.language, text, params);
  if (!parsed.ok)
    return {
      isValid: false,
      description: await say(parsed.message, parsed.params),
      nextRuns: [],
    };
  const weekday = (day: number) =>
    new Intl.DateTimeFormat(context.language, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, 0, 1 + day)),
    );
  const description = describeSchedule(parsed.schedule, weekday);
  return {
    isValid: true,
    description: await say(description.text, description.params),
    nextRuns: nextRuns(parsed.schedule, new Date(), 5),
  };
}

@Resolver(() => CronJob)
export class CronResolver {
  constructor(
    private readonly accountAccess: AccountAccess,
    private readonly translationsService: TranslationsService,
  ) {}

  @Query(() => [CronJob], { description: 'The account’s scheduled jobs' })
  cronJobs(@Ctx() context: RequestContext): Promise<CronJob[]> {
    return this.accountAccess.cronJobs(requireAccount(context));
  }

  @Query(() => CronSchedulePreview, { description: 'A schedule in words and its next five runs (UTC)' })
  cronSchedulePreview(
    @Arg('schedule', () => String) schedule: string,
    @Ctx() context: RequestContext,
  ): Promise<CronSchedulePreview> {
    requireAccount(context);
    return preview(this.translationsService, context, String(schedule).slice(0, 200));
  }

  @Mutation(() => CronJob)
  createCronJob(
    @Arg('input', () => CronJobInputType) input: CronJobInputType,
    @Ctx() context: RequestContext,
  ): Promise<CronJob> {
    return this.accountAccess.createCronJob(requireAccount(context), input);
  }

  @Mutation(() => CronJob, { description: 'Changes a job; isEnabled alone enables or disables it' })
  updateCronJob(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CronJobInputType) input: CronJobInputType,
    @Ctx() context: RequestContext,
  ): Promise<CronJob> {
    return this.accountAccess.updateCronJob(requireAccount(context), id, input);
  }

  @Mutation(() => Boolean)
  deleteCronJob(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return this.accountAccess.deleteCronJob(requireAccount(context), id);
  }

  @Mutation(() => Int, {
    description: 'Agents: the last runs of scheduled jobs on this host; returns how many were recorded',
  })
  reportCronRuns(
    @Arg('runs', () => [CronRunInput]) runs: CronRunInput[],
    @Ctx() context: RequestContext,
  ): Promise<number> {
    return this.accountAccess.recordCronRuns(requireHost(context), runs);
  }

  @FieldResolver(() => CronSchedulePreview)
  preview(@Root() job: CronJob, @Ctx() context: RequestContext): Promise<CronSchedulePreview> {
    return preview(this.translationsService, context, job.schedule);
  }
}

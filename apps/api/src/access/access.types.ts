import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';

export enum ShellAccess {
  FULL = 'full',
  SFTP = 'sftp',
}
registerEnumType(ShellAccess, { name: 'ShellAccess', description: 'FULL: a shell and SFTP; SFTP: file transfer only' });

@InputType()
export class AddSshKeyInput {
  @Field(() => String, { description: 'The line of your .pub file: type, key, comment' })
  publicKey!: string;
}

@ObjectType()
export class SitePath {
  @Field(() => String)
  domain!: string;

  @Field(() => String)
  path!: string;
}

@ObjectType({ description: 'How to reach the account’s files over SSH and SFTP' })
export class AccessInfo {
  @Field(() => String, { nullable: true, description: 'The account’s server; null until it has one' })
  host!: string | null;

  @Field(() => String)
  user!: string;

  @Field(() => ShellAccess)
  shell!: ShellAccess;

  @Field(() => String)
  home!: string;

  @Field(() => [SitePath])
  sites!: SitePath[];
}

@ObjectType({ description: 'A schedule in words and its next runs, for the preview beside the field' })
export class CronSchedulePreview {
  @Field(() => Boolean)
  isValid!: boolean;

  @Field(() => String, { description: 'The schedule in words, or why it is not valid' })
  description!: string;

  @Field(() => [DateTime])
  nextRuns!: Date[];
}

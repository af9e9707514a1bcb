import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A site’s PHP: the version of its pool and the settings written into it' })
export class PhpSettingsType {
  @Field(() => String)
  version!: string;

  @Field(() => Int)
  memoryLimitMb!: number;

  @Field(() => Int, { description: 'Largest upload; post_max_size is set a little above it' })
  uploadMaxMb!: number;

  @Field(() => Int)
  maxExecutionSeconds!: number;

  @Field(() => Boolean)
  displayErrors!: boolean;

  @Field(() => String)
  timezone!: string;
}

@ObjectType({ description: 'What a site may choose: its host’s PHP versions and the administrators’ bounds' })
export class PhpOptions {
  @Field(() => [String])
  versions!: string[];

  @Field(() => Int)
  maxMemoryLimitMb!: number;

  @Field(() => Int)
  maxUploadMb!: number;

  @Field(() => Int)
  maxExecutionSeconds!: number;

  @Field(() => [String])
  timezones!: string[];

  @Field(() => PhpSettingsType)
  current!: PhpSettingsType;
}

@InputType()
export class PhpSettingsInput {
  @Field(() => String)
  version!: string;

  @Field(() => Int)
  memoryLimitMb!: number;

  @Field(() => Int)
  uploadMaxMb!: number;

  @Field(() => Int)
  maxExecutionSeconds!: number;

  @Field(() => Boolean)
  displayErrors!: boolean;

  @Field(() => String)
  timezone!: string;
}

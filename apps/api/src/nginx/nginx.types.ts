import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType()
export class NginxPresetVariant {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Public root inside the site folder: "" or "public"' })
  publicRoot!: string;
}

@ObjectType({ description: 'A CMS or framework the nginx configuration is made for' })
export class NginxPreset {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Public root of the newest variant' })
  publicRoot!: string;

  @Field(() => [NginxPresetVariant])
  variants!: NginxPresetVariant[];

  @Field(() => [String], { description: 'Option names the editor offers' })
  options!: string[];
}

@InputType()
export class NginxConfigInput {
  @Field(() => String)
  preset!: string;

  @Field(() => String, { nullable: true })
  variant?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Options beyond the preset (see libs/nginx SiteOptions)' })
  options?: Record<string, unknown> | null;
}

export enum ProblemSeverity {
  ERROR = 'error',
  WARNING = 'warning',
}
registerEnumType(ProblemSeverity, { name: 'ProblemSeverity' });

@ObjectType({ description: 'Something wrong or risky in a configuration, with the option it concerns' })
export class NginxProblem {
  @Field(() => String)
  field!: string;

  @Field(() => String)
  message!: string;

  @Field(() => ProblemSeverity)
  severity!: ProblemSeverity;

  /** Values for the message's placeholders; filled in when it is translated. */
  params?: Record<string, string>;
}

@ObjectType()
export class NginxPreview {
  @Field(() => String, { description: 'The rendered nginx text; empty when there are errors' })
  text!: string;

  @Field(() => String, { description: 'Line diff against the live revision: +, - or space per line' })
  diff!: string;

  @Field(() => [NginxProblem])
  problems!: NginxProblem[];
}

@ObjectType()
export class NginxDetection {
  @Field(() => String)
  preset!: string;

  @Field(() => String, { nullable: true })
  variant!: string | null;

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => [String])
  evidence!: string[];
}

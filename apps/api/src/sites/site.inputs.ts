import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateSiteInput {
  @Field(() => String, { description: 'Primary domain; international names are converted to punycode' })
  domain!: string;

  @Field(() => [String], { nullable: true, description: 'Up to 20 more names, such as www.example.com' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'nginx preset id; detected from the files when absent' })
  preset?: string | null;
}

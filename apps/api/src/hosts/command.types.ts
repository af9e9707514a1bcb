import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class EnvelopeSignature {
  @Field(() => String)
  keyid!: string;

  @Field(() => String, { description: 'base64 Ed25519 signature over the DSSE encoding of the payload' })
  sig!: string;
}

@ObjectType({ description: 'A command, signed: verify before parsing the payload (libs/protocol)' })
export class SignedCommand {
  @Field(() => String)
  payloadType!: string;

  @Field(() => String, { description: 'base64 of the exact signed bytes' })
  payload!: string;

  @Field(() => [EnvelopeSignature])
  signatures!: EnvelopeSignature[];
}

@InputType()
export class CommandResultInput {
  @Field(() => String)
  commandId!: string;

  @Field(() => Int)
  attempt!: number;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'What the command produced (JSON text)' })
  result?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, such as nginx -t output' })
  error?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A retry cannot help: fail at once' })
  permanent?: boolean | null;
}

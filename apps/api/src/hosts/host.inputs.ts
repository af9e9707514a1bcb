import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';

@InputType()
export class HostLayoutInput {
  @Field(() => String, { description: 'Filesystem prefix: "/" in production, a folder in tests' })
  prefix!: string;

  @Field(() => [String], { description: 'nginx listen addresses, such as 80 and [::]:80' })
  listen!: string[];

  @Field(() => [String], { nullable: true })
  listenTls?: string[] | null;

  @Field(() => String)
  phpFpmSocketDir!: string;

  @Field(() => String)
  acmeRoot!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the agent issues certificates through ACME' })
  certificates?: boolean | null;
}

@InputType()
export class HostToolInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  version!: string;
}

@InputType()
export class HostInfoInput {
  @Field(() => String)
  os!: string;

  @Field(() => String)
  nginxVersion!: string;

  @Field(() => [String])
  phpVersions!: string[];

  @Field(() => Int)
  cpuCores!: number;

  @Field(() => Int)
  memoryMb!: number;

  @Field(() => Int)
  diskGb!: number;

  @Field(() => [HostToolInput], { nullable: true, description: 'Tool versions (Git, Composer, PHP, ClamAV, …)' })
  tools?: HostToolInput[] | null;

  @Field(() => HostLayoutInput)
  layout!: HostLayoutInput;

  @Field(() => String, {
    nullable: true,
    description: 'The public half of the host’s X25519 sealing key (base64 of 32 bytes)',
  })
  sealingKey?: string | null;
}

@ObjectType()
export class HostEnrollmentToken {
  @Field(() => String, { description: 'Give it to the agent: `elasticweb-agent enroll --token …`; shown once' })
  token!: string;

  @Field(() => DateTime)
  expiresAt!: Date;
}

@ObjectType()
export class PanelKey {
  @Field(() => String)
  keyid!: string;

  @Field(() => String, { description: 'Ed25519 public key, SPKI PEM' })
  publicKey!: string;
}

@ObjectType('HostEnrollment')
export class HostEnrollmentResult {
  @Field(() => String)
  hostId!: string;

  @Field(() => String, { description: 'The host’s bearer token; shown once' })
  hostToken!: string;

  @Field(() => [PanelKey], { description: 'Keys the agent pins to verify signed commands' })
  panelKeys!: PanelKey[];
}

import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';

@ObjectType({ description: 'What the site’s server is doing for it now, or will do next' })
export class SiteOperationType {
  @Field(() => String, { description: 'site.apply, site.delete, …' })
  type!: string;

  @Field(() => String, { description: 'queued or leased (the server is working on it)' })
  status!: string;

  @Field(() => Int, { description: 'Attempts so far; above 1 the server is retrying' })
  attempt!: number;

  @Field(() => DateTime)
  createdAt!: Date;
}

import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireAccount } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { ProtectedPathsService } from './protected-paths.service.js';

@ObjectType()
export class ProtectedPathUsers {
  @Field(() => String, { description: 'A path the site’s web server settings protect' })
  path!: string;

  @Field(() => [String], { description: 'Who may open it; passwords are never shown again' })
  usernames!: string[];
}

@InputType()
export class ProtectedPathUserInput {
  @Field(() => String) path!: string;
  @Field(() => String) username!: string;
  @Field(() => String, { description: 'Kept only as a bcrypt hash' }) password!: string;
}

@Resolver()
export class ProtectedPathsResolver {
  constructor(private readonly protectedPathsService: ProtectedPathsService) {}

  @Query(() => [ProtectedPathUsers], { description: 'The site’s password-protected paths and who may open each' })
  protectedPathUsers(
    @Arg('siteId', () => ID) siteId: string,
    @Ctx() context: RequestContext,
  ): Promise<ProtectedPathUsers[]> {
    return this.protectedPathsService.list(requireAccount(context), siteId);
  }

  @Mutation(() => [ProtectedPathUsers], { description: 'Adds a user to a protected path, or sets a new password' })
  setProtectedPathUser(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('input', () => ProtectedPathUserInput) input: ProtectedPathUserInput,
    @Ctx() context: RequestContext,
  ): Promise<ProtectedPathUsers[]> {
    return this.protectedPathsService.setUser(requireAccount(context), siteId, input);
  }

  @Mutation(() => [ProtectedPathUsers], { description: 'Takes a user’s access to a protected path away' })
  removeProtectedPathUser(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('path', () => String) path: string,
    @Arg('username', () => String) username: string,
    @Ctx() context: RequestContext,
  ): Promise<ProtectedPathUsers[]> {
    return this.protectedPathsService.removeUser(requireAccount(context), siteId, path, username);
  }
}

import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { allowedOperations } from './access.policy.js';
import type { GraphQLContext } from '../../context.js';
import { ApiScope, Role } from '../../common/enums.js';
import { ListArgs, ListMetadata, pageOptions } from '../../common/list-args.js';
import { AuditEvent } from '../../common/audit-event.entity.js';
import { idOrNoMatch, uuidsOnly } from '../../common/find.js';
import { describePolicySettings } from '../../common/policy-settings.js';
import { ApiKey } from './api-key.entity.js';
import { User } from './user.entity.js';
import type { Principal } from './principal.js';

@ObjectType()
class AuthPayload {
  @Field(() => String) token!: string;
  @Field(() => User) user!: User;
}

@ObjectType({ description: 'The secret is shown once, here, and stored only as a hash.' })
class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field(() => String) secret!: string;
}

@ObjectType()
class PolicySetting {
  @Field(() => String) key!: string;
  @Field(() => String) value!: string;
}

@InputType()
class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => String, { nullable: true }) q?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
class ApiKeyFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true }) revoked?: boolean | null;
}

@InputType()
class AuditEventFilter {
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => ID, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
}

const me = (ctx: GraphQLContext) => ctx.principal as Principal;

const userWhere = (f?: UserFilter | null) => ({
  ...(f?.ids?.length ? { id: { $in: uuidsOnly(f.ids) } } : {}),
  ...(f?.role ? { roles: { $contains: [f.role] } } : {}),
  ...(f?.active != null ? { active: f.active } : {}),
  ...(f?.q?.trim() ? { $or: [{ email: { $ilike: `%${f.q.trim()}%` } }, { name: { $ilike: `%${f.q.trim()}%` } }] } : {}),
});
const apiKeyWhere = (f?: ApiKeyFilter | null) => ({
  ...(f?.ids?.length ? { id: { $in: uuidsOnly(f.ids) } } : {}),
  ...(f?.revoked != null ? { revokedAt: f.revoked ? { $ne: null } : null } : {}),
});
const auditWhere = (f?: AuditEventFilter | null) => ({
  ...(f?.orderId ? { orderId: idOrNoMatch(f.orderId) } : {}),
  ...(f?.entityType ? { entityType: f.entityType } : {}),
  ...(f?.entityId ? { entityId: idOrNoMatch(f.entityId) } : {}),
  ...(f?.action ? { action: f.action } : {}),
});

@Resolver(() => User)
export class AccessResolver {
  @FieldResolver(() => [String], { description: "The operations this user's roles may call (from the API's access table)." })
  allowedOperations(@Root() user: User) {
    return allowedOperations(user.roles);
  }

  @Mutation(() => AuthPayload)
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.access.login(ctx.em, email, password);
  }

  @Query(() => User, { nullable: true })
  async me(@Ctx() ctx: GraphQLContext) {
    const p = ctx.principal;
    return p?.kind === 'USER' ? ctx.loaders.byId(User).load(p.id) : null;
  }

  @Mutation(() => CreatedApiKey)
  createApiKey(
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [ApiScope]) scopes: ApiScope[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.access.createApiKey(ctx.em, me(ctx), name, scopes);
  }

  @Mutation(() => ApiKey)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.access.revokeApiKey(ctx.em, me(ctx), id);
  }

  @Query(() => [ApiKey])
  allApiKeys(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => ApiKeyFilter, { nullable: true }) filter: ApiKeyFilter | null, @Ctx() ctx: GraphQLContext) {
    const opts = pageOptions(args, { id: 'id', name: 'name', createdAt: 'createdAt', revokedAt: 'revokedAt' }, { field: 'createdAt', order: 'DESC' });
    return ctx.em.find(ApiKey, apiKeyWhere(filter), opts as never);
  }

  @Query(() => ListMetadata)
  async _allApiKeysMeta(@Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => ApiKeyFilter, { nullable: true }) filter: ApiKeyFilter | null, @Ctx() ctx: GraphQLContext) {
    return { count: await ctx.em.count(ApiKey, apiKeyWhere(filter)) };
  }

  @Mutation(() => User)
  createUser(
    @Arg('email', () => String) email: string,
    @Arg('name', () => String) name: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.access.createUser(ctx.em, me(ctx), { email, name, roles, password });
  }

  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('roles', () => [Role], { nullable: true }) roles: Role[] | null,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.access.updateUser(ctx.em, me(ctx), id, { name, roles, active });
  }

  @Mutation(() => User)
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.access.setPassword(ctx.em, me(ctx), id, password);
  }

  @Mutation(() => User)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.access.changeOwnPassword(ctx.em, me(ctx), currentPassword, newPassword);
  }

  @Query(() => [User])
  allUsers(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null, @Ctx() ctx: GraphQLContext) {
    const opts = pageOptions(args, { id: 'id', email: 'email', name: 'name', createdAt: 'createdAt', lastLoginAt: 'lastLoginAt' }, { field: 'email', order: 'ASC' });
    return ctx.em.find(User, userWhere(filter), opts as never);
  }

  @Query(() => ListMetadata)
  async _allUsersMeta(@Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null, @Ctx() ctx: GraphQLContext) {
    return { count: await ctx.em.count(User, userWhere(filter)) };
  }

  @Query(() => User, { nullable: true })
  User(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.byId(User).load(id);
  }

  @Query(() => [PolicySetting], { description: 'The SOP policy numbers in force (POLICY_* settings).' })
  policySettings(@Ctx() ctx: GraphQLContext) {
    return describePolicySettings(ctx.policy);
  }

  @Query(() => [AuditEvent])
  allAuditEvents(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null, @Ctx() ctx: GraphQLContext) {
    const opts = pageOptions(args, { at: 'at', action: 'action' }, { field: 'at', order: 'DESC' });
    return ctx.em.find(AuditEvent, auditWhere(filter), opts as never);
  }

  @Query(() => ListMetadata)
  async _allAuditEventsMeta(@Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null, @Ctx() ctx: GraphQLContext) {
    return { count: await ctx.em.count(AuditEvent, auditWhere(filter)) };
  }
}

import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { allowedOperations, staffView } from './access.policy.js';
import { maskEmail } from '../../common/phone.js';
import { principalOf, type GraphQLContext } from '../../context.js';
import { ApiScope, Role } from '../../common/enums.js';
import { ListQueries } from '../../common/list-queries.js';
import { AvailableActionType } from '../../common/actions.types.js';
import { AuditEvent } from '../../common/audit-event.entity.js';
import { describePolicySettings } from '../../common/policy-settings.js';
import { ApiKey } from './api-key.entity.js';
import { availableActions as apiKeyActions } from './api-key.policy.js';
import { availableActions as userActions } from './user.policy.js';
import { User } from './user.entity.js';
import { ApiKeyFilter, AuditEventFilter, UserFilter } from './access.inputs.js';

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

// The account a login has just signed in: its payload is the caller's own, though the request
// carried no token yet. Entities are per request (the request's identity map), so this holds
// only that request's object.
const signedIn = new WeakSet<User>();

const full = (user: User, ctx: GraphQLContext) => staffView(ctx.principal ?? null, user.id, signedIn.has(user)) === 'FULL';

@Resolver(() => User)
export class AccessResolver extends ListQueries({ name: 'Users', type: User, filter: UserFilter, list: (ctx) => ctx.services.users.list, one: {} }) {
  @FieldResolver(() => String)
  email(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return full(user, ctx) ? user.email : maskEmail(user.email);
  }

  @FieldResolver(() => [Role])
  roles(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return full(user, ctx) ? user.roles : [];
  }

  @FieldResolver(() => Date, { nullable: true })
  lastLoginAt(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return full(user, ctx) ? user.lastLoginAt ?? null : null;
  }

  @FieldResolver(() => [String], { description: "The operations this user's roles may call (from the API's access table); empty as roles are." })
  allowedOperations(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return full(user, ctx) ? allowedOperations(user.roles) : [];
  }

  @FieldResolver(() => [AvailableActionType], {
    description: 'What the caller can do with this account now: RESET_PASSWORD, DEACTIVATE (blocked on one\'s own) or REACTIVATE.',
  })
  availableActions(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return full(user, ctx) ? userActions(user, ctx.principal ?? null) : [];
  }

  @Mutation(() => AuthPayload)
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext) {
    const payload = await ctx.services.access.login(ctx.em, email, password);
    signedIn.add(payload.user);
    return payload;
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
    return ctx.services.apiKeys.create(ctx.em, principalOf(ctx), name, scopes);
  }

  @Mutation(() => ApiKey)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.apiKeys.revoke(ctx.em, principalOf(ctx), id);
  }

  @Mutation(() => User)
  createUser(
    @Arg('email', () => String) email: string,
    @Arg('name', () => String) name: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.users.create(ctx.em, principalOf(ctx), { email, name, roles, password });
  }

  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('roles', () => [Role], { nullable: true }) roles: Role[] | null,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT (naming who changed it) if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.users.update(ctx.em, principalOf(ctx), id, { name, roles, active }, expectedVersion);
  }

  @Mutation(() => User)
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.setPassword(ctx.em, principalOf(ctx), id, password);
  }

  @Mutation(() => User)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.users.changeOwnPassword(ctx.em, principalOf(ctx), currentPassword, newPassword);
  }

  @Query(() => [PolicySetting], { description: 'The SOP policy numbers in force (POLICY_* settings).' })
  policySettings(@Ctx() ctx: GraphQLContext) {
    return describePolicySettings(ctx.policy);
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver extends ListQueries({ name: 'ApiKeys', type: ApiKey, filter: ApiKeyFilter, list: (ctx) => ctx.services.apiKeys.list }) {
  @FieldResolver(() => [AvailableActionType], { description: 'What the caller can do now: REVOKE (revokeApiKey) while the key works.' })
  availableActions(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext) {
    return apiKeyActions(key, ctx.principal ?? null);
  }
}

@Resolver(() => AuditEvent)
export class AuditEventResolver extends ListQueries({ name: 'AuditEvents', type: AuditEvent, filter: AuditEventFilter, list: (ctx) => ctx.services.access.auditEventList }) {
  // A timeline names people as the rest of the panel does (assignees, contacts): by name. The
  // label keeps what was true when it happened (the e-mail), and stays for an account now gone.
  // A user's label is their e-mail: masked as their account's e-mail is (staffView) for whoever
  // reads the timeline but may not read staff accounts.
  @FieldResolver(() => String, { description: "Who did it as recorded then: a user's e-mail (masked as User.email is), an API key's name, the customer or the system." })
  actorLabel(@Root() event: AuditEvent, @Ctx() ctx: GraphQLContext): string {
    if (event.actorType !== 'USER' || !event.actorId) return event.actorLabel;
    return staffView(ctx.principal ?? null, event.actorId, false) === 'FULL' ? event.actorLabel : maskEmail(event.actorLabel);
  }

  @FieldResolver(() => String, { description: "Who did it, for people to read: a user's name, else actorLabel (an API key, a customer, the system)." })
  async actorName(@Root() event: AuditEvent, @Ctx() ctx: GraphQLContext): Promise<string> {
    if (event.actorType !== 'USER' || !event.actorId) return event.actorLabel;
    const user = await ctx.loaders.byId(User).load(event.actorId);
    return user?.name ?? event.actorLabel;
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WorkKind } from '../../common/enums.js';
import { ListArgs, ListMetadata } from '../../common/list-args.js';
import { principalOf, type GraphQLContext } from '../../context.js';
import { User } from '../access/user.entity.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { InboxFilter, InboxItem, WorkItemInput } from './inbox.types.js';
import { SupportCase } from './support-case.entity.js';

@Resolver(() => InboxItem)
export class InboxResolver {
  @Query(() => [InboxItem], { description: "The CX desk's queue: open cases and escalations in the caller's teams, the most urgent running clock first." })
  allInboxItems(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => InboxFilter, { nullable: true }) filter: InboxFilter | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.inbox.page(ctx.em, ctx.principal, args, filter, ctx.clock.now());
  }

  @Query(() => ListMetadata)
  async _allInboxItemsMeta(@Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => InboxFilter, { nullable: true }) filter: InboxFilter | null, @Ctx() ctx: GraphQLContext) {
    return { count: await ctx.services.inbox.count(ctx.em, ctx.principal, filter, ctx.clock.now()) };
  }

  @Mutation(() => [InboxItem], { description: 'Bulk assign from the inbox: every item to one person (null to unassign), all or none.' })
  async assignWork(
    @Arg('items', () => [WorkItemInput]) items: WorkItemInput[],
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const done = await ctx.services.inbox.assign(ctx.em, principalOf(ctx), items, userId);
    return ctx.services.inbox.page(ctx.em, ctx.principal, { perPage: 100 }, { workIds: done.map((i) => i.id) }, ctx.clock.now());
  }

  @FieldResolver(() => SupportCase, { nullable: true })
  async supportCase(@Root() item: InboxItem, @Ctx() ctx: GraphQLContext) {
    if (item.kind !== WorkKind.CASE) return null;
    const [c] = await ctx.services.cases.list.children(ctx, 'id', { createdAt: 'asc' }).load(item.workId);
    return c ?? null;
  }

  @FieldResolver(() => Escalation, { nullable: true })
  async escalation(@Root() item: InboxItem, @Ctx() ctx: GraphQLContext) {
    if (item.kind !== WorkKind.ESCALATION) return null;
    const [e] = await ctx.services.escalations.escalationList.children(ctx, 'id', { createdAt: 'asc' }).load(item.workId);
    return e ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() item: InboxItem, @Ctx() ctx: GraphQLContext) {
    return item.assigneeId ? ctx.loaders.byId(User).load(item.assigneeId) : null;
  }
}

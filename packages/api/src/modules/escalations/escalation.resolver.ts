import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { AvailableActionType } from '../../common/actions.types.js';
import { Channel, EscalationCategory } from '../../common/enums.js';
import { ListQueries } from '../../common/list-queries.js';
import { firstContactDueSoonAt, isFirstContactPending } from './sla.policy.js';
import { forbidden } from '../../common/errors.js';
import { refId } from '../../common/lean.js';
import { User } from '../access/user.entity.js';
import { Alert } from '../alerts/alert.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Order } from '../orders/order.entity.js';
import { Escalation } from './escalation.entity.js';
import { EscalationFilter } from './escalation.inputs.js';
import { Interaction } from '../interactions/interaction.entity.js';

@Resolver(() => Escalation)
export class EscalationResolver extends ListQueries({
  name: 'Escalations', type: Escalation, filter: EscalationFilter, list: (ctx) => ctx.services.escalations.escalationList,
  description: 'The escalation queue; by default the most urgent first contact first.',
  // One escalation, only in the caller's teams (S2).
  one: { alias: 'escalation', get: (ctx, id) => ctx.services.escalations.get(ctx.em, ctx.principal, id) },
}) {
  @Mutation(() => Escalation)
  logEscalationContact(
    @Arg('escalationId', () => ID) id: string,
    @Arg('channel', () => Channel) channel: Channel,
    @Arg('summary', () => String) summary: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.escalations.logContact(ctx.em, principalOf(ctx), id, channel, summary, expectedVersion);
  }

  @Mutation(() => Escalation)
  categorizeEscalation(
    @Arg('escalationId', () => ID) id: string,
    @Arg('category', () => EscalationCategory) category: EscalationCategory,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.escalations.categorize(ctx.em, principalOf(ctx), id, category, expectedVersion);
  }

  @Mutation(() => Escalation)
  resolveEscalation(
    @Arg('escalationId', () => ID) id: string,
    @Arg('resolution', () => String) resolution: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.escalations.resolve(ctx.em, principalOf(ctx), id, resolution, expectedVersion);
  }

  @Mutation(() => Escalation, { description: 'Gives the escalation to an agent (null to unassign).' })
  assignEscalation(
    @Arg('escalationId', () => ID) id: string,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.escalations.assign(ctx.em, principalOf(ctx), id, userId, expectedVersion);
  }

  @Mutation(() => Escalation, { description: 'Assign to me: the caller takes the escalation (their own team\'s; someone else\'s only for those who may assignEscalation).' })
  takeEscalation(
    @Arg('escalationId', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.escalations.take(ctx.em, principalOf(ctx), id, expectedVersion);
  }

  @Query(() => [User], { description: "Active people who can be assigned this escalation (its team's roles)." })
  assignableUsers(@Arg('escalationId', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.assignableUsers(ctx.em, principalOf(ctx), id);
  }

  @FieldResolver(() => Order)
  order(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Order, e.order);
  }

  @FieldResolver(() => Feedback, { nullable: true })
  feedback(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Feedback, e.feedback);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, e.assignee);
  }

  @FieldResolver(() => Boolean)
  slaBreached(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.slaBreached(e, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { description: 'E1: the first contact is still awaited (no contact yet, not resolved or closed): the countdown to firstContactDueAt runs.' })
  firstContactPending(@Root() e: Escalation) {
    return isFirstContactPending({ status: e.status, firstContactDueAt: e.firstContactDueAt, firstContactAt: e.firstContactAt ?? null });
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When the awaited first contact becomes due soon (POLICY_ESCALATION_DUE_SOON before firstContactDueAt, as the Due soon view counts it); null once the clock has stopped.",
  })
  firstContactDueSoonAt(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return firstContactDueSoonAt({ status: e.status, firstContactDueAt: e.firstContactDueAt, firstContactAt: e.firstContactAt ?? null }, ctx.policy.escalationDueSoonMs);
  }

  @FieldResolver(() => [Interaction], { description: 'Oldest first.' })
  interactions(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Interaction, 'escalation', { at: 'asc' }).load(e.id);
  }

  @FieldResolver(() => [AvailableActionType], {
    description: 'What the caller can do now: LOG_CONTACT, CATEGORIZE, RESOLVE (blocked until E3 is met), ASSIGN, ASSIGN_TO_ME (takeEscalation). Nothing once CLOSED.',
  })
  availableActions(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.availableActions(e, ctx.principal);
  }
}

/** Order.escalations: the escalations module's field of Order (orders sit below escalations). */
@Resolver(() => Order)
export class OrderEscalationsResolver {
  @FieldResolver(() => [Escalation])
  escalations(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.escalationList.children(ctx, 'order', { createdAt: 'asc' }).load(order.id);
  }
}

/** Feedback.escalation: the escalations module's field of Feedback (feedback sits below escalations). */
@Resolver(() => Feedback)
export class FeedbackEscalationResolver {
  @FieldResolver(() => Escalation, { nullable: true, description: 'The escalation this answer opened (R1).' })
  async escalation(@Root() f: Feedback, @Ctx() ctx: GraphQLContext) {
    const list = await ctx.services.escalations.escalationList.children(ctx, 'feedback', { createdAt: 'asc' }).load(f.id);
    return list[0] ?? null;
  }
}

/** Alert.escalation: the escalations module's field of Alert (alerts sit below escalations). */
@Resolver(() => Alert)
export class AlertEscalationResolver {
  /** Through the escalation list's scope (S2), batched per request, like every nested escalation. */
  @FieldResolver(() => Escalation, { nullable: true, description: 'The escalation the alert is about (null for a case\'s alert: see supportCase).' })
  async escalation(@Root() a: Alert, @Ctx() ctx: GraphQLContext) {
    if (!a.escalation) return null;
    const [e] = await ctx.services.escalations.escalationList.children(ctx, 'id', { createdAt: 'asc' }).load(refId(a.escalation)!);
    if (!e) throw forbidden('This alert\'s escalation has been routed to another team since.');
    return e;
  }
}

@Resolver(() => Interaction)
export class InteractionResolver {
  @FieldResolver(() => User, { nullable: true })
  by(@Root() i: Interaction, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, i.by);
  }
}

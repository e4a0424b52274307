import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AvailableActionType } from '../../common/actions.types.js';
import { CaseStatus, Channel, Team, TimelineKind } from '../../common/enums.js';
import { refId } from '../../common/lean.js';
import { ListQueries } from '../../common/list-queries.js';
import { principalOf, type GraphQLContext } from '../../context.js';
import { User } from '../access/user.entity.js';
import { Alert } from '../alerts/alert.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Message } from '../messaging/message.entity.js';
import { Customer } from '../orders/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { CaseRules, ReplyTemplate } from './reply-template.type.js';
import { replyTemplates } from './reply-templates.js';
import { customerTimeline, STAFF_NOTICES } from './customer-timeline.js';
import { TimelineEntry } from './timeline-entry.type.js';
import { OpenCaseInput, SupportCaseFilter } from './support-case.inputs.js';
import { SupportCase } from './support-case.entity.js';
import { caseNumber, caseRules } from './support-case.policy.js';

const expected = () => Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed since.' });

@Resolver(() => SupportCase)
export class SupportCaseResolver extends ListQueries({
  name: 'SupportCases', type: SupportCase, filter: SupportCaseFilter, list: (ctx) => ctx.services.cases.list,
  description: 'Support cases (K1–K6) in the caller\'s teams; newest first by default.',
  one: { alias: 'supportCase', get: (ctx, id) => ctx.services.cases.get(ctx.em, ctx.principal, id) },
}) {
  @Mutation(() => SupportCase, { description: 'K1: records a customer\'s inquiry for CX with its two SLA clocks (K2).' })
  openCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.open(ctx.em, ctx.principal, input);
  }

  @Mutation(() => SupportCase, { description: 'Sends the reply to the customer on the channel (through the outbox) and records the first response. CALL logs a call instead.' })
  replyToCase(
    @Arg('caseId', () => ID) id: string,
    @Arg('channel', () => Channel) channel: Channel,
    @Arg('body', () => String) body: string,
    @expected() expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.reply(ctx.em, principalOf(ctx), id, channel, body, expectedVersion);
  }

  @Mutation(() => SupportCase, { description: 'K3: an internal note, never sent to the customer.' })
  addCaseNote(@Arg('caseId', () => ID) id: string, @Arg('body', () => String) body: string, @expected() expectedVersion: number | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.note(ctx.em, principalOf(ctx), id, body, expectedVersion);
  }

  @Mutation(() => SupportCase, {
    description: 'Waiting on the customer (PENDING_CUSTOMER) or on someone inside (PENDING_INTERNAL); the SLA clock stops until the case moves again or `until` passes.',
  })
  parkCase(
    @Arg('caseId', () => ID) id: string,
    @Arg('status', () => CaseStatus) status: CaseStatus,
    @Arg('reason', () => String) reason: string,
    @Arg('until', () => Date, { nullable: true }) until: Date | null,
    @expected() expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.park(ctx.em, principalOf(ctx), id, status, reason, until, expectedVersion);
  }

  @Mutation(() => SupportCase, { description: 'Hands the case to another team (ESCALATED); that team is alerted and the customer is told.' })
  escalateCase(
    @Arg('caseId', () => ID) id: string,
    @Arg('team', () => Team) team: Team,
    @Arg('reason', () => String) reason: string,
    @expected() expectedVersion: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.escalate(ctx.em, principalOf(ctx), id, team, reason, expectedVersion);
  }

  @Mutation(() => SupportCase, { description: 'K6: needs a first response (CASE_NOT_RESPONDED); the customer is told and asked to rate the resolution.' })
  resolveCase(@Arg('caseId', () => ID) id: string, @Arg('resolution', () => String) resolution: string, @expected() expectedVersion: number | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.resolve(ctx.em, principalOf(ctx), id, resolution, expectedVersion);
  }

  @Mutation(() => SupportCase, { description: 'K6: within 7 days of resolution; after that the case is CLOSED (CASE_CLOSED).' })
  reopenCase(@Arg('caseId', () => ID) id: string, @Arg('reason', () => String) reason: string, @expected() expectedVersion: number | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.reopen(ctx.em, principalOf(ctx), id, reason, expectedVersion);
  }

  @Mutation(() => SupportCase, {
    description: "The customer's own message on the case (the website, the app, or CX copying an e-mail in): a parked case resumes (K4), a resolved one reopens within 7 days (K6).",
  })
  addCaseMessage(
    @Arg('caseId', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Arg('channel', () => Channel) channel: Channel,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.customerMessage(ctx.em, ctx.principal, id, body, channel);
  }

  @Mutation(() => SupportCase, { description: 'Gives the case to someone who works its team (null to unassign).' })
  assignCase(@Arg('caseId', () => ID) id: string, @Arg('userId', () => ID, { nullable: true }) userId: string | null, @expected() expectedVersion: number | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.assign(ctx.em, principalOf(ctx), id, userId, expectedVersion);
  }

  @Mutation(() => SupportCase, { description: 'Assign to me: the caller takes the case (their own team\'s; someone else\'s only for those who may assignCase).' })
  takeCase(@Arg('caseId', () => ID) id: string, @expected() expectedVersion: number | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.take(ctx.em, principalOf(ctx), id, expectedVersion);
  }

  @Query(() => CaseRules, { description: "K2's default priority per type and K3's reply limits per channel, for the panel's forms." })
  caseRules() {
    return caseRules();
  }

  @FieldResolver(() => String, { description: 'Human reference for the customer and the phone, e.g. CX-10042.' })
  number(@Root() c: SupportCase) {
    return caseNumber(c.seq);
  }

  @FieldResolver(() => Customer)
  customer(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Customer, c.customer);
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Order, c.order);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, c.assignee);
  }

  @FieldResolver(() => Boolean, { description: 'True once a due time passed before its event (first response or resolution).' })
  slaBreached(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.slaBreached(c, ctx.clock.now());
  }

  @FieldResolver(() => [Interaction], { description: 'Oldest first: replies sent to the customer, internal notes, calls, status changes, the customer\'s messages.' })
  interactions(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Interaction, 'supportCase', { at: 'asc' }).load(c.id);
  }

  @FieldResolver(() => [Message], { description: 'What was sent to the customer about this case (replies, updates), oldest first.' })
  messages(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    // The desk's alert e-mails about the case go to staff, not to the customer.
    return ctx.loaders.childrenOf(Message, 'supportCase', { scheduledFor: 'asc' }, { kind: { $nin: [...STAFF_NOTICES] } }).load(c.id);
  }

  @FieldResolver(() => Feedback, { nullable: true, description: "K6: the customer's rating of the resolution (its AFTER_RESOLUTION answer), once given." })
  async resolutionFeedback(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    const [f] = await ctx.loaders.childrenOf(Feedback, 'supportCase', { createdAt: 'asc' }).load(c.id);
    return f ?? null;
  }

  @FieldResolver(() => [AvailableActionType], {
    description: 'What the caller can do now: REPLY, NOTE, PARK, ESCALATE, RESOLVE (blocked until the first response), REOPEN, ASSIGN, ASSIGN_TO_ME. Nothing once CLOSED.',
  })
  availableActions(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.availableActions(c, ctx.principal);
  }

  @FieldResolver(() => [ReplyTemplate], { description: 'K8: the reply templates for this case (its type\'s first), filled in.' })
  async replyTemplates(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    const customer = await ctx.loaders.related(Customer, c.customer);
    const order = c.order ? await ctx.loaders.related(Order, c.order) : null;
    return replyTemplates({
      brand: ctx.policy.brandName, customerName: customer?.name ?? '', orderRef: order?.externalRef ?? null, caseNumber: caseNumber(c.seq),
      caseType: c.type, team: c.team, expectBy: c.resolutionDueAt,
    }, 'CASE');
  }

  @FieldResolver(() => [User], { description: "Active people who can be assigned this case (its team's roles)." })
  assignableUsers(@Root() c: SupportCase, @Ctx() ctx: GraphQLContext) {
    // The case itself was read through its list's team scope; its team's people are loaded once per team.
    return ctx.loaders.keyed<Team, User[]>('case-assignees', (teams) => Promise.all(teams.map((team) => ctx.services.cases.assigneesOf(ctx.em, team)))).load(c.team);
  }
}

/** Order.supportCases and Customer.supportCases: the cases module's fields (orders sit below cases). */
@Resolver(() => Order)
export class OrderSupportCasesResolver {
  @FieldResolver(() => [SupportCase], { description: 'Cases about this order in the caller\'s teams, oldest first.' })
  supportCases(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.list.children(ctx, 'order', { createdAt: 'asc' }).load(order.id);
  }
}

@Resolver(() => Customer)
export class CustomerSupportCasesResolver {
  @FieldResolver(() => [SupportCase], { description: "The customer's cases in the caller's teams, newest first." })
  supportCases(@Root() customer: Customer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.list.children(ctx, 'customer', { createdAt: 'desc' }).load(customer.id);
  }

  @FieldResolver(() => [TimelineEntry], {
    description: 'The customer 360: orders, feedback, escalations, cases, messages and calls on one timeline, open items first, then newest first (page from 0, perPage up to 200).',
  })
  timeline(
    @Root() customer: Customer,
    @Arg('page', () => Int, { nullable: true, defaultValue: 0 }) page: number,
    @Arg('perPage', () => Int, { nullable: true, defaultValue: 50 }) perPage: number,
    @Arg('kinds', () => [TimelineKind], { nullable: true, description: 'Only these kinds (all when omitted); paging counts these only.' }) kinds: TimelineKind[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return customerTimeline(ctx.em, customer.id, page, perPage, kinds ?? null);
  }
}

/** Escalation.replyTemplates: K8's templates for a rating escalation (first contact, call script, updated rating). */
@Resolver(() => Escalation)
export class EscalationReplyTemplatesResolver {
  @FieldResolver(() => [ReplyTemplate], { description: 'K8: the reply templates for this escalation, filled in.' })
  async replyTemplates(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    const order = await ctx.loaders.related(Order, e.order);
    const customer = order ? await ctx.loaders.related(Customer, order.customer) : null;
    return replyTemplates({
      brand: ctx.policy.brandName, customerName: customer?.name ?? '', orderRef: order?.externalRef ?? null, caseNumber: null, caseType: null, team: e.team, expectBy: null,
    }, 'ESCALATION');
  }
}

/** Alert.supportCase: the case an alert is about, through the case list's scope (S2). */
@Resolver(() => Alert)
export class AlertSupportCaseResolver {
  @FieldResolver(() => SupportCase, { nullable: true })
  async supportCase(@Root() a: Alert, @Ctx() ctx: GraphQLContext) {
    if (!a.supportCase) return null;
    const [c] = await ctx.services.cases.list.children(ctx, 'id', { createdAt: 'asc' }).load(refId(a.supportCase)!);
    return c ?? null;
  }
}

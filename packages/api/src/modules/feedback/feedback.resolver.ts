import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { AvailableActionType } from '../../common/actions.types.js';
import { ListQueries } from '../../common/list-queries.js';
import { Message } from '../messaging/message.entity.js';
import { Order } from '../orders/order.entity.js';
import { CallTask } from './call-task.entity.js';
import { availableActions as callTaskActions, isCallTaskOverdue } from './call-task.policy.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import { CallTaskFilter, FeedbackFilter, SubmitFeedbackInput } from './feedback.inputs.js';
import { Feedback } from './feedback.entity.js';

@Resolver(() => Feedback)
export class FeedbackResolver extends ListQueries({ name: 'Feedback', type: Feedback, filter: FeedbackFilter, list: (ctx) => ctx.services.feedback.feedbackList }) {
  @Mutation(() => Feedback)
  submitFeedback(@Arg('input', () => SubmitFeedbackInput) input: SubmitFeedbackInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.feedback.submit(ctx.em, principalOf(ctx), input);
  }

  @Mutation(() => Feedback, {
    description:
      "R2: a 3-star customer's details, once, on that same feedback. Give `token` (the customer's details or rating link's token: no sign-in needed) or `feedbackId` (CX, or an API key with FEEDBACK_WRITE).",
  })
  addFeedbackDetails(
    @Arg('details', () => String) details: string,
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Arg('feedbackId', () => ID, { nullable: true }) feedbackId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.feedback.addDetails(ctx.em, ctx.principal ?? null, { token, feedbackId }, details);
  }

  @FieldResolver(() => Order)
  order(@Root() f: Feedback, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Order, f.order);
  }
}

/** An order's feedback loop: the feedback module's fields of Order (orders sit below feedback). */
@Resolver(() => Order)
export class OrderFeedbackResolver {
  @FieldResolver(() => [FeedbackRequest])
  feedbackRequests(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(FeedbackRequest, 'order', { createdAt: 'asc' }).load(order.id);
  }

  @FieldResolver(() => [Feedback])
  feedback(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.feedback.feedbackList.children(ctx, 'order', { createdAt: 'asc' }).load(order.id);
  }

  @FieldResolver(() => [CallTask])
  callTasks(@Root() order: Order, @Ctx() ctx: GraphQLContext) {
    return ctx.services.callTasks.callTaskList.children(ctx, 'order', { createdAt: 'asc' }).load(order.id);
  }
}

@Resolver(() => FeedbackRequest)
export class FeedbackRequestResolver {
  @FieldResolver(() => [Message], { description: 'Oldest first.' })
  messages(@Root() r: FeedbackRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Message, 'request', { scheduledFor: 'asc', createdAt: 'asc' }).load(r.id);
  }

  @FieldResolver(() => String, { description: "The customer's rating page for this request (a signed, unguessable URL)." })
  link(@Root() r: FeedbackRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.services.requests.linkFor(r);
  }
}

@Resolver(() => CallTask)
export class CallTaskResolver extends ListQueries({ name: 'CallTasks', type: CallTask, filter: CallTaskFilter, list: (ctx) => ctx.services.callTasks.callTaskList }) {
  @Mutation(() => CallTask, { description: 'Marks a call task DONE with what came out of the call.' })
  completeCallTask(@Arg('id', () => ID) id: string, @Arg('outcome', () => String) outcome: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.callTasks.complete(ctx.em, principalOf(ctx), id, outcome);
  }

  @FieldResolver(() => Order)
  order(@Root() t: CallTask, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Order, t.order);
  }

  @FieldResolver(() => [AvailableActionType], { description: 'What the caller can do now: COMPLETE (completeCallTask) while the task is OPEN.' })
  availableActions(@Root() t: CallTask, @Ctx() ctx: GraphQLContext) {
    return callTaskActions(t, ctx.principal ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'C1: still OPEN after dueAt (by the server clock).' })
  overdue(@Root() t: CallTask, @Ctx() ctx: GraphQLContext) {
    return isCallTaskOverdue(t, ctx.clock.now());
  }
}

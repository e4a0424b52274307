import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { NotYetAvailableError } from '../../common/not-yet.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { Message } from '../messaging/message.entity.js';
import { Order } from '../orders/order.entity.js';
import { FeedbackRequest } from './feedback-request.entity.js';
import { SubmitFeedbackInput } from './feedback.inputs.js';
import { Feedback } from './feedback.entity.js';

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Mutation(() => Feedback)
  submitFeedback(@Arg('input', () => SubmitFeedbackInput) _input: SubmitFeedbackInput): Feedback {
    throw new NotYetAvailableError('submitFeedback');
  }

  @FieldResolver(() => Order)
  order(@Root() f: Feedback, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.byId(Order).load(f.order.id);
  }

  @FieldResolver(() => Escalation, { nullable: true })
  async escalation(@Root() f: Feedback, @Ctx() ctx: GraphQLContext) {
    const list = await ctx.loaders.childrenOf(Escalation, 'feedback', { createdAt: 'asc' }).load(f.id);
    return list[0] ?? null;
  }
}

@Resolver(() => FeedbackRequest)
export class FeedbackRequestResolver {
  @FieldResolver(() => [Message], { description: 'Oldest first.' })
  messages(@Root() r: FeedbackRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Message, 'request', { scheduledFor: 'asc' }).load(r.id);
  }

  @FieldResolver(() => String, { description: "The customer's rating page for this request (a signed, unguessable URL)." })
  link(@Root() r: FeedbackRequest, @Ctx() ctx: GraphQLContext) {
    return ctx.services.access.ratingLink(r.id, r.expiresAt);
  }
}

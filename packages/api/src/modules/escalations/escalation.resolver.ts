import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { Channel, EscalationCategory } from '../../common/enums.js';
import { NotYetAvailableError } from '../../common/not-yet.js';
import { User } from '../access/user.entity.js';
import { Feedback } from '../feedback/feedback.entity.js';
import { Order } from '../orders/order.entity.js';
import { Escalation } from './escalation.entity.js';
import { Interaction } from './interaction.entity.js';

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => Escalation, { nullable: true })
  escalation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.get(ctx.em, ctx.principal, id);
  }

  @Mutation(() => Escalation)
  logEscalationContact(
    @Arg('escalationId', () => ID) _id: string,
    @Arg('channel', () => Channel) _channel: Channel,
    @Arg('summary', () => String) _summary: string,
  ): Escalation {
    throw new NotYetAvailableError('logEscalationContact');
  }

  @Mutation(() => Escalation)
  categorizeEscalation(@Arg('escalationId', () => ID) _id: string, @Arg('category', () => EscalationCategory) _c: EscalationCategory): Escalation {
    throw new NotYetAvailableError('categorizeEscalation');
  }

  @Mutation(() => Escalation)
  resolveEscalation(@Arg('escalationId', () => ID) _id: string, @Arg('resolution', () => String) _r: string): Escalation {
    throw new NotYetAvailableError('resolveEscalation');
  }

  @FieldResolver(() => Order)
  order(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.byId(Order).load(e.order.id);
  }

  @FieldResolver(() => Feedback, { nullable: true })
  feedback(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return e.feedback ? ctx.loaders.byId(Feedback).load(e.feedback.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return e.assignee ? ctx.loaders.byId(User).load(e.assignee.id) : null;
  }

  @FieldResolver(() => Boolean)
  slaBreached(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.slaBreached(e, ctx.clock.now());
  }

  @FieldResolver(() => [Interaction], { description: 'Oldest first.' })
  interactions(@Root() e: Escalation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.childrenOf(Interaction, 'escalation', { at: 'asc' }).load(e.id);
  }
}

@Resolver(() => Interaction)
export class InteractionResolver {
  @FieldResolver(() => User, { nullable: true })
  by(@Root() i: Interaction, @Ctx() ctx: GraphQLContext) {
    return i.by ? ctx.loaders.byId(User).load(i.by.id) : null;
  }
}

import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { AlertKind, Role } from '../../common/enums.js';
import { ListArgs, ListMetadata } from '../../common/list-args.js';
import { User } from '../access/user.entity.js';
import { Alert } from './alert.entity.js';
import { Escalation } from './escalation.entity.js';

@InputType()
export class AlertFilter {
  @Field(() => [AlertKind], { nullable: true }) kind?: AlertKind[] | null;
  @Field(() => Role, { nullable: true }) forRole?: Role | null;
  @Field(() => Boolean, { nullable: true }) acknowledged?: boolean | null;
  @Field(() => ID, { nullable: true }) escalationId?: string | null;
}

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => [Alert], { description: 'Alerts for the teams (new escalations, SLA breaches, automatic vendor actions), newest first.' })
  allAlerts(@Args(() => ListArgs) args: ListArgs, @Arg('filter', () => AlertFilter, { nullable: true }) filter: AlertFilter | null, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.alerts(ctx.em, ctx.principal, args, filter);
  }

  @Query(() => ListMetadata)
  async _allAlertsMeta(@Args(() => ListArgs) _a: ListArgs, @Arg('filter', () => AlertFilter, { nullable: true }) filter: AlertFilter | null, @Ctx() ctx: GraphQLContext) {
    return { count: await ctx.services.escalations.countAlerts(ctx.em, ctx.principal, filter) };
  }

  @Mutation(() => Alert, { description: 'Marks an alert as seen by the caller.' })
  acknowledgeAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.escalations.acknowledgeAlert(ctx.em, principalOf(ctx), id);
  }

  @FieldResolver(() => Escalation)
  escalation(@Root() a: Alert, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(Escalation, a.escalation);
  }

  @FieldResolver(() => User, { nullable: true })
  acknowledgedBy(@Root() a: Alert, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, a.acknowledgedBy);
  }
}

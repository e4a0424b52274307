import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { ListQueries } from '../../common/list-queries.js';
import { User } from '../access/user.entity.js';
import { Alert } from './alert.entity.js';
import { AlertFilter } from './alert.inputs.js';

// Alert.escalation is the escalations module's field (AlertEscalationResolver): escalations sit above alerts.
@Resolver(() => Alert)
export class AlertResolver extends ListQueries({
  name: 'Alerts', type: Alert, filter: AlertFilter, list: (ctx) => ctx.services.alerts.list,
  description: 'Alerts for the teams (new escalations, SLA breaches, automatic vendor actions), newest first.',
}) {
  @Mutation(() => Alert, { description: 'Marks an alert as seen by the caller.' })
  acknowledgeAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.alerts.acknowledge(ctx.em, principalOf(ctx), id);
  }

  @FieldResolver(() => User, { nullable: true })
  acknowledgedBy(@Root() a: Alert, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.related(User, a.acknowledgedBy);
  }
}

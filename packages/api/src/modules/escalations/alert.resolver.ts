import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { principalOf, type GraphQLContext } from '../../context.js';
import { ListQueries } from '../../common/list-queries.js';
import { User } from '../access/user.entity.js';
import { Alert } from './alert.entity.js';
import { Escalation } from './escalation.entity.js';
import { AlertFilter } from './escalation.inputs.js';

@Resolver(() => Alert)
export class AlertResolver extends ListQueries({
  name: 'Alerts', type: Alert, filter: AlertFilter, list: (ctx) => ctx.services.escalations.alertList,
  description: 'Alerts for the teams (new escalations, SLA breaches, automatic vendor actions), newest first.',
}) {
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

// The GraphQL schema, built from the resolvers (code first). schema.graphql at the repository
// root is generated from this and must keep the public contract.
import 'reflect-metadata';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import './common/enums.js';
import { DateTimeScalar } from './common/date-time.scalar.js';
import { DomainError } from './common/errors.js';
import type { GraphQLContext } from './context.js';
import { decideAccess } from './modules/access/access.policy.js';
import { AccessResolver } from './modules/access/access.resolver.js';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver.js';
import { EscalationResolver, InteractionResolver } from './modules/escalations/escalation.resolver.js';
import { CallTaskResolver, FeedbackRequestResolver, FeedbackResolver } from './modules/feedback/feedback.resolver.js';
import { CustomerResolver, OrderResolver } from './modules/orders/order.resolver.js';
import { ReviewResolver } from './modules/reviews/review.resolver.js';
import { VendorActionResolver, VendorResolver } from './modules/vendors/vendor.resolver.js';

export const RESOLVERS = [
  AccessResolver, OrderResolver, CustomerResolver, VendorResolver, VendorActionResolver, FeedbackResolver,
  FeedbackRequestResolver, CallTaskResolver, EscalationResolver, InteractionResolver, ReviewResolver, AnalyticsResolver,
] as const;

/** S1, S2: every root field passes the access table before its resolver runs. */
const accessGuard: MiddlewareFn<GraphQLContext & { authError?: DomainError }> = async ({ info, context }, next) => {
  const root = info.parentType.name;
  if (root === 'Query' || root === 'Mutation') {
    const decision = decideAccess(info.fieldName, context.principal);
    if (!decision.allowed) {
      // A caller who sent a bad or expired credential learns that, rather than "forbidden".
      if (context.authError) throw context.authError;
      throw new DomainError(decision.code, decision.message, { details: { operation: info.fieldName } });
    }
  }
  return next();
};

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as never,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    globalMiddlewares: [accessGuard],
    validate: false,
    emitSchemaFile: false,
  });
}

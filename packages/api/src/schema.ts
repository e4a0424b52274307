// The GraphQL schema, built from the resolvers (code first). schema.graphql at the repository
// root is generated from this and must keep the public contract.
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import './graphql-enums.js';
import { DateTimeScalar } from './common/date-time.scalar.js';
import { AccessResolver, ApiKeyResolver, AuditEventResolver } from './modules/access/access.resolver.js';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver.js';
import { AlertResolver } from './modules/alerts/alert.resolver.js';
import { AlertEscalationResolver, EscalationResolver, FeedbackEscalationResolver, InteractionResolver, OrderEscalationsResolver } from './modules/escalations/escalation.resolver.js';
import { CallTaskResolver, FeedbackRequestResolver, FeedbackResolver, OrderFeedbackResolver } from './modules/feedback/feedback.resolver.js';
import { MessageResolver } from './modules/messaging/message.resolver.js';
import { CustomerResolver, OrderResolver } from './modules/orders/order.resolver.js';
import { InboxResolver } from './modules/support-cases/inbox.resolver.js';
import { ReceiptResolver } from './modules/money/receipt.resolver.js';
import { MoneyRequestResolver, OrderMoneyResolver } from './modules/money/money.resolver.js';
import { AlertSupportCaseResolver, CustomerSupportCasesResolver, EscalationReplyTemplatesResolver, OrderSupportCasesResolver, SupportCaseResolver } from './modules/support-cases/support-case.resolver.js';
import { PublicationResolver, ReviewResolver } from './modules/reviews/review.resolver.js';
import { VendorActionResolver, VendorResolver, VendorScorecardResolver } from './modules/vendors/vendor.resolver.js';

export const RESOLVERS = [
  AccessResolver, ApiKeyResolver, AuditEventResolver, OrderResolver, CustomerResolver, VendorResolver, VendorScorecardResolver, VendorActionResolver, FeedbackResolver,
  FeedbackRequestResolver, CallTaskResolver, EscalationResolver, InteractionResolver, AlertResolver, ReviewResolver, PublicationResolver, AnalyticsResolver, MessageResolver,
  // Fields a module adds to a lower module's type (Order.feedback, Order.escalations, Feedback.escalation, Alert.escalation …).
  OrderFeedbackResolver, OrderEscalationsResolver, FeedbackEscalationResolver, AlertEscalationResolver,
  SupportCaseResolver, InboxResolver, MoneyRequestResolver, OrderMoneyResolver, EscalationReplyTemplatesResolver, OrderSupportCasesResolver, CustomerSupportCasesResolver, AlertSupportCaseResolver,
  ReceiptResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as never,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
}

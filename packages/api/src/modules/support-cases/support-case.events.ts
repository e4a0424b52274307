// What the support-cases module publishes (common/events.ts); the feedback module subscribes in src/services.ts.
import type { EntityRef } from '../../common/entity-ref.js';
import type { Customer } from '../orders/customer.entity.js';
import type { Order } from '../orders/order.entity.js';

export interface SupportCaseEvents {
  /** K6: resolved; the feedback module asks the customer to rate the resolution (when the case has an order). */
  CaseResolved: { supportCase: EntityRef; order: Order | null; customer: Customer; at: Date };
}

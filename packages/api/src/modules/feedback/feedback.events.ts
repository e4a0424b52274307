// What the feedback module publishes (common/events.ts); escalations subscribe in src/services.ts.
import type { Actor } from '../access/principal.js';
import type { Order } from '../orders/order.entity.js';
import type { Feedback } from './feedback.entity.js';

export interface FeedbackEvents {
  /**
   * An answer recorded, after its request was closed (F2) and before the customer's follow-up
   * messages: `reRatedEscalationId` is the resolved escalation an AFTER_RESOLUTION answer re-rates
   * (E4 closes it), `escalate` says the routing sends the answer to CX (R1 opens an escalation).
   */
  FeedbackSubmitted: { feedback: Feedback; order: Order; actor: Actor; at: Date; escalate: boolean; reRatedEscalationId: string | null };
}

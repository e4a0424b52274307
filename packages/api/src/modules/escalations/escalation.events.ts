// What the escalations module publishes (common/events.ts); feedback and vendors subscribe in src/services.ts.
import type { Order } from '../orders/order.entity.js';
import type { Escalation } from './escalation.entity.js';

export interface EscalationEvents {
  /** RESOLVED (resolveEscalation), flushed and audited: E3 asks for the updated rating, C2 for a call. */
  EscalationResolved: { escalation: Escalation; order: Order; at: Date };
  /** Categorised into a vendor-attributed complaint (V1) it was not before, flushed: V2 counts the vendor's complaints. */
  VendorComplaint: { vendorId: string; escalationId: string; orderId: string; at: Date };
}

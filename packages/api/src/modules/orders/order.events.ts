// What the orders module publishes (common/events.ts); the feedback loop subscribes in src/services.ts.
import type { Order } from './order.entity.js';

export interface OrderEvents {
  /** Paid and COMPLETED (completeOrder), flushed: F1 opens the feedback request, C1 the call task. */
  OrderCompleted: { order: Order; at: Date };
  /** The vendor has the device (advanceOrder to PICKED_UP): F6 asks about the pickup. */
  OrderPickedUp: { order: Order; at: Date };
  /** Sent back after payment (advanceOrder): the order's open feedback requests are cancelled. */
  OrderReturnedAfterPayment: { order: Order; at: Date };
}

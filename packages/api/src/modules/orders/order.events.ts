// What the orders module publishes (common/events.ts); the feedback loop subscribes in src/services.ts.
import type { CancellationReason } from '../../common/enums.js';
import type { Order } from './order.entity.js';

export interface OrderEvents {
  /** Paid and COMPLETED (completeOrder), flushed: F1 opens the feedback request, C1 the call task. */
  OrderCompleted: { order: Order; at: Date };
  /** The vendor has the device (advanceOrder to PICKED_UP): F6 asks about the pickup. */
  OrderPickedUp: { order: Order; at: Date };
  /**
   * CANCELLED (cancelOrder, or advanceOrder with no reason: null), flushed. For the modules that
   * react to why (money M1: goodwill after VENDOR_NO_SHOW / VENDOR_NO_RESPONSE; support cases:
   * the case it was asked in). Nothing subscribes yet.
   */
  OrderCancelled: { order: Order; reason: CancellationReason | null; at: Date; caseId: string | null };
  /** Sent back after payment (advanceOrder): the order's open feedback requests are cancelled. */
  OrderReturnedAfterPayment: { order: Order; at: Date };
}

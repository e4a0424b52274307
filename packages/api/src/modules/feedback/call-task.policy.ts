// C1: which completed orders CX or Sales must call, and why.
import { CallReason } from '../../common/enums.js';

export function decideCallReasons(
  order: { finalPrice: number | null; quotedPrice: number; corporate: boolean; completedOrdersIncludingThis: number },
  highValueThreshold: number,
): CallReason[] {
  const reasons: CallReason[] = [];
  if ((order.finalPrice ?? order.quotedPrice) >= highValueThreshold) reasons.push(CallReason.HIGH_VALUE);
  if (order.corporate) reasons.push(CallReason.CORPORATE);
  if (order.completedOrdersIncludingThis >= 2) reasons.push(CallReason.REPEAT_CUSTOMER);
  return reasons;
}

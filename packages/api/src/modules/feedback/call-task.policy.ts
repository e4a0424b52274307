// C1: which completed orders CX or Sales must call, and why; and the actions a call task offers.
import { offer, type AvailableAction } from '../../common/actions.js';
import { CallReason, CallTaskStatus } from '../../common/enums.js';
import { decideAccess } from '../access/access.policy.js';
import type { Principal } from '../access/principal.js';

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

/** Why completeCallTask refuses this task now (null: it may be completed): a call is logged once. */
export function completionRefusal(task: { status: CallTaskStatus }): string | null {
  return task.status === CallTaskStatus.OPEN ? null : 'This call task is already done.';
}

/**
 * C1: a call task is overdue once its due time (completion + 24 h) has passed and nobody has made
 * the call yet. The panel shows it apart from new ones; a done task is never overdue.
 */
export function isCallTaskOverdue(task: { status: CallTaskStatus; dueAt: Date }, now: Date): boolean {
  return task.status === CallTaskStatus.OPEN && now.getTime() > task.dueAt.getTime();
}

export type CallTaskAction = 'COMPLETE';

/** What the caller can do with a call task: COMPLETE while it is open, for whoever may call completeCallTask. */
export function availableActions(task: { status: CallTaskStatus }, principal: Principal | null): AvailableAction<CallTaskAction>[] {
  if (!principal || !decideAccess('completeCallTask', principal).allowed) return [];
  return completionRefusal(task) ? [] : [offer('COMPLETE')];
}

// ORDER_INVALID_TRANSITION (→ CANCELLED) and SOP 002 "Request for cancellation": the reason is
// confirmed with the customer, and only an order whose device is still with the customer
// (CREATED, PICKUP_SCHEDULED) is cancelled.
import type { Refusal } from '../../common/decision.js';
import { CancellationReason, OrderStatus } from '../../common/enums.js';
import { checkTransition } from '../../common/state-machine.js';
import { ORDER_TRANSITIONS } from './order-state.js';

export const MAX_CANCELLATION_NOTE = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statuses the lifecycle table lets go to CANCELLED, read from it rather than repeated. */
export const CANCELLABLE_STATES: readonly OrderStatus[] = (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter(
  (s) => checkTransition(ORDER_TRANSITIONS, s, OrderStatus.CANCELLED).allowed,
);

/** Why an order in this status cannot be cancelled, or null when it can. */
export function cancelRefusal(status: OrderStatus): Refusal | null {
  if (CANCELLABLE_STATES.includes(status)) return null;
  const only = `only ${CANCELLABLE_STATES.join(' or ')} orders can be cancelled`;
  const message =
    status === OrderStatus.CANCELLED
      ? 'This order is already cancelled; it cannot be cancelled again.'
      : status === OrderStatus.COMPLETED || status === OrderStatus.RETURNED
        ? `A ${status} order cannot be cancelled; ${only}.` + (status === OrderStatus.COMPLETED ? ' A device returned after payment is RETURNED (FINANCE).' : '')
        : `A ${status} order cannot be cancelled: the vendor has the device, so ${only}. If the customer no longer wants to sell, the device goes back to them: RETURNED.`;
  return { ok: false, code: 'SOP_VIOLATION', rule: 'ORDER_INVALID_TRANSITION', message };
}

export interface CancelInput {
  reason: CancellationReason;
  note?: string | null;
  /** The support case the customer asked in (optional; stored on the audit event). */
  caseId?: string | null;
}

export type CancelDecision =
  | { ok: true; from: OrderStatus; reason: CancellationReason; note: string | null; caseId: string | null }
  | Refusal;

const bad = (field: string, message: string): Refusal => ({ ok: false, code: 'BAD_USER_INPUT', field, message });

/** cancelOrder: the input first (what the agent can fix in the dialog), then the order's status. */
export function decideCancel(order: { status: OrderStatus }, input: CancelInput): CancelDecision {
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_CANCELLATION_NOTE) {
    return bad('note', `The note can be at most ${MAX_CANCELLATION_NOTE.toLocaleString('en-IN')} characters.`);
  }
  if (input.reason === CancellationReason.OTHER && !note) {
    return bad('note', 'With reason OTHER, write in the note why the customer cancels.');
  }
  const caseId = input.caseId?.trim() || null;
  if (caseId && !UUID.test(caseId)) return bad('caseId', 'caseId must be a support case id (UUID).');
  return cancelRefusal(order.status) ?? { ok: true, from: order.status, reason: input.reason, note, caseId };
}

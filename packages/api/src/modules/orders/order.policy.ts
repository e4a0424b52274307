// SOP_RULES "Orders": ORDER_INVALID_TRANSITION, ORDER_NEEDS_VENDOR, VENDOR_NOT_ACTIVE and the
// createOrder idempotency rule, as pure decisions; and the actions an order offers (availableActions).
import { createHash } from 'node:crypto';
import { blocked, offer, type AvailableAction } from '../../common/actions.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import { DeviceCategory, OrderStatus, Role, VendorStatus } from '../../common/enums.js';
import { decideAccess } from '../access/access.policy.js';
import { rolesOf, type Principal } from '../access/principal.js';
import { TAKES_ORDERS } from '../vendors/vendor.policy.js';
import { cancelRefusal } from './cancellation.policy.js';
import { CLOSED_ORDER_STATES, ORDER_TRANSITIONS } from './order-state.js';

import type { Refusal } from '../../common/decision.js';

const refuse = (rule: string, message: string): Refusal => ({ ok: false, code: 'SOP_VIOLATION', rule, message });

export interface OrderSnapshot {
  status: OrderStatus;
  vendorId: string | null;
  paymentReference: string | null;
}

export type AdvanceDecision = { ok: true; to: OrderStatus; finalPrice?: number; cancelsFeedback: boolean } | Refusal;

export function decideAdvance(
  order: OrderSnapshot,
  to: OrderStatus,
  finalPrice: number | null | undefined,
  roles: readonly Role[],
  isUser: boolean,
): AdvanceDecision {
  if (to === OrderStatus.COMPLETED) {
    return refuse('ORDER_INVALID_TRANSITION', 'An order is completed by completeOrder, with the payment reference, once payment succeeded.');
  }
  if (finalPrice != null && to !== OrderStatus.INSPECTED) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'finalPrice', message: 'finalPrice is set only when the order is advanced to INSPECTED.' };
  }
  if (finalPrice != null && (!Number.isInteger(finalPrice) || finalPrice <= 0)) {
    return { ok: false, code: 'BAD_USER_INPUT', field: 'finalPrice', message: 'finalPrice must be a whole number of rupees above 0.' };
  }
  // FINANCE's part of the order lifecycle is the device return; the rest is CX's.
  if (isUser && !roles.includes(Role.ADMIN) && !roles.some((r) => r === Role.CX_AGENT || r === Role.CX_LEAD) && to !== OrderStatus.RETURNED) {
    return { ok: false, code: 'FORBIDDEN', message: 'FINANCE may only mark an order RETURNED; other order steps are for CX.' };
  }
  // Cancelling is one decision, whichever mutation asks (cancelOrder, or advanceOrder without a reason).
  if (to === OrderStatus.CANCELLED) {
    return cancelRefusal(order.status) ?? { ok: true, to, finalPrice: undefined, cancelsFeedback: false };
  }
  const t = checkTransition(ORDER_TRANSITIONS, order.status, to, roles);
  if (!t.allowed) {
    if (t.reason === 'ROLE_REQUIRED') {
      return refuse('ORDER_INVALID_TRANSITION', `A ${order.status} order can go to ${to} only by ${t.roles.join(' or ')} (a device return after payment).`);
    }
    const allowed = ORDER_TRANSITIONS[order.status].to.filter((s) => s !== OrderStatus.COMPLETED);
    return refuse(
      'ORDER_INVALID_TRANSITION',
      `A ${order.status} order cannot go to ${to}.` + (allowed.length ? ` It can go to ${allowed.join(' or ')}.` : ' It is closed.'),
    );
  }
  return {
    ok: true,
    to,
    finalPrice: finalPrice ?? undefined,
    cancelsFeedback: order.status === OrderStatus.COMPLETED && to === OrderStatus.RETURNED,
  };
}

export type CompletionDecision = { ok: true; kind: 'COMPLETE' } | { ok: true; kind: 'ALREADY_COMPLETED' } | Refusal;

/** completeOrder = payment successful. */
export function decideCompletion(order: OrderSnapshot, paymentReference: string): CompletionDecision {
  if (order.status === OrderStatus.COMPLETED && order.paymentReference === paymentReference) {
    return { ok: true, kind: 'ALREADY_COMPLETED' };
  }
  return completionRefusal(order) ?? { ok: true, kind: 'COMPLETE' };
}

/** What completing needs whatever the payment reference: status INSPECTED and a vendor. */
function completionRefusal(order: OrderSnapshot): Refusal | null {
  if (order.status !== OrderStatus.INSPECTED) {
    const hint =
      order.status === OrderStatus.COMPLETED
        ? ' It was already completed with another payment reference.'
        : ' Advance it through pickup and inspection first.';
    return refuse('ORDER_INVALID_TRANSITION', `Only an INSPECTED order can be completed; this one is ${order.status}.${hint}`);
  }
  if (!order.vendorId) {
    return refuse('ORDER_NEEDS_VENDOR', 'Assign the vendor who picked up and paid for the device (assignVendor) before completing the order.');
  }
  return null;
}

export type AssignDecision = { ok: true; kind: 'UNCHANGED' | 'ASSIGN' | 'REPLACE' } | Refusal;

export function decideVendorAssignment(
  order: OrderSnapshot,
  vendor: { id: string; status: VendorStatus; name: string },
): AssignDecision {
  const closed = vendorChangeRefusal(order);
  if (closed) return closed;
  if (order.vendorId === vendor.id) return { ok: true, kind: 'UNCHANGED' };
  const notActive = checkVendorActive(vendor);
  if (notActive) return notActive;
  return { ok: true, kind: order.vendorId ? 'REPLACE' : 'ASSIGN' };
}

/** A closed order keeps its vendor, whichever vendor is offered. */
function vendorChangeRefusal(order: OrderSnapshot): Refusal | null {
  if (!CLOSED_ORDER_STATES.includes(order.status)) return null;
  return refuse('ORDER_INVALID_TRANSITION', `The order is ${order.status}; its vendor can no longer change.`);
}

export type OrderAction = `ADVANCE_TO_${OrderStatus}` | 'RESCHEDULE' | 'CANCEL' | 'COMPLETE' | 'ASSIGN_VENDOR';

/** The statuses advanceOrder would accept now from this caller: none for one who may not call it. */
export function nextStatuses(order: OrderSnapshot, principal: Principal | null): OrderStatus[] {
  if (!principal || !decideAccess('advanceOrder', principal).allowed) return [];
  return Object.values(OrderStatus).filter((to) => decideAdvance(order, to, null, rolesOf(principal), principal.kind === 'USER').ok);
}

/**
 * What the caller can do with this order now: the lifecycle steps advanceOrder would accept from
 * them (ADVANCE_TO_<status>, as nextStatuses, except CANCELLED), RESCHEDULE then CANCEL while
 * the order can be cancelled, COMPLETE (payment) once INSPECTED — blocked until a vendor is
 * assigned (ORDER_NEEDS_VENDOR) — and ASSIGN_VENDOR until the order is closed. Only what the
 * caller's role or API key may call (the access table) is listed.
 *
 * Cancelling is offered as CANCEL (cancelOrder, with the reason confirmed with the customer),
 * not as ADVANCE_TO_CANCELLED: advanceOrder still accepts CANCELLED for the partners that send
 * it, but records no reason. RESCHEDULE has no mutation: it is SOP 002's first step, offering
 * the customer another pickup slot before cancelling, listed first so the client asks it first.
 */
export function availableActions(order: OrderSnapshot, principal: Principal | null, _settings: PolicySettings): AvailableAction<OrderAction>[] {
  if (!principal) return [];
  const may = (operation: string) => decideAccess(operation, principal).allowed;
  const out: AvailableAction<OrderAction>[] = nextStatuses(order, principal)
    .filter((to) => to !== OrderStatus.CANCELLED)
    .map((to) => offer(`ADVANCE_TO_${to}`));
  if (may('cancelOrder') && !cancelRefusal(order.status)) out.push(offer('RESCHEDULE'), offer('CANCEL'));
  if (may('completeOrder')) {
    const refusal = completionRefusal(order);
    if (!refusal) out.push(offer('COMPLETE'));
    else if (refusal.code === 'SOP_VIOLATION' && refusal.rule === 'ORDER_NEEDS_VENDOR') {
      out.push(blocked('COMPLETE', 'Assign the vendor who picked up the device before recording the payment (ORDER_NEEDS_VENDOR).'));
    }
  }
  if (may('assignVendor') && !vendorChangeRefusal(order)) out.push(offer('ASSIGN_VENDOR'));
  return out;
}

export function checkVendorActive(vendor: { status: VendorStatus; name: string }): Refusal | null {
  if (TAKES_ORDERS.includes(vendor.status)) return null;
  return refuse('VENDOR_NOT_ACTIVE', `${vendor.name} is ${vendor.status} and gets no new orders; choose an ACTIVE vendor.`);
}

export interface NormalisedOrderInput {
  externalRef: string;
  customer: { name: string; phone: string; email: string | null; corporate: boolean; hasWhatsapp: boolean | null };
  deviceCategory: DeviceCategory;
  deviceModel: string;
  quotedPrice: number;
  pincode: string | null;
  vendorId: string | null;
}

/**
 * A known customer (matched by phone) keeps the record CX holds: a partner's order cannot
 * change another order's customer by knowing their phone. The details that differ are named
 * on the order's audit event for CX to confirm with the customer.
 */
export function customerDetailsNotApplied(
  existing: { name: string; email?: string | null; corporate: boolean; hasWhatsapp: boolean },
  given: NormalisedOrderInput['customer'],
): string[] {
  const differ: string[] = [];
  if (given.name.trim().toLowerCase() !== existing.name.trim().toLowerCase()) differ.push('name');
  if (given.email != null && given.email.toLowerCase() !== (existing.email ?? '').toLowerCase()) differ.push('email');
  if (given.corporate !== existing.corporate) differ.push('corporate');
  if (given.hasWhatsapp != null && given.hasWhatsapp !== existing.hasWhatsapp) differ.push('hasWhatsapp');
  return differ;
}

/** Same normalised input ⇒ same fingerprint: a partner's retry is recognised, a different order under a reused ref is not. */
export function orderFingerprint(input: NormalisedOrderInput): string {
  const canonical = JSON.stringify([
    input.externalRef, input.customer.name, input.customer.phone, input.customer.email, input.customer.corporate,
    // Only a stated hasWhatsapp counts, so older clients that never send it keep their fingerprints.
    ...(input.customer.hasWhatsapp === null ? [] : [input.customer.hasWhatsapp]),
    input.deviceCategory, input.deviceModel, input.quotedPrice, input.pincode, input.vendorId,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface RawOrderInput {
  externalRef: string;
  customer: { name: string; phone: string; email?: string | null; corporate?: boolean | null; hasWhatsapp?: boolean | null };
  deviceCategory: DeviceCategory;
  deviceModel: string;
  quotedPrice: number;
  pincode?: string | null;
  vendorId?: string | null;
}

const badField = (field: string, message: string): Refusal => ({ ok: false, code: 'BAD_USER_INPUT', field, message });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates createOrder's input and puts it in one canonical form (phone as E.164). */
export function normaliseOrderInput(
  raw: RawOrderInput,
  normalisePhone: (p: string) => string | null,
): { ok: true; value: NormalisedOrderInput } | Refusal {
  const externalRef = raw.externalRef.trim();
  if (!externalRef || externalRef.length > 100) return badField('externalRef', 'externalRef must be 1 to 100 characters.');
  const name = raw.customer.name.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) return badField('customer.name', "Enter the customer's name (at most 200 characters).");
  const phone = normalisePhone(raw.customer.phone);
  if (!phone) return badField('customer.phone', `"${raw.customer.phone}" is not a valid mobile number; send 10 digits or +91 followed by 10 digits.`);
  const email = raw.customer.email?.trim().toLowerCase() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return badField('customer.email', `"${raw.customer.email}" is not a valid email address.`);
  const deviceModel = raw.deviceModel.trim();
  if (!deviceModel || deviceModel.length > 200) return badField('deviceModel', 'Enter the device model (at most 200 characters).');
  if (!Number.isInteger(raw.quotedPrice) || raw.quotedPrice <= 0 || raw.quotedPrice > 10_000_000) {
    return badField('quotedPrice', 'quotedPrice must be a whole number of rupees between 1 and 1,00,00,000.');
  }
  const pincode = raw.pincode?.trim() || null;
  if (pincode && !/^[1-9]\d{5}$/.test(pincode)) return badField('pincode', `"${raw.pincode}" is not a 6-digit Indian pincode.`);
  const vendorId = raw.vendorId?.trim() || null;
  if (vendorId && !UUID.test(vendorId)) return badField('vendorId', 'vendorId must be a vendor id (UUID).');
  return {
    ok: true,
    value: {
      externalRef,
      customer: { name, phone, email, corporate: raw.customer.corporate ?? false, hasWhatsapp: raw.customer.hasWhatsapp ?? null },
      deviceCategory: raw.deviceCategory,
      deviceModel,
      quotedPrice: raw.quotedPrice,
      pincode,
      vendorId,
    },
  };
}

// V1–V3: manual hold and reinstatement of vendors, automatic holds, complaints; and the
// actions a vendor offers its caller (availableActions).
import { offer, type AvailableAction } from '../../common/actions.js';
import type { Refusal } from '../../common/decision.js';
import type { PolicySettings } from '../../common/policy-settings.js';
import { checkTransition } from '../../common/state-machine.js';
import { EscalationCategory, Role, VendorActionKind, VendorStatus } from '../../common/enums.js';
import { decideAccess } from '../access/access.policy.js';
import { rolesOf, type Principal } from '../access/principal.js';
import { ACTION_TARGET, VENDOR_TRANSITIONS } from './vendor-state.js';

/** V3: the statuses whose vendors take new orders (assignVendor, createOrder's vendorId); held vendors do not. */
export const TAKES_ORDERS: readonly VendorStatus[] = [VendorStatus.ACTIVE];

export type VendorActionDecision = { ok: true; kind: VendorActionKind; to: VendorStatus; reason: string } | Refusal;

export function decideManualAction(
  vendor: { status: VendorStatus; name: string },
  kind: VendorActionKind.HOLD | VendorActionKind.REINSTATE,
  reason: string,
  roles: readonly Role[],
): VendorActionDecision {
  const why = reason.trim();
  if (!why) return { ok: false, code: 'BAD_USER_INPUT', field: 'reason', message: 'Give a reason: it is kept on the vendor\'s history.' };
  if (why.length > 2000) return { ok: false, code: 'BAD_USER_INPUT', field: 'reason', message: 'The reason can be at most 2,000 characters.' };
  return manualActionRefusal(vendor, kind, roles) ?? { ok: true, kind, to: ACTION_TARGET[kind], reason: why };
}

/** Whether the vendor's status lets these roles hold or reinstate it (the reason aside). */
function manualActionRefusal(vendor: { status: VendorStatus; name: string }, kind: VendorActionKind, roles: readonly Role[]): Refusal | null {
  const to = ACTION_TARGET[kind];
  if (vendor.status === to) {
    return { ok: false, code: 'CONFLICT', message: `${vendor.name} is already ${to}.` };
  }
  const t = checkTransition(VENDOR_TRANSITIONS, vendor.status, to, roles);
  if (!t.allowed) {
    if (t.reason === 'ROLE_REQUIRED') {
      return { ok: false, code: 'FORBIDDEN', message: `Reinstating a ${vendor.status} vendor needs ${t.roles.join(' or ')}.` };
    }
    return { ok: false, code: 'CONFLICT', message: `A ${vendor.status} vendor cannot be put ${to}.` };
  }
  return null;
}

export type VendorActionName = 'HOLD' | 'REINSTATE';

const MANUAL: readonly [VendorActionName, VendorActionKind.HOLD | VendorActionKind.REINSTATE, string][] = [
  ['HOLD', VendorActionKind.HOLD, 'holdVendor'],
  ['REINSTATE', VendorActionKind.REINSTATE, 'reinstateVendor'],
];

/**
 * What the caller can do with this vendor now (V3): HOLD an ACTIVE vendor, REINSTATE one ON_HOLD,
 * or DEACTIVATED when the caller is ADMIN. Listed only when the caller may call the mutation and
 * the vendor lifecycle lets their roles make the move; nothing here is ever blocked.
 */
export function availableActions(vendor: { status: VendorStatus; name: string }, principal: Principal | null, _settings: PolicySettings): AvailableAction<VendorActionName>[] {
  if (!principal) return [];
  return MANUAL.filter(([, kind, operation]) => decideAccess(operation, principal).allowed && !manualActionRefusal(vendor, kind, rolesOf(principal))).map(
    ([action]) => offer(action),
  );
}

export interface ComplaintCounts {
  /** Vendor complaints (V1) created within the hold window, this one included. */
  inHoldWindow: number;
  inDeactivateWindow: number;
}

export type AutomaticDecision =
  | { kind: 'NONE' }
  | { kind: VendorActionKind.HOLD | VendorActionKind.DEACTIVATE; to: VendorStatus; reason: string; rule: 'V2' };

/** V2: repeat offenders go ON_HOLD (3 in 30 days), then DEACTIVATED (5 in 60 days), automatically. */
export function decideAutomaticAction(
  status: VendorStatus,
  counts: ComplaintCounts,
  p: { vendorHoldComplaints: number; vendorHoldWindowMs: number; vendorDeactivateComplaints: number; vendorDeactivateWindowMs: number },
): AutomaticDecision {
  const days = (ms: number) => Math.round(ms / 86_400_000);
  if (status !== VendorStatus.DEACTIVATED && counts.inDeactivateWindow >= p.vendorDeactivateComplaints) {
    return {
      kind: VendorActionKind.DEACTIVATE, to: VendorStatus.DEACTIVATED, rule: 'V2',
      reason: `${counts.inDeactivateWindow} vendor complaints within ${days(p.vendorDeactivateWindowMs)} days (limit ${p.vendorDeactivateComplaints}): deactivated automatically.`,
    };
  }
  if (status === VendorStatus.ACTIVE && counts.inHoldWindow >= p.vendorHoldComplaints) {
    return {
      kind: VendorActionKind.HOLD, to: VendorStatus.ON_HOLD, rule: 'V2',
      reason: `${counts.inHoldWindow} vendor complaints within ${days(p.vendorHoldWindowMs)} days (limit ${p.vendorHoldComplaints}): put on hold automatically.`,
    };
  }
  return { kind: 'NONE' };
}

/** V1: escalations in these categories count against the vendor; the last two are SLA violations. */
export const VENDOR_COMPLAINT_CATEGORIES = [
  EscalationCategory.VENDOR_BEHAVIOUR, EscalationCategory.MISSED_PICKUP, EscalationCategory.WRONG_INSPECTION, EscalationCategory.DELAY,
] as const;
export const SLA_VIOLATION_CATEGORIES = [EscalationCategory.MISSED_PICKUP, EscalationCategory.DELAY] as const;

/** V1: an escalation counts against the vendor when it is categorised as the vendor's fault. */
export function isVendorComplaint(category: EscalationCategory | null | undefined): boolean {
  return category != null && (VENDOR_COMPLAINT_CATEGORIES as readonly EscalationCategory[]).includes(category);
}

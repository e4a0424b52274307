// M1–M5: which money a request may move, how much, and who must approve it. Pure: the service
// passes in the order, what was already granted, the fraud score and the caller; the decisions
// say the amount, the rule that set or capped it, and whether the policy approves it at once.
import type { Refusal } from '../../common/decision.js';
import { CancellationReason, MoneyKind as K, MoneyStatus as S, OrderStatus } from '../../common/enums.js';
import { defaultPolicySettings, type PolicySettings } from '../../common/policy-settings.js';
import type { Principal } from '../access/principal.js';

/** The policy's money numbers (POLICY_GOODWILL_*, POLICY_REFUND_*, POLICY_VENDOR_EXTRA_ADDRESS). */
export type MoneySettings = Pick<PolicySettings, 'goodwillThreshold' | 'goodwillLow' | 'goodwillHigh' | 'refundAutoLimit' | 'refundFraudMax' | 'vendorExtraAddress'>;

export const DEFAULT_MONEY: MoneySettings = defaultPolicySettings();

/** Money to a party (paid through the provider) or from one (recorded against them). */
export const OUTGOING: readonly K[] = [K.GOODWILL, K.REFUND, K.VENDOR_EXTRA];
export const isOutgoing = (kind: K) => OUTGOING.includes(kind);
/** Whose ledger a kind moves: the customer's or the vendor's. */
export const partyOf = (kind: K): 'CUSTOMER' | 'VENDOR' => (kind === K.VENDOR_EXTRA || kind === K.VENDOR_RECOVERY ? 'VENDOR' : 'CUSTOMER');
/** The ledger's sign: + to the party, − from it. */
export const signOf = (kind: K) => (isOutgoing(kind) ? 1 : -1);

/** Requests that still count against limits and "once per order" (not rejected, cancelled or failed). */
export const LIVE: readonly S[] = [S.PROPOSED, S.APPROVED, S.PAID];

const NO_SHOW: readonly CancellationReason[] = [CancellationReason.VENDOR_NO_SHOW, CancellationReason.VENDOR_NO_RESPONSE];

export interface OrderMoneySnapshot {
  status: OrderStatus;
  quotedPrice: number;
  finalPrice: number | null;
  completedAt: Date | null;
  cancellationReason: CancellationReason | null;
  vendorId: string | null;
}

export interface ProposalContext {
  kind: K;
  amount: number | null | undefined;
  reason: string;
  order: OrderMoneySnapshot;
  /** Live requests on the order already: goodwill once (M1), refunds and reversals up to what was paid (M2). */
  liveGoodwill: number;
  liveRefunded: number;
  liveReversed: number;
  liveRecovered: number;
  fraudScore: number;
}

export interface ProposalDecision {
  ok: true;
  amount: number;
  reason: string;
  rule: string;
  autoApprove: boolean;
  vendorId: string | null;
}

const bad = (field: string, message: string): Refusal => ({ ok: false, code: 'BAD_USER_INPUT', field, message });
const sop = (rule: string, message: string, details?: Record<string, unknown>): Refusal => ({ ok: false, code: 'SOP_VIOLATION', rule, message, details });
const rupees = (n: number) => `₹${n.toLocaleString('en-IN')}`;

/** What the customer was paid for the order: nothing until it completed. */
export const paidFor = (o: OrderMoneySnapshot): number => (o.completedAt ? (o.finalPrice ?? o.quotedPrice) : 0);

/** M1 goodwill: ₹100 below ₹500 of order value, ₹150 from ₹500. */
export const goodwillAmount = (quotedPrice: number, s: MoneySettings = DEFAULT_MONEY) => (quotedPrice < s.goodwillThreshold ? s.goodwillLow : s.goodwillHigh);

function checkAmount(amount: number | null | undefined): { ok: true; amount: number } | Refusal {
  if (amount == null) return bad('amount', 'Give the amount in whole rupees.');
  if (!Number.isInteger(amount) || amount <= 0) return bad('amount', 'The amount is a positive whole number of rupees.');
  if (amount > 10_000_000) return bad('amount', 'The amount can be at most ₹1,00,00,000.');
  return { ok: true, amount };
}

/** M1, M2, M5 and K7: the request a proposal becomes. */
export function decideProposal(c: ProposalContext, s: MoneySettings = DEFAULT_MONEY): ProposalDecision | Refusal {
  const reason = c.reason.trim();
  if (!reason) return bad('reason', 'Say why the money moves (what happened, and what the customer was told).');
  if (reason.length > 2000) return bad('reason', 'The reason can be at most 2,000 characters.');
  const paid = paidFor(c.order);
  switch (c.kind) {
    case K.GOODWILL: {
      if (c.order.status !== OrderStatus.CANCELLED || !c.order.cancellationReason || !NO_SHOW.includes(c.order.cancellationReason)) {
        return sop('MONEY_NOT_ELIGIBLE', 'Goodwill is for an order cancelled because the vendor did not show up or respond (cancelOrder with VENDOR_NO_SHOW or VENDOR_NO_RESPONSE).');
      }
      if (c.liveGoodwill > 0) return sop('MONEY_ALREADY_GRANTED', 'Goodwill was already granted on this order; it is given once.');
      const amount = goodwillAmount(c.order.quotedPrice, s);
      if (c.amount != null && c.amount !== amount) {
        return bad('amount', `Goodwill is set by the policy: ${rupees(amount)} for this order (leave the amount out).`);
      }
      return { ok: true, amount, reason, rule: 'GOODWILL_NO_SHOW', autoApprove: true, vendorId: c.order.vendorId };
    }
    case K.REFUND: {
      const a = checkAmount(c.amount);
      if (!a.ok) return a;
      if (paid === 0) return sop('MONEY_NOT_ELIGIBLE', 'Nothing was paid on this order yet, so there is nothing to refund.');
      if (c.liveRefunded + a.amount > paid) {
        return sop('MONEY_OVER_LIMIT', `A refund never exceeds what the order paid: ${rupees(paid)}, of which ${rupees(c.liveRefunded)} is already refunded or proposed.`, { paid, refunded: c.liveRefunded });
      }
      const auto = a.amount <= s.refundAutoLimit && c.fraudScore <= s.refundFraudMax;
      const rule = auto ? 'REFUND_AUTO' : a.amount > s.refundAutoLimit ? 'REFUND_OVER_AUTO_LIMIT' : 'REFUND_FRAUD_CAP';
      return { ok: true, amount: a.amount, reason, rule, autoApprove: auto, vendorId: c.order.vendorId };
    }
    case K.PAYMENT_REVERSAL: {
      if (c.order.status !== OrderStatus.RETURNED || !c.order.completedAt) {
        return sop('MONEY_NOT_ELIGIBLE', 'A payment reversal follows a device returned after payment (COMPLETED → RETURNED).');
      }
      const amount = c.amount ?? paid - c.liveReversed;
      const a = checkAmount(amount);
      if (!a.ok) return a;
      if (c.liveReversed + a.amount > paid) return sop('MONEY_OVER_LIMIT', `A reversal never exceeds what the order paid (${rupees(paid)}).`, { paid, reversed: c.liveReversed });
      return { ok: true, amount: a.amount, reason, rule: 'REVERSAL_RETURNED', autoApprove: false, vendorId: c.order.vendorId };
    }
    case K.VENDOR_RECOVERY: {
      if (!c.order.vendorId) return sop('MONEY_NOT_ELIGIBLE', 'This order has no vendor to recover from.');
      const a = checkAmount(c.amount);
      if (!a.ok) return a;
      if (c.liveRecovered + a.amount > Math.max(paid, c.order.quotedPrice)) {
        return sop('MONEY_OVER_LIMIT', `A recovery never exceeds the order's value (${rupees(Math.max(paid, c.order.quotedPrice))}).`);
      }
      return { ok: true, amount: a.amount, reason, rule: 'VENDOR_RECOVERY', autoApprove: false, vendorId: c.order.vendorId };
    }
    case K.VENDOR_EXTRA: {
      if (!c.order.vendorId) return sop('MONEY_NOT_ELIGIBLE', 'This order has no vendor to pay.');
      const amount = c.amount ?? s.vendorExtraAddress;
      const a = checkAmount(amount);
      if (!a.ok) return a;
      // K7 / SOP 002: the ₹100 to go to a changed address is the policy's; more needs FINANCE.
      const auto = a.amount <= s.vendorExtraAddress;
      return { ok: true, amount: a.amount, reason, rule: auto ? 'VENDOR_EXTRA_ADDRESS' : 'VENDOR_EXTRA_APPROVAL', autoApprove: auto, vendorId: c.order.vendorId };
    }
  }
}

export interface RequestSnapshot {
  status: S;
  proposedById: string | null;
}

/** M3: FINANCE or ADMIN (the access table) decide, never the person who proposed it. */
export function decideApproval(r: RequestSnapshot, principal: Principal): { ok: true } | Refusal {
  if (r.status !== S.PROPOSED) return { ok: false, code: 'CONFLICT', message: `This request is ${r.status}; only a PROPOSED request can be approved or rejected.` };
  if (principal.kind === 'USER' && r.proposedById === principal.id) {
    return sop('MONEY_SELF_APPROVAL', 'You proposed this request: another person in FINANCE must approve or reject it (maker-checker).');
  }
  return { ok: true };
}

export function decideRejection(r: RequestSnapshot, principal: Principal, note: string): { ok: true; note: string } | Refusal {
  const d = decideApproval(r, principal);
  if (!d.ok) return d;
  const text = note.trim();
  if (!text) return bad('note', 'Say why the request is rejected.');
  if (text.length > 2000) return bad('note', 'The note can be at most 2,000 characters.');
  return { ok: true, note: text };
}

/** M4: one factor of the fraud score, as stored with the request and shown to FINANCE. */
export interface FraudFactor {
  factor: string;
  value: number;
  points: number;
}

export interface CustomerHistory {
  /** Refunds and goodwill in the last 90 days (count and rupees). */
  moneyCount90d: number;
  moneyAmount90d: number;
  complaints: number;
  reversedPayouts: number;
  cancellations: number;
  accountAgeDays: number;
}

/** M4: 0–100 from the customer's history; each factor's points are capped so none decides alone. */
export function fraudScore(h: CustomerHistory): { score: number; factors: FraudFactor[] } {
  const factors: FraudFactor[] = [
    { factor: 'refunds and goodwill in 90 days', value: h.moneyCount90d, points: Math.min(30, h.moneyCount90d * 10) },
    { factor: 'rupees refunded or granted in 90 days', value: h.moneyAmount90d, points: Math.min(15, Math.floor(h.moneyAmount90d / 1000) * 3) },
    { factor: 'complaints', value: h.complaints, points: Math.min(15, h.complaints * 5) },
    { factor: 'reversed payouts', value: h.reversedPayouts, points: Math.min(25, h.reversedPayouts * 25) },
    { factor: 'cancellations', value: h.cancellations, points: Math.min(10, h.cancellations * 2) },
    { factor: 'account age (days)', value: h.accountAgeDays, points: h.accountAgeDays < 7 ? 15 : h.accountAgeDays < 30 ? 8 : 0 },
  ];
  return { score: Math.min(100, factors.reduce((sum, f) => sum + f.points, 0)), factors };
}

/** The lifecycle after approval (M6): the pay job's outcome. */
export const MONEY_TRANSITIONS: Record<S, readonly S[]> = {
  [S.PROPOSED]: [S.APPROVED, S.REJECTED, S.CANCELLED],
  [S.APPROVED]: [S.PAID, S.FAILED],
  [S.REJECTED]: [],
  [S.PAID]: [],
  [S.FAILED]: [],
  [S.CANCELLED]: [],
};

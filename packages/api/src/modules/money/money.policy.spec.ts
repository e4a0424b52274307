import { describe, expect, it } from 'vitest';
import { CancellationReason, MoneyKind as K, MoneyStatus as S, OrderStatus, Role } from '../../common/enums.js';
import type { Principal } from '../access/principal.js';
import { decideApproval, decideProposal, decideRejection, fraudScore, goodwillAmount, paidFor, type OrderMoneySnapshot, type ProposalContext } from './money.policy.js';

const completed: OrderMoneySnapshot = {
  status: OrderStatus.COMPLETED, quotedPrice: 20000, finalPrice: 18000, completedAt: new Date('2026-11-30T10:00:00Z'), cancellationReason: null, vendorId: 'v1',
};
const ctx = (over: Partial<ProposalContext> = {}): ProposalContext => ({
  kind: K.REFUND, amount: 1000, reason: 'Overcharge', order: completed, liveGoodwill: 0, liveRefunded: 0, liveReversed: 0, liveRecovered: 0, fraudScore: 10, ...over,
});
const finance = (id = 'f1'): Principal => ({ kind: 'USER', id, email: 'f@x', name: 'F', roles: [Role.FINANCE] });

describe('M1 goodwill', () => {
  it('is ₹100 below ₹500 of order value and ₹150 from ₹500, only after a no-show or no response, once', () => {
    expect(goodwillAmount(499)).toBe(100);
    expect(goodwillAmount(500)).toBe(150);
    const noShow = { ...completed, status: OrderStatus.CANCELLED, completedAt: null, cancellationReason: CancellationReason.VENDOR_NO_RESPONSE, quotedPrice: 300 };
    expect(decideProposal(ctx({ kind: K.GOODWILL, amount: null, order: noShow }))).toMatchObject({ ok: true, amount: 100, autoApprove: true, rule: 'GOODWILL_NO_SHOW' });
    expect(decideProposal(ctx({ kind: K.GOODWILL, amount: null, order: noShow, liveGoodwill: 100 }))).toMatchObject({ ok: false, rule: 'MONEY_ALREADY_GRANTED' });
    expect(decideProposal(ctx({ kind: K.GOODWILL, amount: null, order: { ...noShow, cancellationReason: CancellationReason.PRICE_NOT_ACCEPTED } }))).toMatchObject({ ok: false, rule: 'MONEY_NOT_ELIGIBLE' });
    expect(decideProposal(ctx({ kind: K.GOODWILL, amount: null, order: completed }))).toMatchObject({ ok: false, rule: 'MONEY_NOT_ELIGIBLE' });
    expect(decideProposal(ctx({ kind: K.GOODWILL, amount: 150, order: noShow }))).toMatchObject({ ok: false, field: 'amount' });
    expect(decideProposal(ctx({ kind: K.GOODWILL, amount: 100, order: noShow }))).toMatchObject({ ok: true, amount: 100 });
  });
});

describe('M2 refunds', () => {
  it('are capped at what the order paid, counting what is already refunded or proposed', () => {
    expect(paidFor(completed)).toBe(18000);
    expect(decideProposal(ctx({ amount: 18000 }))).toMatchObject({ ok: true });
    expect(decideProposal(ctx({ amount: 8001, liveRefunded: 10000 }))).toMatchObject({ ok: false, rule: 'MONEY_OVER_LIMIT' });
    expect(decideProposal(ctx({ order: { ...completed, completedAt: null, status: OrderStatus.INSPECTED } }))).toMatchObject({ ok: false, rule: 'MONEY_NOT_ELIGIBLE' });
  });

  it('up to ₹3,000 at a fraud score of at most 60 are approved at once; otherwise FINANCE decides', () => {
    expect(decideProposal(ctx({ amount: 3000, fraudScore: 60 }))).toMatchObject({ ok: true, autoApprove: true, rule: 'REFUND_AUTO' });
    expect(decideProposal(ctx({ amount: 3001, fraudScore: 0 }))).toMatchObject({ ok: true, autoApprove: false, rule: 'REFUND_OVER_AUTO_LIMIT' });
    expect(decideProposal(ctx({ amount: 100, fraudScore: 61 }))).toMatchObject({ ok: true, autoApprove: false, rule: 'REFUND_FRAUD_CAP' });
  });

  it('take positive whole rupees and a reason', () => {
    for (const amount of [0, -1, 1.5, Number.NaN, null]) expect(decideProposal(ctx({ amount }))).toMatchObject({ ok: false, field: 'amount' });
    expect(decideProposal(ctx({ reason: '  ' }))).toMatchObject({ ok: false, field: 'reason' });
  });
});

describe('M3 maker-checker', () => {
  it('refuses the proposer, and anything not PROPOSED', () => {
    expect(decideApproval({ status: S.PROPOSED, proposedById: 'f1' }, finance('f1'))).toMatchObject({ ok: false, rule: 'MONEY_SELF_APPROVAL' });
    expect(decideApproval({ status: S.PROPOSED, proposedById: 'a1' }, finance('f1'))).toEqual({ ok: true });
    expect(decideApproval({ status: S.PROPOSED, proposedById: null }, finance('f1'))).toEqual({ ok: true });
    expect(decideApproval({ status: S.REJECTED, proposedById: 'a1' }, finance())).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(decideRejection({ status: S.PROPOSED, proposedById: 'a1' }, finance(), ' ')).toMatchObject({ ok: false, field: 'note' });
  });
});

describe('M4 fraud score', () => {
  it('adds capped points per factor, stays within 0–100 and says why', () => {
    const clean = fraudScore({ moneyCount90d: 0, moneyAmount90d: 0, complaints: 0, reversedPayouts: 0, cancellations: 0, accountAgeDays: 400 });
    expect(clean.score).toBe(0);
    const risky = fraudScore({ moneyCount90d: 9, moneyAmount90d: 50_000, complaints: 9, reversedPayouts: 3, cancellations: 20, accountAgeDays: 2 });
    expect(risky.score).toBe(100);
    expect(risky.factors.map((f) => f.factor)).toContain('reversed payouts');
    const some = fraudScore({ moneyCount90d: 2, moneyAmount90d: 2500, complaints: 1, reversedPayouts: 0, cancellations: 1, accountAgeDays: 20 });
    expect(some.score).toBe(20 + 6 + 5 + 0 + 2 + 8);
  });
});

describe('M5', () => {
  it('a reversal follows a return after payment, up to what was paid; recoveries and extras need a vendor', () => {
    const returned = { ...completed, status: OrderStatus.RETURNED };
    expect(decideProposal(ctx({ kind: K.PAYMENT_REVERSAL, amount: null, order: returned }))).toMatchObject({ ok: true, amount: 18000, autoApprove: false });
    expect(decideProposal(ctx({ kind: K.PAYMENT_REVERSAL, amount: null, order: completed }))).toMatchObject({ ok: false, rule: 'MONEY_NOT_ELIGIBLE' });
    expect(decideProposal(ctx({ kind: K.VENDOR_RECOVERY, order: { ...completed, vendorId: null } }))).toMatchObject({ ok: false, rule: 'MONEY_NOT_ELIGIBLE' });
    expect(decideProposal(ctx({ kind: K.VENDOR_EXTRA, amount: null }))).toMatchObject({ ok: true, amount: 100, autoApprove: true, rule: 'VENDOR_EXTRA_ADDRESS' });
    expect(decideProposal(ctx({ kind: K.VENDOR_EXTRA, amount: 500 }))).toMatchObject({ ok: true, autoApprove: false });
  });
});

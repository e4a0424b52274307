// ORDER_INVALID_TRANSITION, ORDER_NEEDS_VENDOR, createOrder idempotency: properties over random
// inputs, on top of the table-driven cases in order.policy.spec.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeviceCategory, OrderStatus, Role } from '../../common/enums.js';
import { normalisePhone } from '../../common/phone.js';
import { CLOSED_ORDER_STATES, ORDER_TRANSITIONS } from './order-state.js';
import { decideAdvance, decideCompletion, normaliseOrderInput, orderFingerprint, type OrderSnapshot } from './order.policy.js';

const status = fc.constantFrom(...Object.values(OrderStatus));
const roles = fc.subarray(Object.values(Role));
const finalPrice = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer({ min: -10, max: 200_000 }), fc.double({ noNaN: false }));
const snapshot = fc.record<OrderSnapshot>({
  status,
  vendorId: fc.option(fc.uuid(), { nil: null }),
  paymentReference: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
});

const inTable = (from: OrderStatus, to: OrderStatus) => ORDER_TRANSITIONS[from].to.includes(to);

describe('decideAdvance', () => {
  it('only ever allows a transition present in ORDER_TRANSITIONS (and never to COMPLETED)', () => {
    fc.assert(
      fc.property(snapshot, status, finalPrice, roles, fc.boolean(), (order, to, price, rs, isUser) => {
        const d = decideAdvance(order, to, price, rs, isUser);
        if (!d.ok) return;
        expect(inTable(order.status, to)).toBe(true);
        expect(to).not.toBe(OrderStatus.COMPLETED);
        expect(d.to).toBe(to);
        // A role-restricted step (COMPLETED → RETURNED) needs one of its roles.
        const needed = ORDER_TRANSITIONS[order.status].onlyRoles?.[to];
        if (needed) expect(needed.some((r) => rs.includes(r))).toBe(true);
        // Feedback is cancelled exactly for a return after payment.
        expect(d.cancelsFeedback).toBe(order.status === OrderStatus.COMPLETED && to === OrderStatus.RETURNED);
        if (d.finalPrice !== undefined) {
          expect(to).toBe(OrderStatus.INSPECTED);
          expect(Number.isInteger(d.finalPrice) && d.finalPrice > 0).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('allows every table step (except payment) for ADMIN with no price', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        const d = decideAdvance({ status: from, vendorId: null, paymentReference: null }, to, null, [Role.ADMIN], true);
        expect(d.ok).toBe(inTable(from, to) && to !== OrderStatus.COMPLETED);
      }),
    );
  });

  it('never touches its input, and a refusal carries no target state', () => {
    fc.assert(
      fc.property(snapshot, status, finalPrice, roles, fc.boolean(), (order, to, price, rs, isUser) => {
        const frozen = Object.freeze({ ...order });
        const frozenRoles = Object.freeze([...rs]);
        // Frozen inputs: any write would throw in this (strict) module.
        const d = decideAdvance(frozen, to, price, frozenRoles, isUser);
        expect(frozen).toEqual(order);
        expect(frozenRoles).toEqual(rs);
        if (!d.ok) {
          expect(d).not.toHaveProperty('to');
          expect(['SOP_VIOLATION', 'BAD_USER_INPUT', 'FORBIDDEN']).toContain(d.code);
        }
      }),
    );
  });

  it('a random walk of requests only moves along the table; refusals leave the order as it was', () => {
    const step = fc.record({ to: status, roles, price: finalPrice, isUser: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let order: OrderSnapshot = { status: OrderStatus.CREATED, vendorId: 'v1', paymentReference: null };
        for (const s of steps) {
          const before = order;
          const d = decideAdvance(order, s.to, s.price, s.roles, s.isUser);
          if (d.ok) {
            expect(inTable(before.status, d.to)).toBe(true);
            order = { ...order, status: d.to };
          } else {
            expect(order).toBe(before);
          }
        }
        // CANCELLED and RETURNED are terminal: once reached, nothing moves the order again.
        if (order.status === OrderStatus.CANCELLED || order.status === OrderStatus.RETURNED) {
          for (const to of Object.values(OrderStatus)) expect(decideAdvance(order, to, null, [Role.ADMIN], true).ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('decideCompletion', () => {
  it('completes only an INSPECTED order with a vendor, and is idempotent on the same payment reference', () => {
    fc.assert(
      fc.property(snapshot, fc.string({ minLength: 1, maxLength: 12 }), (order, ref) => {
        const d = decideCompletion(order, ref);
        if (d.ok && d.kind === 'COMPLETE') expect(order.status === OrderStatus.INSPECTED && order.vendorId !== null).toBe(true);
        if (d.ok && d.kind === 'ALREADY_COMPLETED') expect(order.status === OrderStatus.COMPLETED && order.paymentReference === ref).toBe(true);
        if (!d.ok) expect(d.code).toBe('SOP_VIOLATION');
        // A closed order other than a same-reference repeat is never completed (again).
        if (CLOSED_ORDER_STATES.includes(order.status) && !(order.status === OrderStatus.COMPLETED && order.paymentReference === ref)) {
          expect(d.ok).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normaliseOrderInput / orderFingerprint (createOrder idempotency)', () => {
  const phoneDigits = fc.stringMatching(/^[6-9]\d{9}$/);
  const raw = fc.record({
    externalRef: fc.string({ maxLength: 110 }),
    customer: fc.record({
      name: fc.string({ maxLength: 30 }),
      phone: fc.oneof(phoneDigits, phoneDigits.map((d) => `+91 ${d.slice(0, 5)} ${d.slice(5)}`), phoneDigits.map((d) => `0${d}`), fc.string({ maxLength: 15 })),
      email: fc.option(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 10 })), { nil: null }),
      corporate: fc.option(fc.boolean(), { nil: null }),
      hasWhatsapp: fc.option(fc.boolean(), { nil: null }),
    }),
    deviceCategory: fc.constantFrom(...Object.values(DeviceCategory)),
    deviceModel: fc.string({ maxLength: 30 }),
    quotedPrice: fc.oneof(fc.integer({ min: -5, max: 10_000_005 }), fc.double()),
    pincode: fc.option(fc.oneof(fc.stringMatching(/^[1-9]\d{5}$/), fc.string({ maxLength: 7 })), { nil: null }),
    vendorId: fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 8 })), { nil: null }),
  });

  it('is idempotent: a normalised input normalises to itself, with the same fingerprint', () => {
    fc.assert(
      fc.property(raw, (input) => {
        const once = normaliseOrderInput(input, normalisePhone);
        if (!once.ok) {
          expect(once.code).toBe('BAD_USER_INPUT');
          return;
        }
        const twice = normaliseOrderInput(once.value, normalisePhone);
        expect(twice).toEqual(once);
        if (twice.ok) expect(orderFingerprint(twice.value)).toBe(orderFingerprint(once.value));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives one fingerprint to one order written with different spacing or phone formats', () => {
    fc.assert(
      fc.property(phoneDigits, fc.stringMatching(/^[A-Z]{3}-\d{1,6}$/), (digits, ref) => {
        const base = { externalRef: ref, customer: { name: 'Rahul Sharma', phone: digits }, deviceCategory: DeviceCategory.PHONE, deviceModel: 'Pixel 7', quotedPrice: 15000 };
        const a = normaliseOrderInput(base, normalisePhone);
        const b = normaliseOrderInput({ ...base, externalRef: ` ${ref} `, customer: { name: '  Rahul   Sharma ', phone: `+91-${digits}` }, deviceModel: 'Pixel 7 ' }, normalisePhone);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(orderFingerprint(a.value)).toBe(orderFingerprint(b.value));
      }),
    );
  });
});

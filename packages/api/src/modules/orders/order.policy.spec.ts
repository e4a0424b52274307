import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../common/phone.js';
import { ApiScope, CancellationReason, DeviceCategory, OrderStatus as S, Role, VendorStatus } from '../../common/enums.js';
import { defaultPolicySettings } from '../../common/policy-settings.js';
import type { Principal } from '../access/principal.js';
import { decideAccess } from '../access/access.policy.js';
import { decideCancel } from './cancellation.policy.js';
import { availableActions, decideAdvance, decideCompletion, decideVendorAssignment, nextStatuses, normaliseOrderInput, orderFingerprint } from './order.policy.js';

const order = (status: S, vendorId: string | null = 'v1', paymentReference: string | null = null) => ({ status, vendorId, paymentReference });
const CX = [Role.CX_AGENT];

describe('decideAdvance (ORDER_INVALID_TRANSITION)', () => {
  const allowed: [S, S][] = [
    [S.CREATED, S.PICKUP_SCHEDULED], [S.CREATED, S.CANCELLED], [S.PICKUP_SCHEDULED, S.PICKED_UP],
    [S.PICKUP_SCHEDULED, S.CANCELLED], [S.PICKED_UP, S.INSPECTED], [S.PICKED_UP, S.RETURNED], [S.INSPECTED, S.RETURNED],
  ];
  const all = Object.values(S);
  it.each(allowed)('%s → %s is allowed for CX', (from, to) => {
    expect(decideAdvance(order(from), to, null, CX, true).ok).toBe(true);
  });
  it.each(all.flatMap((from) => all.map((to) => [from, to] as [S, S])).filter(([f, t]) => !allowed.some(([a, b]) => a === f && b === t)))(
    '%s → %s is refused for CX',
    (from, to) => {
      const d = decideAdvance(order(from), to, null, CX, true);
      expect(d).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'ORDER_INVALID_TRANSITION' });
    },
  );
  it.each([[[Role.FINANCE]], [[Role.ADMIN]]])('COMPLETED → RETURNED is allowed for %j and cancels feedback', (roles) => {
    expect(decideAdvance(order(S.COMPLETED), S.RETURNED, null, roles, true)).toEqual({ ok: true, to: S.RETURNED, finalPrice: undefined, cancelsFeedback: true });
  });
  it('COMPLETED → RETURNED is refused for an API key', () => {
    expect(decideAdvance(order(S.COMPLETED), S.RETURNED, null, [], false)).toMatchObject({ rule: 'ORDER_INVALID_TRANSITION' });
  });
  it('INSPECTED → COMPLETED goes through completeOrder', () => {
    expect(decideAdvance(order(S.INSPECTED), S.COMPLETED, null, [Role.ADMIN], true)).toMatchObject({ ok: false, message: expect.stringContaining('completeOrder') });
  });
  it.each(Object.values(S))('→ CANCELLED from %s is the cancel decision, refusal and all (advanceOrder asks no reason)', (from) => {
    const viaAdvance = decideAdvance(order(from), S.CANCELLED, null, CX, true);
    const viaCancel = decideCancel(order(from), { reason: CancellationReason.CUSTOMER_CHANGED_MIND });
    expect(viaAdvance.ok).toBe(viaCancel.ok);
    if (!viaAdvance.ok && !viaCancel.ok) expect(viaAdvance).toEqual(viaCancel);
  });
  it('sets finalPrice only at INSPECTED', () => {
    expect(decideAdvance(order(S.PICKED_UP), S.INSPECTED, 900, CX, true)).toMatchObject({ ok: true, finalPrice: 900 });
    expect(decideAdvance(order(S.CREATED), S.PICKUP_SCHEDULED, 900, CX, true)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'finalPrice' });
    expect(decideAdvance(order(S.PICKED_UP), S.INSPECTED, 0, CX, true)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'finalPrice' });
  });
});

describe('decideCompletion', () => {
  it.each([
    [order(S.INSPECTED), 'P', { ok: true, kind: 'COMPLETE' }],
    [order(S.COMPLETED, 'v1', 'P'), 'P', { ok: true, kind: 'ALREADY_COMPLETED' }],
    [order(S.COMPLETED, 'v1', 'P'), 'Q', { ok: false, rule: 'ORDER_INVALID_TRANSITION' }],
    [order(S.PICKED_UP), 'P', { ok: false, rule: 'ORDER_INVALID_TRANSITION' }],
    [order(S.CREATED, null), 'P', { ok: false, rule: 'ORDER_INVALID_TRANSITION' }],
    [order(S.INSPECTED, null), 'P', { ok: false, rule: 'ORDER_NEEDS_VENDOR' }],
  ])('%j with %s', (o, ref, expected) => {
    expect(decideCompletion(o, ref)).toMatchObject(expected);
  });
});

describe('decideVendorAssignment', () => {
  const v = (status: VendorStatus, id = 'v2') => ({ id, status, name: 'V' });
  it.each([
    [order(S.CREATED, null), v(VendorStatus.ACTIVE), { ok: true, kind: 'ASSIGN' }],
    [order(S.PICKED_UP, 'v1'), v(VendorStatus.ACTIVE), { ok: true, kind: 'REPLACE' }],
    [order(S.PICKED_UP, 'v2'), v(VendorStatus.ON_HOLD), { ok: true, kind: 'UNCHANGED' }],
    [order(S.CREATED, null), v(VendorStatus.ON_HOLD), { ok: false, rule: 'VENDOR_NOT_ACTIVE' }],
    [order(S.CREATED, null), v(VendorStatus.DEACTIVATED), { ok: false, rule: 'VENDOR_NOT_ACTIVE' }],
    [order(S.COMPLETED, 'v1'), v(VendorStatus.ACTIVE), { ok: false, rule: 'ORDER_INVALID_TRANSITION' }],
  ])('%j with %j', (o, vendor, expected) => {
    expect(decideVendorAssignment(o, vendor)).toMatchObject(expected);
  });
});

describe('normaliseOrderInput and the fingerprint', () => {
  const raw = {
    externalRef: ' A-1 ', customer: { name: 'Rahul  Sharma', phone: '98123 45678', email: 'R@X.in' },
    deviceCategory: DeviceCategory.PHONE, deviceModel: 'iPhone', quotedPrice: 100,
  };
  it('canonicalises, so retries with cosmetic differences match', () => {
    const a = normaliseOrderInput(raw, normalisePhone);
    const b = normaliseOrderInput({ ...raw, externalRef: 'A-1', customer: { ...raw.customer, phone: '+919812345678', email: 'r@x.in' } }, normalisePhone);
    if (!a.ok || !b.ok) throw new Error('expected ok');
    expect(a.value.customer).toEqual({ name: 'Rahul Sharma', phone: '+919812345678', email: 'r@x.in', corporate: false, hasWhatsapp: null });
    expect(orderFingerprint(a.value)).toBe(orderFingerprint(b.value));
    const c = normaliseOrderInput({ ...raw, quotedPrice: 101 }, normalisePhone);
    if (!c.ok) throw new Error('expected ok');
    expect(orderFingerprint(c.value)).not.toBe(orderFingerprint(a.value));
  });
});

describe('availableActions', () => {
  const settings = defaultPolicySettings();
  const user = (...roles: Role[]): Principal => ({ kind: 'USER', id: 'u1', email: 'u@test', name: 'U', roles });
  const key = (...scopes: ApiScope[]): Principal => ({ kind: 'API_KEY', id: 'k1', name: 'partner', scopes });
  const names = (o: ReturnType<typeof order>, p: Principal | null) => availableActions(o, p, settings).map((a) => (a.enabled ? a.action : `${a.action}?`));

  it.each([
    ['CREATED, CX', order(S.CREATED, null), user(Role.CX_AGENT), ['ADVANCE_TO_PICKUP_SCHEDULED', 'RESCHEDULE', 'CANCEL', 'ASSIGN_VENDOR']],
    ['INSPECTED with a vendor, CX', order(S.INSPECTED), user(Role.CX_LEAD), ['ADVANCE_TO_RETURNED', 'COMPLETE', 'ASSIGN_VENDOR']],
    ['INSPECTED without a vendor, CX', order(S.INSPECTED, null), user(Role.CX_AGENT), ['ADVANCE_TO_RETURNED', 'COMPLETE?', 'ASSIGN_VENDOR']],
    ['COMPLETED, CX', order(S.COMPLETED, 'v1', 'PAY-1'), user(Role.CX_AGENT), []],
    ['COMPLETED, FINANCE', order(S.COMPLETED, 'v1', 'PAY-1'), user(Role.FINANCE), ['ADVANCE_TO_RETURNED']],
    ['CREATED, FINANCE', order(S.CREATED), user(Role.FINANCE), []],
    ['PICKED_UP, FINANCE', order(S.PICKED_UP), user(Role.FINANCE), ['ADVANCE_TO_RETURNED']],
    ['COMPLETED, ADMIN', order(S.COMPLETED, 'v1', 'PAY-1'), user(Role.ADMIN), ['ADVANCE_TO_RETURNED']],
    ['CANCELLED, ADMIN', order(S.CANCELLED), user(Role.ADMIN), []],
    ['CREATED, MARKETING', order(S.CREATED), user(Role.MARKETING), []],
    ['PICKUP_SCHEDULED, ORDERS_WRITE key', order(S.PICKUP_SCHEDULED), key(ApiScope.ORDERS_WRITE), ['ADVANCE_TO_PICKED_UP', 'RESCHEDULE', 'CANCEL', 'ASSIGN_VENDOR']],
    ['PICKUP_SCHEDULED, VENDOR_OPS', order(S.PICKUP_SCHEDULED), user(Role.VENDOR_OPS), []],
    ['PICKUP_SCHEDULED, READ_ALL key', order(S.PICKUP_SCHEDULED), key(ApiScope.READ_ALL), []],
  ] as const)('%s', (_, o, p, expected) => expect(names(o, p)).toEqual(expected));

  it('says why payment waits for a vendor', () => {
    expect(availableActions(order(S.INSPECTED, null), user(Role.CX_AGENT), settings).find((a) => a.action === 'COMPLETE')).toEqual({
      action: 'COMPLETE', enabled: false, reason: 'Assign the vendor who picked up the device before recording the payment (ORDER_NEEDS_VENDOR).',
    });
  });

  // The same policy decides the mutations, for every status, vendor and role.
  const principals = [user(Role.CX_AGENT), user(Role.FINANCE), user(Role.ADMIN), user(Role.MARKETING), user(Role.VENDOR_OPS), key(ApiScope.ORDERS_WRITE), key(ApiScope.READ_ALL)];
  it.each(Object.values(S).flatMap((status) => [null, 'v1'].flatMap((v) => principals.map((p) => [order(status, v), p] as const))))(
    '%j by %j: enabled exactly when the mutation would accept it',
    (o, p) => {
      const listed = new Map(availableActions(o, p, settings).map((a) => [a.action, a.enabled]));
      const roles = p.kind === 'USER' ? p.roles : [];
      // What the access guard and the mutation's own decision would each say.
      const accepts = (operation: string, ok: boolean) => decideAccess(operation, p).allowed && ok;
      // Cancelling is offered as CANCEL (cancelOrder), never as ADVANCE_TO_CANCELLED, though advanceOrder still accepts it.
      for (const to of Object.values(S).filter((s) => s !== S.CANCELLED)) {
        expect(listed.get(`ADVANCE_TO_${to}`) === true).toBe(accepts('advanceOrder', decideAdvance(o, to, null, roles, p.kind === 'USER').ok));
      }
      expect(listed.has('ADVANCE_TO_CANCELLED')).toBe(false);
      expect(nextStatuses(o, p).filter((s) => s !== S.CANCELLED).map((to) => `ADVANCE_TO_${to}`)).toEqual([...listed.keys()].filter((a) => a.startsWith('ADVANCE_TO_')));
      const cancels = accepts('cancelOrder', decideCancel(o, { reason: CancellationReason.CUSTOMER_CHANGED_MIND }).ok);
      expect(listed.get('CANCEL') === true).toBe(cancels);
      // SOP 002: rescheduling is offered wherever cancelling is, and before it.
      expect(listed.get('RESCHEDULE') === true).toBe(cancels);
      if (cancels) expect([...listed.keys()].indexOf('RESCHEDULE')).toBe([...listed.keys()].indexOf('CANCEL') - 1);
      expect(listed.get('COMPLETE') === true).toBe(accepts('completeOrder', decideCompletion(o, 'PAY-NEW').ok));
      expect(listed.get('ASSIGN_VENDOR') === true).toBe(accepts('assignVendor', decideVendorAssignment(o, { id: 'v2', status: VendorStatus.ACTIVE, name: 'V2' }).ok));
    },
  );
});

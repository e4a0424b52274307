// SOP_RULES "Orders": lifecycle, completion, idempotent creation, vendor assignment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { ADVANCE_ORDER, ASSIGN_VENDOR, COMPLETE_ORDER, CREATE_ORDER, CREATE_VENDOR, HOLD_VENDOR, ORDER } from '../graphql/documents.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let vendorId: string;
let seq = 0;

const orderInput = (over: Record<string, unknown> = {}) => ({
  externalRef: `EXT-${++seq}-${Date.now()}`,
  customer: { name: 'Rahul Sharma', phone: `98${String(10000000 + seq).padStart(8, '0')}`, email: 'rahul@example.in' },
  deviceCategory: 'PHONE',
  deviceModel: 'Apple iPhone 13',
  quotedPrice: 32000,
  ...over,
});

async function newOrder(over: Record<string, unknown> = {}, token = t.adminToken) {
  const r = await t.gql(CREATE_ORDER, { input: orderInput(over) }, token);
  expect(r.errors).toBeUndefined();
  return r.data.createOrder;
}

async function walk(orderId: string, ...steps: string[]) {
  for (const s of steps) {
    const r = await t.gql(ADVANCE_ORDER, { o: orderId, s, p: s === 'INSPECTED' ? 30000 : null }, t.adminToken);
    expect(r.errors, `advance to ${s}`).toBeUndefined();
  }
}

beforeAll(async () => {
  t = await initTestApp();
  vendorId = (await t.gql(CREATE_VENDOR, { name: 'QuickCash Mobiles', city: 'Bengaluru' }, t.adminToken)).data.createVendor.id;
});
afterAll(() => t.close());

describe('createOrder', () => {
  it('creates an order with the customer phone normalised to E.164', async () => {
    const o = await newOrder({ customer: { name: 'Priya Iyer', phone: '98765 43210' } });
    expect(o.status).toBe('CREATED');
    expect(o.customer.phone).toBe('+919876543210');
    expect(o.customer.corporate).toBe(false);
  });

  it.each(['9876500001', '+91 98765 00001', '09876500001', '919876500001', '+91-98765-00001'])(
    'matches the same customer for phone written as %s',
    async (phone) => {
      const o = await newOrder({ customer: { name: 'Same Person', phone } });
      expect(o.customer.phone).toBe('+919876500001');
      const [{ n }] = await t.sql(`select count(*)::int as n from customer where phone = '+919876500001'`);
      expect(n).toBe(1);
    },
  );

  it('is idempotent on externalRef: the same input returns the same order', async () => {
    const input = orderInput();
    const a = await t.gql(CREATE_ORDER, { input }, t.adminToken);
    const b = await t.gql(CREATE_ORDER, { input: { ...input, customer: { ...input.customer, phone: `+91${input.customer.phone}` } } }, t.adminToken);
    expect(b.errors).toBeUndefined();
    expect(b.data.createOrder.id).toBe(a.data.createOrder.id);
    const [{ n }] = await t.sql(`select count(*)::int as n from customer_order where external_ref = ?`, [input.externalRef]);
    expect(n).toBe(1);
  });

  it('answers concurrent identical requests with one order', async () => {
    const input = orderInput();
    const results = await Promise.all([1, 2, 3, 4].map(() => t.gql(CREATE_ORDER, { input }, t.adminToken)));
    const ids = new Set(results.map((r) => r.data?.createOrder?.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
  });

  it('refuses different input under a known externalRef with CONFLICT and changes nothing', async () => {
    const input = orderInput();
    await t.gql(CREATE_ORDER, { input }, t.adminToken);
    const r = await t.gql(CREATE_ORDER, { input: { ...input, quotedPrice: 99999 } }, t.adminToken);
    expectRefusal(r, 'CONFLICT');
    const [{ price }] = await t.sql(`select quoted_price as price from customer_order where external_ref = ?`, [input.externalRef]);
    expect(price).toBe(32000);
  });

  it('can assign an ACTIVE vendor at creation', async () => {
    const o = await newOrder({ vendorId });
    expect(o.vendor.id).toBe(vendorId);
  });

  describe('refuses bad input naming the field', () => {
    it.each([
      ['customer.phone', { customer: { name: 'A', phone: '12345' } }],
      ['customer.phone', { customer: { name: 'A', phone: 'call me' } }],
      ['customer.name', { customer: { name: '  ', phone: '9876543210' } }],
      ['customer.email', { customer: { name: 'A', phone: '9876543210', email: 'not-an-email' } }],
      ['quotedPrice', { quotedPrice: 0 }],
      ['quotedPrice', { quotedPrice: -5 }],
      ['externalRef', { externalRef: '' }],
      ['deviceModel', { deviceModel: ' ' }],
      ['pincode', { pincode: '12' }],
    ])('%s', async (field, over) => {
      const before = (await t.sql(`select count(*)::int as n from customer_order`))[0].n;
      const r = await t.gql(CREATE_ORDER, { input: orderInput(over) }, t.adminToken);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe(field);
      expect((await t.sql(`select count(*)::int as n from customer_order`))[0].n).toBe(before);
    });
  });

  it('refuses a vendor that is not ACTIVE (VENDOR_NOT_ACTIVE)', async () => {
    const v = (await t.gql(CREATE_VENDOR, { name: 'Held Vendor' }, t.adminToken)).data.createVendor;
    await t.gql(HOLD_VENDOR, { v: v.id, r: 'Missed pickups' }, t.adminToken);
    const r = await t.gql(CREATE_ORDER, { input: orderInput({ vendorId: v.id }) }, t.adminToken);
    expectRefusal(r, 'SOP_VIOLATION', 'VENDOR_NOT_ACTIVE');
  });
});

describe('advanceOrder: the lifecycle table', () => {
  it('walks CREATED → PICKUP_SCHEDULED → PICKED_UP → INSPECTED and sets finalPrice at INSPECTED', async () => {
    const o = await newOrder();
    await walk(o.id, 'PICKUP_SCHEDULED', 'PICKED_UP');
    const r = await t.gql(ADVANCE_ORDER, { o: o.id, s: 'INSPECTED', p: 28500 }, t.adminToken);
    expect(r.data.advanceOrder.status).toBe('INSPECTED');
    expect(r.data.advanceOrder.finalPrice).toBe(28500);
    const read = await t.gql(ORDER, { id: o.id }, t.adminToken);
    expect(read.data.order.timeline.map((e: any) => e.action)).toEqual([
      'ORDER_CREATED', 'ORDER_STATUS_CHANGED', 'ORDER_STATUS_CHANGED', 'FEEDBACK_REQUEST_OPENED', 'ORDER_STATUS_CHANGED',
    ]);
    expect(read.data.order.nextStatuses).toEqual(['RETURNED']);
  });

  it.each([
    [[], 'CANCELLED'],
    [['PICKUP_SCHEDULED'], 'CANCELLED'],
    [['PICKUP_SCHEDULED', 'PICKED_UP'], 'RETURNED'],
    [['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED'], 'RETURNED'],
  ])('allows %j → %s', async (path, to) => {
    const o = await newOrder();
    await walk(o.id, ...path);
    const r = await t.gql(ADVANCE_ORDER, { o: o.id, s: to }, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.advanceOrder.status).toBe(to);
  });

  describe('refuses with ORDER_INVALID_TRANSITION and changes nothing', () => {
    it.each([
      [[], 'PICKED_UP'],
      [[], 'INSPECTED'],
      [[], 'RETURNED'],
      [[], 'COMPLETED'],
      [['PICKUP_SCHEDULED'], 'INSPECTED'],
      [['PICKUP_SCHEDULED', 'PICKED_UP'], 'CANCELLED'],
      [['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED'], 'CANCELLED'],
      [['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED'], 'PICKUP_SCHEDULED'],
      [['CANCELLED'], 'PICKUP_SCHEDULED'],
      [['PICKUP_SCHEDULED', 'PICKED_UP', 'RETURNED'], 'INSPECTED'],
      [['PICKUP_SCHEDULED'], 'PICKUP_SCHEDULED'],
    ])('%j → %s', async (path, to) => {
      const o = await newOrder();
      await walk(o.id, ...path);
      const before = (await t.gql(ORDER, { id: o.id }, t.adminToken)).data.order;
      const r = await t.gql(ADVANCE_ORDER, { o: o.id, s: to }, t.adminToken);
      expectRefusal(r, 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
      expect(r.errors![0].message).toMatch(/cannot|completeOrder/);
      const after = (await t.gql(ORDER, { id: o.id }, t.adminToken)).data.order;
      expect(after.status).toBe(before.status);
      expect(after.timeline.length).toBe(before.timeline.length);
    });
  });

  it('refuses finalPrice outside INSPECTED with BAD_USER_INPUT naming finalPrice', async () => {
    const o = await newOrder();
    const r = await t.gql(ADVANCE_ORDER, { o: o.id, s: 'PICKUP_SCHEDULED', p: 100 }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('finalPrice');
  });

  it('answers NOT_FOUND for an unknown or malformed order id', async () => {
    expectRefusal(await t.gql(ADVANCE_ORDER, { o: '00000000-0000-4000-8000-000000000000', s: 'CANCELLED' }, t.adminToken), 'NOT_FOUND');
    expectRefusal(await t.gql(ADVANCE_ORDER, { o: 'not-a-uuid', s: 'CANCELLED' }, t.adminToken), 'NOT_FOUND');
  });
});

describe('completeOrder', () => {
  async function inspected(withVendor = true) {
    const o = await newOrder(withVendor ? { vendorId } : {});
    await walk(o.id, 'PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED');
    return o;
  }

  it('completes an INSPECTED order with a vendor and records completedAt', async () => {
    const o = await inspected();
    const r = await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-1' }, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.completeOrder.status).toBe('COMPLETED');
    expect(new Date(r.data.completeOrder.completedAt).getTime()).toBe(t.clock.now().getTime());
    expect(r.data.completeOrder.customer.completedOrders).toBe(1);
  });

  it('returns an already completed order unchanged for the same paymentReference', async () => {
    const o = await inspected();
    const first = await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-2' }, t.adminToken);
    t.clock.advance(60_000);
    const again = await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-2' }, t.adminToken);
    expect(again.errors).toBeUndefined();
    expect(again.data.completeOrder).toEqual(first.data.completeOrder);
    const events = await t.sql(`select count(*)::int as n from audit_event where order_id = ? and action = 'ORDER_COMPLETED'`, [o.id]);
    expect(events[0].n).toBe(1);
  });

  it('refuses another paymentReference on a completed order (ORDER_INVALID_TRANSITION)', async () => {
    const o = await inspected();
    await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-3' }, t.adminToken);
    expectRefusal(await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-OTHER' }, t.adminToken), 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
  });

  it.each([[[]], [['PICKUP_SCHEDULED']], [['PICKUP_SCHEDULED', 'PICKED_UP']], [['CANCELLED']]])(
    'refuses an order that is not INSPECTED (%j) with ORDER_INVALID_TRANSITION',
    async (path) => {
      const o = await newOrder({ vendorId });
      await walk(o.id, ...path);
      expectRefusal(await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-X' }, t.adminToken), 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
    },
  );

  it('refuses an INSPECTED order without a vendor (ORDER_NEEDS_VENDOR) and changes nothing', async () => {
    const o = await inspected(false);
    const r = await t.gql(COMPLETE_ORDER, { o: o.id, ref: 'PAY-4' }, t.adminToken);
    expectRefusal(r, 'SOP_VIOLATION', 'ORDER_NEEDS_VENDOR');
    expect(r.errors![0].message).toMatch(/assignVendor/);
    expect((await t.gql(ORDER, { id: o.id }, t.adminToken)).data.order.status).toBe('INSPECTED');
  });

  it('refuses an empty paymentReference', async () => {
    const o = await inspected();
    const r = await t.gql(COMPLETE_ORDER, { o: o.id, ref: '  ' }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('paymentReference');
  });

  it('counts a repeat customer across orders', async () => {
    const phone = '9811122233';
    for (const ref of ['R-A', 'R-B']) {
      const o = await newOrder({ vendorId, customer: { name: 'Repeat Person', phone } });
      await walk(o.id, 'PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED');
      await t.gql(COMPLETE_ORDER, { o: o.id, ref }, t.adminToken);
    }
    const r = await t.gql(`query { allCustomers(filter: { q: "9811122233" }) { phone completedOrders } }`, {}, t.adminToken);
    expect(r.data.allCustomers).toEqual([{ phone: '+919811122233', completedOrders: 2 }]);
  });
});

describe('returns after payment', () => {
  async function completed() {
    const o = await newOrder({ vendorId });
    await walk(o.id, 'PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED');
    await t.gql(COMPLETE_ORDER, { o: o.id, ref: `PAY-${o.id}` }, t.adminToken);
    return o;
  }

  it.each([[Role.FINANCE], [Role.ADMIN]])('lets %s mark a COMPLETED order RETURNED', async (role) => {
    const o = await completed();
    const token = role === Role.ADMIN ? t.adminToken : (await t.userWith(role)).token;
    const r = await t.gql(ADVANCE_ORDER, { o: o.id, s: 'RETURNED' }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.advanceOrder.status).toBe('RETURNED');
  });

  it.each([[Role.CX_AGENT], [Role.CX_LEAD]])('refuses %s (ORDER_INVALID_TRANSITION)', async (role) => {
    const o = await completed();
    const { token } = await t.userWith(role);
    expectRefusal(await t.gql(ADVANCE_ORDER, { o: o.id, s: 'RETURNED' }, token), 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
  });

  it('refuses an API key with ORDERS_WRITE (ORDER_INVALID_TRANSITION)', async () => {
    const o = await completed();
    const key = await t.gql(`mutation { createApiKey(name: "platform", scopes: [ORDERS_WRITE]) { secret } }`, {}, t.adminToken);
    const advance = `mutation($o: ID!, $s: OrderStatus!) { advanceOrder(orderId: $o, status: $s) { id status } }`;
    expectRefusal(await t.gql(advance, { o: o.id, s: 'RETURNED' }, key.data.createApiKey.secret), 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
  });

  it('keeps FINANCE out of the other order steps', async () => {
    const o = await newOrder();
    const { token } = await t.userWith(Role.FINANCE);
    expectRefusal(await t.gql(ADVANCE_ORDER, { o: o.id, s: 'PICKUP_SCHEDULED' }, token), 'FORBIDDEN');
  });
});

describe('assignVendor', () => {
  it('assigns, then records a replacement when the vendor changes', async () => {
    const o = await newOrder();
    const other = (await t.gql(CREATE_VENDOR, { name: 'Sai Ram Electronics', city: 'Hyderabad' }, t.adminToken)).data.createVendor;
    const a = await t.gql(ASSIGN_VENDOR, { o: o.id, v: vendorId }, t.adminToken);
    expect(a.data.assignVendor.vendor.id).toBe(vendorId);
    const b = await t.gql(ASSIGN_VENDOR, { o: o.id, v: other.id }, t.adminToken);
    expect(b.data.assignVendor.vendor.name).toBe('Sai Ram Electronics');
    const timeline = (await t.gql(ORDER, { id: o.id }, t.adminToken)).data.order.timeline.map((e: any) => e.action);
    expect(timeline).toContain('VENDOR_ASSIGNED');
    expect(timeline).toContain('VENDOR_REPLACED');
  });

  it.each(['ON_HOLD', 'DEACTIVATED'])('refuses a vendor that is %s (VENDOR_NOT_ACTIVE)', async (status) => {
    const v = (await t.gql(CREATE_VENDOR, { name: `Vendor ${status}` }, t.adminToken)).data.createVendor;
    await t.sql(`update vendor set status = ? where id = ?`, [status, v.id]);
    const o = await newOrder();
    const r = await t.gql(ASSIGN_VENDOR, { o: o.id, v: v.id }, t.adminToken);
    expectRefusal(r, 'SOP_VIOLATION', 'VENDOR_NOT_ACTIVE');
    expect((await t.gql(ORDER, { id: o.id }, t.adminToken)).data.order.vendor).toBeNull();
  });

  it('refuses a closed order (ORDER_INVALID_TRANSITION)', async () => {
    const o = await newOrder();
    await walk(o.id, 'CANCELLED');
    expectRefusal(await t.gql(ASSIGN_VENDOR, { o: o.id, v: vendorId }, t.adminToken), 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
  });
});

describe('order lists for the admin', () => {
  it('pages, sorts and filters', async () => {
    const city = `Ref-${Date.now()}`;
    for (let i = 0; i < 5; i++) await newOrder({ externalRef: `${city}-${i}`, quotedPrice: 1000 + i });
    const page = await t.gql(
      `query($f: OrderFilter) { allOrders(page: 1, perPage: 2, sortField: "quotedPrice", sortOrder: "DESC", filter: $f) { externalRef quotedPrice } _allOrdersMeta(filter: $f) { count } }`,
      { f: { q: city } },
      t.adminToken,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data._allOrdersMeta.count).toBe(5);
    expect(page.data.allOrders.map((o: any) => o.quotedPrice)).toEqual([1002, 1001]);
    const byStatus = await t.gql(`{ allOrders(filter: { status: [CANCELLED] }, perPage: 100) { status } }`, {}, t.adminToken);
    expect(byStatus.data.allOrders.length).toBeGreaterThan(0);
    expect(byStatus.data.allOrders.every((o: any) => o.status === 'CANCELLED')).toBe(true);
  });

  it('refuses an unknown sort field or a page size out of range', async () => {
    expectRefusal(await t.gql(`{ allOrders(sortField: "password") { id } }`, {}, t.adminToken), 'BAD_USER_INPUT');
    expectRefusal(await t.gql(`{ allOrders(perPage: 100000) { id } }`, {}, t.adminToken), 'BAD_USER_INPUT');
  });
});

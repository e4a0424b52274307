// SOP 002 "Request for cancellation" and ORDER_INVALID_TRANSITION: cancelOrder with the reason
// confirmed with the customer, only while the device is still with them (CREATED,
// PICKUP_SCHEDULED); advanceOrder(CANCELLED) is the same step without a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationReason, Role } from '../../src/common/enums.js';
import {
  ADVANCE_ORDER, ASSIGN_VENDOR, CANCEL_ORDER, CATEGORIZE, COMPLETE_ORDER, CREATE_API_KEY, LOG_CONTACT, ORDER_CANCELLATION, ORDER_LOOP, RESOLVE,
  SUBMIT_FEEDBACK,
} from '../graphql/documents.js';
import { createOrder, createVendor } from '../setup/flows.js';
import { expectRefusal, initTestApp, type GqlResult, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let agent: { token: string };
const CASE_ID = '3f1c2b9e-8a47-4d2b-9c1e-5b6a7d8e9f01';

const ok = <T = any>(r: GqlResult<T>): T => {
  expect(r.errors).toBeUndefined();
  return r.data;
};
const read = async (id: string) => ok(await t.gql(ORDER_CANCELLATION, { id }, t.adminToken)).order;
/** The order's cancellation audit events (the timeline orders events of one instant arbitrarily). */
const cancelledEvents = async (id: string) => (await read(id)).timeline.filter((e: { action: string }) => e.action === 'ORDER_CANCELLED');
const cancel = (o: string, r: string, extra: { n?: string | null; c?: string | null } = {}, token = agent.token) =>
  t.gql(CANCEL_ORDER, { o, r, n: extra.n ?? null, c: extra.c ?? null }, token);

/** A new order taken through these advanceOrder steps (a vendor is assigned first). */
async function orderAt(...steps: string[]): Promise<string> {
  const id = await createOrder(t);
  ok(await t.gql(ASSIGN_VENDOR, { o: id, v: await createVendor(t) }, t.adminToken));
  for (const s of steps) ok(await t.gql(ADVANCE_ORDER, { o: id, s, p: null }, t.adminToken));
  return id;
}

/** What cancelling must leave alone when it is refused: the order's row and its audit trail. */
async function footprint(id: string) {
  const [row] = await t.sql(
    `select status, cancellation_reason, cancellation_note, cancelled_at, updated_at,
            (select count(*)::int from audit_event where order_id = o.id) as events
       from customer_order o where id = ?`,
    [id],
  );
  return row;
}

beforeAll(async () => {
  t = await initTestApp();
  agent = await t.userWith(Role.CX_AGENT);
});
afterAll(() => t.close());

describe('cancelOrder', () => {
  const reasons = Object.values(CancellationReason);

  it.each(reasons.map((reason, i) => [reason, i % 2 ? 'PICKUP_SCHEDULED' : 'CREATED'] as const))(
    'cancels for %s (a %s order): the reason, note and time on the order, audited, nothing more to do',
    async (reason, from) => {
      const id = await orderAt(...(from === 'CREATED' ? [] : ['PICKUP_SCHEDULED']));
      t.clock.advance(60_000);
      const note = reason === 'OTHER' ? 'Customer is giving the phone to a family member' : null;
      const o = ok(await cancel(id, reason, { n: note })).cancelOrder;
      expect(o).toMatchObject({ status: 'CANCELLED', cancellationReason: reason, cancellationNote: note, nextStatuses: [], availableActions: [] });
      expect(new Date(o.cancelledAt).getTime()).toBe(t.clock.now().getTime());
      expect(await cancelledEvents(id)).toEqual([{
        action: 'ORDER_CANCELLED',
        actorLabel: expect.stringContaining('@test.local'),
        rule: 'ORDER_INVALID_TRANSITION',
        data: { from, to: 'CANCELLED', reason, note, caseId: null, via: 'cancelOrder' },
      }]);
    },
  );

  it('keeps a trimmed note with any reason, and the support case on the audit event only', async () => {
    const id = await orderAt();
    const o = ok(await cancel(id, 'VENDOR_NO_SHOW', { n: '  Vendor missed two slots  ', c: CASE_ID })).cancelOrder;
    expect(o.cancellationNote).toBe('Vendor missed two slots');
    expect((await cancelledEvents(id)).map((e: { data: unknown }) => e.data)).toEqual([expect.objectContaining({ reason: 'VENDOR_NO_SHOW', caseId: CASE_ID })]);
    const columns = await t.sql(`select column_name from information_schema.columns where table_name = 'customer_order' and column_name like '%case%'`);
    expect(columns).toEqual([]);
  });

  it('takes a note of exactly 1,000 characters', async () => {
    const id = await orderAt();
    expect(ok(await cancel(id, 'OTHER', { n: 'n'.repeat(1000) })).cancelOrder.cancellationNote).toHaveLength(1000);
  });

  it('offers RESCHEDULE before CANCEL while the order can be cancelled (SOP 002: reschedule first)', async () => {
    for (const id of [await orderAt(), await orderAt('PICKUP_SCHEDULED')]) {
      const actions = (await read(id)).availableActions.map((a: { action: string }) => a.action);
      expect(actions.indexOf('RESCHEDULE')).toBeGreaterThanOrEqual(0);
      expect(actions.indexOf('CANCEL')).toBe(actions.indexOf('RESCHEDULE') + 1);
      expect(actions).not.toContain('ADVANCE_TO_CANCELLED');
    }
    const pickedUp = (await read(await orderAt('PICKUP_SCHEDULED', 'PICKED_UP'))).availableActions.map((a: { action: string }) => a.action);
    expect(pickedUp).not.toContain('CANCEL');
    expect(pickedUp).not.toContain('RESCHEDULE');
  });
});

describe('cancelOrder refuses and changes nothing', () => {
  it.each([
    ['PICKED_UP', ['PICKUP_SCHEDULED', 'PICKED_UP']],
    ['INSPECTED', ['PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED']],
    ['CANCELLED', ['CANCELLED']],
    ['RETURNED', ['PICKUP_SCHEDULED', 'PICKED_UP', 'RETURNED']],
  ])('a %s order: ORDER_INVALID_TRANSITION, with a plain message', async (status, steps) => {
    const id = await orderAt(...steps);
    const before = await footprint(id);
    const r = await cancel(id, 'CUSTOMER_CHANGED_MIND');
    expectRefusal(r, 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
    expect(r.errors![0].message).toMatch(new RegExp(`^(A ${status} order cannot be cancelled|This order is already cancelled)`));
    expect(r.errors![0].message).not.toMatch(/_TO_|undefined|null/);
    expect(await footprint(id)).toEqual(before);
  });

  it('a COMPLETED order: ORDER_INVALID_TRANSITION', async () => {
    const id = await orderAt('PICKUP_SCHEDULED', 'PICKED_UP', 'INSPECTED');
    ok(await t.gql(COMPLETE_ORDER, { o: id, ref: `PAY-${id.slice(0, 8)}` }, t.adminToken));
    const before = await footprint(id);
    const r = await cancel(id, 'VENDOR_NO_RESPONSE');
    expectRefusal(r, 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
    expect(r.errors![0].message).toContain('only CREATED or PICKUP_SCHEDULED orders can be cancelled');
    expect(await footprint(id)).toEqual(before);
  });

  it.each([
    ['OTHER without a note', 'OTHER', {}, 'note'],
    ['OTHER with a blank note', 'OTHER', { n: '   ' }, 'note'],
    ['a note of 1,001 characters', 'DUPLICATE_ORDER', { n: 'x'.repeat(1001) }, 'note'],
    ['a malformed caseId', 'NOT_SERVICEABLE', { c: 'CX-10042' }, 'caseId'],
  ] as const)('%s: BAD_USER_INPUT on that field', async (_, reason, extra, field) => {
    const id = await orderAt();
    const before = await footprint(id);
    const r = await cancel(id, reason, extra);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe(field);
    expect(await footprint(id)).toEqual(before);
  });

  it('a reason outside CancellationReason never reaches the order', async () => {
    const id = await orderAt();
    const before = await footprint(id);
    const r = await cancel(id, 'CHANGED_MIND');
    expect(r.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(r.data?.cancelOrder ?? null).toBeNull();
    expect(await footprint(id)).toEqual(before);
  });

  it('an unknown order: NOT_FOUND', async () => {
    expectRefusal(await cancel('00000000-0000-4000-8000-000000000000', 'CUSTOMER_CHANGED_MIND'), 'NOT_FOUND');
  });
});

describe('cancelOrder access (as advanceOrder, without FINANCE)', () => {
  it.each([Role.MARKETING, Role.VENDOR_OPS, Role.FINANCE, Role.TECH])('refuses %s with FORBIDDEN', async (role) => {
    const id = await orderAt();
    const before = await footprint(id);
    expectRefusal(await cancel(id, 'CUSTOMER_CHANGED_MIND', {}, (await t.userWith(role)).token), 'FORBIDDEN');
    expect(await footprint(id)).toEqual(before);
  });

  it('refuses a READ_ALL key, and a caller without credentials', async () => {
    const id = await orderAt();
    const readKey = ok(await t.gql(CREATE_API_KEY, { n: 'bi', s: ['READ_ALL'] }, t.adminToken)).createApiKey.secret;
    expectRefusal(await cancel(id, 'CUSTOMER_CHANGED_MIND', {}, readKey), 'FORBIDDEN');
    expectRefusal(await cancel(id, 'CUSTOMER_CHANGED_MIND', {}, null as never), 'UNAUTHENTICATED');
    expect((await footprint(id)).status).toBe('CREATED');
  });

  it.each([Role.CX_AGENT, Role.CX_LEAD])('lets %s cancel', async (role) => {
    const id = await orderAt();
    expect(ok(await cancel(id, 'PRICE_NOT_ACCEPTED', {}, (await t.userWith(role)).token)).cancelOrder.status).toBe('CANCELLED');
  });

  it('lets a partner key with ORDERS_WRITE cancel, audited under the key', async () => {
    const id = await orderAt();
    const key = ok(await t.gql(CREATE_API_KEY, { n: 'storefront', s: ['ORDERS_WRITE'] }, t.adminToken)).createApiKey.secret;
    expect(ok(await cancel(id, 'DUPLICATE_ORDER', {}, key)).cancelOrder.cancellationReason).toBe('DUPLICATE_ORDER');
    expect(await cancelledEvents(id)).toEqual([expect.objectContaining({ actorLabel: expect.stringContaining('storefront') })]);
  });

  it('shows the reason to whoever reads orders: FINANCE and a READ_ALL key', async () => {
    const id = await orderAt();
    ok(await cancel(id, 'VENDOR_NO_SHOW'));
    const finance = await t.userWith(Role.FINANCE);
    const readKey = ok(await t.gql(CREATE_API_KEY, { n: 'bi2', s: ['READ_ALL'] }, t.adminToken)).createApiKey.secret;
    for (const token of [finance.token, readKey]) {
      const o = ok(await t.gql(`query($id: ID!) { order(id: $id) { cancellationReason cancelledAt } }`, { id }, token)).order;
      expect(o.cancellationReason).toBe('VENDOR_NO_SHOW');
    }
  });
});

describe('advanceOrder(CANCELLED) still cancels, through the same decision, without a reason', () => {
  it('cancels a PICKUP_SCHEDULED order with no reason recorded', async () => {
    const id = await orderAt('PICKUP_SCHEDULED');
    const r = ok(await t.gql(ADVANCE_ORDER, { o: id, s: 'CANCELLED', p: null }, agent.token)).advanceOrder;
    expect(r.status).toBe('CANCELLED');
    const o = await read(id);
    expect(o).toMatchObject({ cancellationReason: null, cancellationNote: null });
    expect(new Date(o.cancelledAt).getTime()).toBe(t.clock.now().getTime());
    expect(await cancelledEvents(id)).toEqual([
      expect.objectContaining({ rule: 'ORDER_INVALID_TRANSITION', data: expect.objectContaining({ from: 'PICKUP_SCHEDULED', reason: null, via: 'advanceOrder' }) }),
    ]);
  });

  it('refuses a PICKED_UP order with the message cancelOrder gives', async () => {
    const id = await orderAt('PICKUP_SCHEDULED', 'PICKED_UP');
    const viaAdvance = await t.gql(ADVANCE_ORDER, { o: id, s: 'CANCELLED', p: null }, agent.token);
    const viaCancel = await cancel(id, 'CUSTOMER_CHANGED_MIND');
    expectRefusal(viaAdvance, 'SOP_VIOLATION', 'ORDER_INVALID_TRANSITION');
    expect(viaAdvance.errors![0].message).toBe(viaCancel.errors![0].message);
  });
});

describe('what cancelling does to the order\'s feedback requests and messages', () => {
  /**
   * The one way a CREATED or PICKUP_SCHEDULED order holds an open request: a vendor replaced,
   * a 1-star AFTER_VENDOR_REPLACEMENT rating, its escalation resolved — the AFTER_RESOLUTION
   * request asks the customer to re-rate how the complaint was handled.
   */
  async function withOpenResolutionRequest(): Promise<string> {
    const id = await orderAt('PICKUP_SCHEDULED');
    ok(await t.gql(ASSIGN_VENDOR, { o: id, v: await createVendor(t) }, t.adminToken));
    const f = ok(await t.gql(SUBMIT_FEEDBACK, { input: { orderId: id, touchpoint: 'AFTER_VENDOR_REPLACEMENT', rating: 1, comment: 'The new vendor never called' } }, t.adminToken)).submitFeedback;
    const escalationId = f.escalation.id;
    ok(await t.gql(LOG_CONTACT, { id: escalationId, c: 'CALL', s: 'Called the customer, apologised' }, t.adminToken));
    ok(await t.gql(CATEGORIZE, { id: escalationId, c: 'VENDOR_BEHAVIOUR' }, t.adminToken));
    ok(await t.gql(RESOLVE, { id: escalationId, r: 'Vendor warned; a new slot offered' }, t.adminToken));
    return id;
  }
  const state = async (id: string) => {
    const o = ok(await t.gql(ORDER_LOOP, { id }, t.adminToken)).order;
    return {
      requests: o.feedbackRequests.map((r: any) => [r.touchpoint, r.status, r.messages.map((m: any) => m.status)]),
      messages: o.messages.map((m: any) => [m.kind, m.status]),
    };
  };

  it('does what advanceOrder(CANCELLED) did before: the re-rating request and its messages stay as they were', async () => {
    const [a, b] = [await withOpenResolutionRequest(), await withOpenResolutionRequest()];
    const before = await state(a);
    expect(before.requests).toContainEqual(['AFTER_RESOLUTION', 'OPEN', expect.arrayContaining(['SCHEDULED'])]);
    ok(await cancel(a, 'CUSTOMER_CHANGED_MIND'));
    ok(await t.gql(ADVANCE_ORDER, { o: b, s: 'CANCELLED', p: null }, t.adminToken));
    expect(await state(a)).toEqual(before);
    expect(await state(b)).toEqual(await state(a));
  });
});

// One rule for every list (common/list.ts): an id filter that is not a UUID matches nothing —
// never everything, never an internal error — and `ids` lists exactly those rows. allFeedback
// used to drop a malformed orderId or vendorId and ignore ids (returning every row), and
// allCallTasks ignored ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import type { Principal } from '../../src/modules/access/principal.js';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
  // One of each row: an order (vendor, customer), its call task (high value), a 1-star answer
  // with its escalation and alert, a review, an API key and their audit events.
  const orderId = await completedOrder(t, { quotedPrice: 60000, name: 'Meera Iyer', phone: '9812345670' });
  expect((await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1 } }, t.adminToken)).errors).toBeUndefined();
  const setup = await t.gql(`mutation {
    importReviews(reviews: [{ source: PLAY_STORE, externalId: "lists-1", authorName: "Asha K", rating: 5, text: "Quick pickup and payment", postedAt: "2026-11-01T10:00:00Z" }]) { created }
    createApiKey(name: "lists", scopes: [READ_ALL]) { apiKey { id } }
  }`, {}, t.adminToken);
  expect(setup.errors).toBeUndefined();
});
afterAll(() => t.close());

const count = async (list: string, type: string, filter: Record<string, unknown> | null) => {
  const r = await t.gql(`query($f: ${type}) { ${list}(filter: $f, perPage: 500) { id } _${list}Meta(filter: $f) { count } }`, { f: filter }, t.adminToken);
  expect(r.errors, `${list} ${JSON.stringify(filter)}`).toBeUndefined();
  expect(r.data[list]).toHaveLength(r.data[`_${list}Meta`].count);
  return { ids: (r.data[list] as { id: string }[]).map((row) => row.id), n: r.data[`_${list}Meta`].count as number };
};

const ID_FILTERS: [list: string, type: string, field: string][] = [
  ['allOrders', 'OrderFilter', 'ids'], ['allOrders', 'OrderFilter', 'vendorId'], ['allOrders', 'OrderFilter', 'customerId'],
  ['allCustomers', 'CustomerFilter', 'ids'],
  ['allVendors', 'VendorFilter', 'ids'], ['allVendorScorecards', 'VendorFilter', 'ids'],
  ['allFeedback', 'FeedbackFilter', 'ids'], ['allFeedback', 'FeedbackFilter', 'orderId'], ['allFeedback', 'FeedbackFilter', 'vendorId'],
  ['allCallTasks', 'CallTaskFilter', 'ids'], ['allCallTasks', 'CallTaskFilter', 'orderId'],
  ['allEscalations', 'EscalationFilter', 'ids'], ['allEscalations', 'EscalationFilter', 'orderId'], ['allEscalations', 'EscalationFilter', 'assigneeId'],
  ['allAlerts', 'AlertFilter', 'escalationId'],
  ['allReviews', 'ReviewFilter', 'ids'], ['allReviews', 'ReviewFilter', 'orderId'],
  ['allUsers', 'UserFilter', 'ids'], ['allApiKeys', 'ApiKeyFilter', 'ids'],
  ['allAuditEvents', 'AuditEventFilter', 'orderId'], ['allAuditEvents', 'AuditEventFilter', 'entityId'],
];

describe('id filters', () => {
  it.each(ID_FILTERS)('%s (%s): a malformed %s matches nothing', async (list, type, field) => {
    expect((await count(list, type, null)).n, `${list} has rows to hide`).toBeGreaterThan(0);
    const malformed = field === 'ids' ? ['not-a-uuid', "1' or '1'='1"] : 'not-a-uuid';
    expect(await count(list, type, { [field]: malformed })).toEqual({ ids: [], n: 0 });
    expect(t.internalErrors).toEqual([]);
  });

  it('a well-formed id still filters (allFeedback by its order and vendor)', async () => {
    const [row] = (await t.gql(`{ allFeedback { id order { id vendor { id } } } }`, {}, t.adminToken)).data.allFeedback;
    expect((await count('allFeedback', 'FeedbackFilter', { orderId: row.order.id })).ids).toEqual([row.id]);
    expect((await count('allFeedback', 'FeedbackFilter', { vendorId: row.order.vendor.id })).ids).toEqual([row.id]);
    expect((await count('allFeedback', 'FeedbackFilter', { orderId: '00000000-0000-4000-8000-000000000000' })).n).toBe(0);
  });
});

describe('search', () => {
  it('finds orders by reference, device, customer name and phone digits (one statement a page)', async () => {
    for (const q of ['LOOP-', 'galaxy s22', 'meera', '2345670', '98123 45670']) {
      expect((await count('allOrders', 'OrderFilter', { q })).n, q).toBe(1);
    }
    expect((await count('allOrders', 'OrderFilter', { q: 'nobody' })).n).toBe(0);
    expect((await count('allCustomers', 'CustomerFilter', { q: '2345670' })).n).toBe(1);
    const statements = await t.statementsDuring(() => t.gql(`{ allOrders(filter: { q: "meera" }) { id customer { name } vendor { name } } }`, {}, t.adminToken));
    expect(statements.filter((s) => /customer_order/.test(s))).toHaveLength(1);
    // Customer and vendor come joined into that statement, not loaded after it.
    expect(statements.filter((s) => /from "(customer|vendor)"/.test(s))).toEqual([]);
  });

  it('reaches phone and e-mail only for a caller who may see them (maySeeContactData)', async () => {
    const em = t.orm.em.fork();
    const masked: Principal = { kind: 'USER', id: '00000000-0000-4000-8000-000000000001', email: 'm@test.local', name: 'M', roles: [Role.MARKETING] };
    const admin: Principal = { kind: 'USER', id: '00000000-0000-4000-8000-000000000002', email: 'a@test.local', name: 'A', roles: [Role.ADMIN] };
    expect(await t.services.orders.customerList.count(em, admin, { q: '2345670' })).toBe(1);
    expect(await t.services.orders.customerList.count(em, masked, { q: '2345670' })).toBe(0);
    expect(await t.services.orders.orderList.count(em, masked, { q: '2345670' })).toBe(0);
    expect(await t.services.orders.orderList.count(em, masked, { q: 'meera' })).toBe(1);
  });
});

describe('ids among several rows', () => {
  // Run after the searches above, which expect one row of each kind: now a second of each.
  beforeAll(async () => {
    const orderId = await completedOrder(t, { quotedPrice: 61000, name: 'Ravi Nair', phone: '9812345671' });
    expect((await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 2 } }, t.adminToken)).errors).toBeUndefined();
    const more = await t.gql(`mutation {
      importReviews(reviews: [{ source: PLAY_STORE, externalId: "lists-2", authorName: "Ravi N", rating: 4, text: "Fair price for my laptop", postedAt: "2026-11-02T10:00:00Z" }]) { created }
      createApiKey(name: "lists 2", scopes: [READ_ALL]) { apiKey { id } }
    }`, {}, t.adminToken);
    expect(more.errors).toBeUndefined();
    await t.userWith(Role.CX_AGENT);
  });

  it.each(ID_FILTERS.filter(([, , field]) => field === 'ids'))('%s (%s): ids lists exactly those rows, malformed ones aside', async (list, type) => {
    const all = await count(list, type, null);
    expect(all.n, `${list} has rows to leave out`).toBeGreaterThan(1);
    const wanted = all.ids.slice(0, 1);
    expect(await count(list, type, { ids: [...wanted, 'not-a-uuid'] })).toEqual({ ids: wanted, n: 1 });
  });
});

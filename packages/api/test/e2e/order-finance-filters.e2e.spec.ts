// Issue 14 item 12: finance's order list filters by vendor, payment reference and the completion
// date range (OrderFilter paymentReference, completedFrom, completedTo), over HTTP as FINANCE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { completedOrder, createVendor } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

const DAY = 86_400_000;
let t: TestApp;
let finance: { token: string };
let vendorA: string;
let vendorB: string;
let early: string;
let late: string;
let other: string;
let start: Date;
beforeAll(async () => {
  t = await initTestApp();
  finance = await t.userWith(Role.FINANCE);
  vendorA = await createVendor(t, 'Reconcile Traders');
  vendorB = await createVendor(t, 'Other Traders');
  start = t.clock.now();
  early = await completedOrder(t, { vendorId: vendorA });
  t.clock.set(new Date(start.getTime() + 3 * DAY));
  late = await completedOrder(t, { vendorId: vendorA });
  other = await completedOrder(t, { vendorId: vendorB });
  t.clock.set(start);
});
afterAll(() => t.close());

const ids = async (filter: Record<string, unknown>) => {
  const r = await t.gql(`query($f: OrderFilter) { allOrders(filter: $f, perPage: 500) { id paymentReference completedAt vendor { id name } } _allOrdersMeta(filter: $f) { count } }`, { f: filter }, finance.token);
  expect(r.errors).toBeUndefined();
  expect(r.data.allOrders).toHaveLength(r.data._allOrdersMeta.count);
  return (r.data.allOrders as { id: string }[]).map((o) => o.id);
};
const refOf = async (id: string) => (await t.gql(`query($id: ID!) { order(id: $id) { paymentReference } }`, { id }, finance.token)).data.order.paymentReference as string;

describe("finance's order filters", () => {
  it('by vendor', async () => {
    expect((await ids({ vendorId: vendorA })).sort()).toEqual([early, late].sort());
  });

  it('by payment reference: any part of it, any case', async () => {
    const ref = await refOf(late);
    expect(await ids({ paymentReference: ref })).toEqual([late]);
    expect(await ids({ paymentReference: ref.slice(4).toLowerCase() })).toEqual([late]);
    expect(await ids({ paymentReference: 'no-such-payment' })).toEqual([]);
    // A LIKE wildcard is text, not a pattern.
    expect(await ids({ paymentReference: '%' })).toEqual([]);
  });

  it('by completion date range: from is inclusive, to exclusive', async () => {
    const cut = new Date(start.getTime() + 1 * DAY).toISOString();
    const before = await ids({ completedTo: cut, vendorId: vendorA });
    expect(before).toEqual([early]);
    const after = await ids({ completedFrom: cut });
    expect(after).toContain(late);
    expect(after).toContain(other);
    expect(after).not.toContain(early);
    const lateAt = (await t.gql(`query($id: ID!) { order(id: $id) { completedAt } }`, { id: late }, finance.token)).data.order.completedAt;
    expect(await ids({ completedFrom: lateAt, completedTo: new Date(Date.parse(lateAt) + 1).toISOString(), vendorId: vendorA })).toEqual([late]);
  });
});

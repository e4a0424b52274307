// V1, V2, V4: complaints attributed to vendors, automatic hold and deactivation at exactly
// the thresholds, and scorecards computed from real ratings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIZE, LOG_CONTACT, SUBMIT_FEEDBACK, VENDOR } from '../graphql/documents.js';
import { completedOrder, createVendor } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const DAY = 86_400_000;
let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t.close());

async function complaint(vendorId: string, category = 'MISSED_PICKUP', rating = 1) {
  const orderId = await completedOrder(t, { vendorId });
  const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating } }, t.adminToken);
  const id = r.data.submitFeedback.escalation.id;
  await t.gql(LOG_CONTACT, { id, c: 'CALL', s: 'Spoke to the customer' }, t.adminToken);
  const c = await t.gql(CATEGORIZE, { id, c: category }, t.adminToken);
  expect(c.errors).toBeUndefined();
  return id;
}
const vendor = async (id: string) => (await t.gql(VENDOR, { id }, t.adminToken)).data.vendor;

describe('V2: automatic hold and deactivation', () => {
  it('holds an ACTIVE vendor at the third complaint within 30 days, not before, and tells VENDOR_OPS', async () => {
    const ops = await t.userWith('VENDOR_OPS' as never);
    const v = await createVendor(t);
    await complaint(v, 'MISSED_PICKUP');
    await complaint(v, 'VENDOR_BEHAVIOUR');
    expect((await vendor(v)).status).toBe('ACTIVE');
    await complaint(v, 'WRONG_INSPECTION');
    const held = await vendor(v);
    expect(held.status).toBe('ON_HOLD');
    expect(held.actions[0]).toMatchObject({ kind: 'HOLD' });
    expect(held.actions[0].reason).toMatch(/3 vendor complaints within 30 days/);
    const [row] = await t.sql(`select automatic, rule from vendor_action where vendor_id = ?`, [v]);
    expect(row).toEqual({ automatic: true, rule: 'V2' });
    const notices = await t.sql(`select m.recipient, a.for_role from alert a join escalation e on e.id = a.escalation_id join message m on m.order_id = e.order_id and m.kind = 'VENDOR_ACTION_NOTICE'
      where a.kind = 'VENDOR_ACTION' and e.vendor_id = ?`, [v]);
    expect(notices).toContainEqual({ recipient: ops.email, for_role: 'VENDOR_OPS' });
    // Not ACTIVE: no new orders.
    const r = await t.gql(`mutation($v: ID!) { createOrder(input: { externalRef: "HELD-${Date.now()}", customer: { name: "A B", phone: "9811100000" }, deviceCategory: PHONE, deviceModel: "X", quotedPrice: 100, vendorId: $v }) { id } }`, { v }, t.adminToken);
    expectRefusal(r, 'SOP_VIOLATION', 'VENDOR_NOT_ACTIVE');
  });

  it('does not count complaints of other categories or older than the window', async () => {
    const v = await createVendor(t);
    await complaint(v, 'DELAY');
    await complaint(v, 'PAYMENT');
    await complaint(v, 'PRICING');
    expect((await vendor(v)).status).toBe('ACTIVE');
    const start = t.clock.now();
    await complaint(v, 'DELAY');
    t.clock.advance(31 * DAY);
    await complaint(v, 'DELAY');
    expect((await vendor(v)).status).toBe('ACTIVE');
    t.clock.set(start);
  });

  it('deactivates at the fifth complaint within 60 days, from ON_HOLD too', async () => {
    const v = await createVendor(t);
    const start = t.clock.now();
    await complaint(v);
    await complaint(v);
    t.clock.advance(31 * DAY);
    await complaint(v);
    await complaint(v);
    expect((await vendor(v)).status).toBe('ACTIVE');
    await complaint(v);
    const gone = await vendor(v);
    expect(gone.status).toBe('DEACTIVATED');
    expect(gone.actions[0].reason).toMatch(/5 vendor complaints within 60 days/);
    t.clock.set(start);
  });
});

describe('V1, V4: scorecards from ratings and complaints', () => {
  it('averages sub-ratings and counts complaints and SLA violations in 30 days', async () => {
    const v = await createVendor(t);
    for (const [rating, b, tm, p] of [[5, 5, 4, 5], [4, 4, 4, 4], [3, 3, 2, 4]]) {
      const orderId = await completedOrder(t, { vendorId: v });
      await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating, vendorBehaviour: b, vendorTimeliness: tm, vendorProfessionalism: p } }, t.adminToken);
    }
    await complaint(v, 'VENDOR_BEHAVIOUR', 2);
    const card = (await vendor(v)).scorecard;
    expect(card).toMatchObject({
      ordersCompleted: 4, ratingsCount: 4, avgOverall: 3.5, complaintsLast30Days: 1, slaViolationsLast30Days: 0, topPerformer: false,
    });
    expect(card.compositeScore).toBeGreaterThan(0);
    expect(card.compositeScore).toBeLessThan(100);
  });
});

describe('V4: the scorecard list and trend', () => {
  it('sorts vendors by any scorecard figure and filters top performers', async () => {
    const tag = `Score${Date.now()}`;
    const good = await createVendor(t, `${tag} Good`);
    const poor = await createVendor(t, `${tag} Poor`);
    for (const [v, rating] of [[good, 5], [good, 5], [poor, 3], [poor, 2]] as const) {
      const orderId = await completedOrder(t, { vendorId: v });
      await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating } }, t.adminToken);
    }
    const Q = `query($s: String, $o: String, $f: VendorFilter) { allVendorScorecards(sortField: $s, sortOrder: $o, filter: $f) { name scorecard { compositeScore avgOverall complaintsLast30Days } } _allVendorScorecardsMeta(filter: $f) { count } }`;
    const byScore = await t.gql(Q, { s: 'compositeScore', o: 'DESC', f: { q: tag } }, t.adminToken);
    expect(byScore.errors).toBeUndefined();
    expect(byScore.data.allVendorScorecards.map((v: any) => v.name)).toEqual([`${tag} Good`, `${tag} Poor`]);
    expect(byScore.data._allVendorScorecardsMeta.count).toBe(2);
    const byRating = await t.gql(Q, { s: 'avgOverall', o: 'ASC', f: { q: tag } }, t.adminToken);
    expect(byRating.data.allVendorScorecards.map((v: any) => v.scorecard.avgOverall)).toEqual([2.5, 5]);
    // Two ratings are far from the 10 in 90 days a top performer needs.
    const top = await t.gql(Q, { f: { q: tag, topPerformer: true } }, t.adminToken);
    expect(top.data.allVendorScorecards).toEqual([]);
    expectRefusal(await t.gql(Q, { s: 'secret', f: { q: tag } }, t.adminToken), 'BAD_USER_INPUT');
  });

  it('marks the top 10% with at least 10 ratings in 90 days and no complaints as top performers', async () => {
    const star = await createVendor(t, `Star ${Date.now()}`);
    for (let i = 0; i < 10; i++) {
      const orderId = await completedOrder(t, { vendorId: star });
      await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 5, vendorBehaviour: 5, vendorTimeliness: 5, vendorProfessionalism: 5 } }, t.adminToken);
    }
    const card = (await vendor(star)).scorecard;
    expect(card).toMatchObject({ ratingsCount: 10, compositeScore: 100, topPerformer: true });
  });

  it('charts weekly ratings and complaints', async () => {
    const v = await createVendor(t);
    await complaint(v, 'DELAY', 2);
    const r = await t.gql(`query($v: ID!) { vendorTrend(vendorId: $v, weeks: 4) { weekStart ratings averageRating complaints } }`, { v }, t.adminToken);
    expect(r.data.vendorTrend).toHaveLength(4);
    expect(r.data.vendorTrend.at(-1)).toMatchObject({ ratings: 1, averageRating: 2, complaints: 1 });
    expect(r.data.vendorTrend[0]).toMatchObject({ ratings: 0, averageRating: null, complaints: 0 });
  });
});

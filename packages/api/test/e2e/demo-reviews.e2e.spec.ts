// The demo data a person first sees (RV2): a Google review without an order can be shortlisted,
// and public reviews posted without an order come with a suggested order match to confirm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services.js';
import { loadDemoData } from '../../src/seeders/demo-data.js';
import { CONFIRM_REVIEW_ORDER, REVIEW_MATCH, SHORTLIST_REVIEW } from '../graphql/reviews.js';
import { ADMIN_EMAIL, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let byExternalId: Map<string, string>;

beforeAll(async () => {
  t = await initTestApp();
  const loaded = await loadDemoData(t.orm.em.fork(), (clock) => createServices({ clock, policy: t.policy, access: { tokenTtlSeconds: 3600, publicUrl: 'http://cx.test' } }), ADMIN_EMAIL);
  expect(loaded).toContain('3 public reviews');
  const rows = await t.sql<{ id: string; external_id: string }>(`select id, external_id from review`);
  byExternalId = new Map(rows.map((r) => [r.external_id, r.id]));
}, 120_000);
afterAll(() => t.close());

describe('demo data gives every persona something to do (issue 14 item 18)', () => {
  it('finance: refunds approved by the policy, one waiting for FINANCE above ₹3,000, a vendor extra and goodwill after a no-show (M1, M2, K7)', async () => {
    const rows = await t.sql<{ kind: string; status: string; rule: string }>(`select kind, status, rule from money_request order by proposed_at`);
    expect(rows).toEqual(expect.arrayContaining([
      { kind: 'REFUND', status: 'APPROVED', rule: 'REFUND_AUTO' },
      { kind: 'REFUND', status: 'PROPOSED', rule: 'REFUND_OVER_AUTO_LIMIT' },
      { kind: 'VENDOR_EXTRA', status: 'APPROVED', rule: 'VENDOR_EXTRA_ADDRESS' },
      { kind: 'GOODWILL', status: 'APPROVED', rule: 'GOODWILL_NO_SHOW' },
    ]));
  });

  it('the case desk: open, parked and escalated cases for CX, FINANCE, VENDOR_OPS and TECH, resolved ones rated (K1–K6)', async () => {
    const rows = await t.sql<{ status: string; team: string; n: number }>(`select status, team, count(*)::int n from support_case group by status, team`);
    const has = (status: string, team?: string) => rows.some((r) => r.status === status && (!team || r.team === team));
    expect(has('OPEN', 'CX')).toBe(true);
    expect(has('PENDING_CUSTOMER')).toBe(true);
    for (const team of ['FINANCE', 'VENDOR_OPS', 'TECH']) expect(rows.some((r) => r.team === team)).toBe(true);
    expect(has('RESOLVED') || has('CLOSED')).toBe(true);
    const [rated] = await t.sql(`select count(*)::int n from feedback where support_case_id is not null`);
    expect(rated.n).toBeGreaterThanOrEqual(5);
    const [clocks] = await t.sql(`select count(*)::int n from sla_clock where subject_type = 'CASE'`);
    expect(clocks.n).toBe(48);
  });

  it('CX: open escalations with live SLAs, open and overdue call tasks, a 3-star answer with details', async () => {
    const [esc] = await t.sql(`select count(*)::int n from escalation where status = 'OPEN' and first_contact_at is null`);
    expect(esc.n).toBeGreaterThanOrEqual(2);
    const [tasks] = await t.sql(`select count(*)::int open, count(*) filter (where due_at < now())::int overdue from call_task where status = 'OPEN'`);
    expect(tasks.open).toBeGreaterThanOrEqual(3);
    expect(tasks.overdue).toBeGreaterThanOrEqual(1);
    const [details] = await t.sql(`select count(*)::int n from feedback where details is not null`);
    expect(details.n).toBeGreaterThanOrEqual(1);
  });

  it('vendor ops: an active vendor one complaint short of the automatic hold (V2)', async () => {
    const near = await t.sql(`select v.name, count(*)::int complaints from vendor v join escalation e on e.vendor_id = v.id
      where v.status = 'ACTIVE' and e.category in ('VENDOR_BEHAVIOUR', 'MISSED_PICKUP', 'WRONG_INSPECTION', 'DELAY') and e.created_at > now() - interval '30 days'
      group by v.name having count(*) = ?`, [t.policy.vendorHoldComplaints - 1]);
    expect(near.length).toBeGreaterThanOrEqual(1);
  });

  it('marketing: reviews in the inbox, some passing every check', async () => {
    const [r] = await t.sql(`select count(*)::int n, count(*) filter (where check_genuine and check_positive_sentiment and check_clear_value and check_mentions_brand and check_relevant_device)::int passing from review where status = 'NEW'`);
    expect(r.n).toBeGreaterThanOrEqual(3);
    expect(r.passing).toBeGreaterThanOrEqual(1);
  });
});

describe('demo reviews (RV2)', () => {
  it('the Google review without an order is genuine (Google vouches) and can be shortlisted', async () => {
    const id = byExternalId.get('demo-google-1')!;
    const review = (await t.gql(REVIEW_MATCH, { id }, t.adminToken)).data.review;
    expect(review).toMatchObject({ source: 'GOOGLE_BUSINESS', orderId: null, verifiedOrder: false, checks: { passed: true } });
    const r = await t.gql(SHORTLIST_REVIEW, { id }, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.shortlistReview.status).toBe('SHORTLISTED');
  });

  it.each([['demo-match-1', 'PLAY_STORE', true], ['demo-match-2', 'WEBSITE', false]])(
    '%s (%s) suggests its order; confirming it makes the review a verified order',
    async (externalId, source, genuineBefore) => {
      const id = byExternalId.get(externalId)!;
      const review = (await t.gql(REVIEW_MATCH, { id }, t.adminToken)).data.review;
      expect(review).toMatchObject({ source, orderId: null, checks: { genuine: genuineBefore } });
      expect(review.suggestedOrders.length).toBeGreaterThanOrEqual(1);
      const [best] = review.suggestedOrders;
      const r = await t.gql(CONFIRM_REVIEW_ORDER, { r: id, o: best.orderId, v: review.version }, t.adminToken);
      expect(r.errors).toBeUndefined();
      expect(r.data.confirmReviewOrder).toMatchObject({ verifiedOrder: true, orderId: best.orderId, checks: { genuine: true } });
    },
  );
});

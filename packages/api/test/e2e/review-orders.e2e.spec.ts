// RV2 as corrected over HTTP: genuine from a verified (COMPLETED) order or from a platform that
// vouches for the author; Review.verifiedOrder; suggested order matches (name, device, 30 days
// after completion) that MARKETING confirms by hand; and what MARKETING may see of them (S2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { ADVANCE_ORDER, CREATE_API_KEY, ORDER } from '../graphql/documents.js';
import { CONFIRM_REVIEW_ORDER, IMPORT_REVIEWS, PUBLISH_REVIEW, REVIEW_MATCH, SHORTLIST_REVIEW, TESTIMONIALS } from '../graphql/reviews.js';
import { completedOrder, inspectedOrder, type OrderOptions } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let mkt: { id: string; email: string; token: string };
let cx: { id: string; email: string; token: string };
let seq = 0;

const DAY = 86_400_000;
const MINUTE = 60_000;
const text = (device = 'iPhone 13') => `Sold my ${device} to Cashkr, the pickup was on time and the payment came instantly. Great service! (#${++seq})`;

interface Made { id: string; externalRef: string; completedAt: Date | null; phone: string; email: string | null }
async function order(make: (t: TestApp, o: OrderOptions) => Promise<string>, o: OrderOptions): Promise<Made> {
  const id = await make(t, o);
  const r = (await t.gql(ORDER, { id }, t.adminToken)).data.order;
  return { id, externalRef: r.externalRef, completedAt: r.completedAt ? new Date(r.completedAt) : null, phone: r.customer.phone, email: r.customer.email };
}

async function importOne(over: Record<string, unknown>, token = mkt.token) {
  const r = await t.gql(IMPORT_REVIEWS, {
    reviews: [{ source: 'WEBSITE', externalId: `ro-${++seq}`, authorName: 'Rahul S.', rating: 5, text: text(), postedAt: new Date(t.clock.now().getTime() - DAY).toISOString(), ...over }],
  }, token);
  expect(r.errors).toBeUndefined();
  return r.data.importReviews.reviews[0] as { id: string; checks: { genuine: boolean; passed: boolean } };
}
const read = async (id: string, token = mkt.token) => {
  const r = await t.gql(REVIEW_MATCH, { id }, token);
  expect(r.errors).toBeUndefined();
  return r.data.review;
};
const genuineOf = (review: { checkDetails: { check: string; passed: boolean; explanation: string | null }[] }) =>
  review.checkDetails.find((c) => c.check === 'genuine')!;

beforeAll(async () => {
  t = await initTestApp();
  mkt = await t.userWith(Role.MARKETING);
  cx = await t.userWith(Role.CX_AGENT);
});
afterAll(() => t.close());

describe('genuine (RV2): a verified order, or a platform that vouches for the author', () => {
  it('a Google review without an order is genuine, not a verified order, and can be shortlisted and published', async () => {
    const review = await importOne({ source: 'GOOGLE_BUSINESS', authorName: 'Anita Desai' });
    expect(review.checks).toMatchObject({ genuine: true, passed: true });
    const got = await read(review.id);
    expect(got).toMatchObject({ orderId: null, verifiedOrder: false });
    expect(genuineOf(got)).toEqual({ check: 'genuine', passed: true, explanation: 'Google Business Profile vouches for the author' });
    const s = await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token);
    expect(s.errors).toBeUndefined();
    expect(s.data.shortlistReview.status).toBe('SHORTLISTED');
    const p = await t.gql(PUBLISH_REVIEW, { id: review.id, p: ['WEBSITE_TESTIMONIAL'] }, mkt.token);
    expect(p.errors).toBeUndefined();
    expect((await t.gql(TESTIMONIALS, { p: 'WEBSITE_TESTIMONIAL' })).data.testimonials.map((x: any) => x.displayName)).toContain('Anita D.');
  });

  it.each([
    ['PLAY_STORE', 'Google Play vouches for the author'],
    ['APP_STORE', 'The App Store vouches for the author'],
  ])('a %s review without an order is genuine', async (source, explanation) => {
    const review = await importOne({ source });
    expect(review.checks.genuine).toBe(true);
    expect(genuineOf(await read(review.id)).explanation).toBe(explanation);
  });

  it.each([
    ['WEBSITE', 'A website review needs a linked COMPLETED order (confirm a suggested order match)'],
    ['SOCIAL', 'A social media review needs a linked COMPLETED order (confirm a suggested order match)'],
  ])('a %s review without an order is not genuine, and cannot be shortlisted even with an override', async (source, why) => {
    const review = await importOne({ source });
    expect(review.checks.genuine).toBe(false);
    expect(genuineOf(await read(review.id))).toEqual({ check: 'genuine', passed: false, explanation: why });
    for (const o of [null, 'Reads real to me']) {
      const r = await t.gql(SHORTLIST_REVIEW, { id: review.id, o }, mkt.token);
      expectRefusal(r, 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
      expect(r.errors![0].extensions.details.failedChecks).toEqual(['genuine']);
      expect(r.errors![0].message).toContain(why);
    }
    expect((await read(review.id)).status).toBe('NEW');
  });

  it('a review linked to an order that is not COMPLETED is never genuine, on any platform', async () => {
    const open = await order(inspectedOrder, {});
    for (const source of ['GOOGLE_BUSINESS', 'PLAY_STORE', 'APP_STORE', 'WEBSITE']) {
      const review = await importOne({ source, orderId: open.id });
      expect(review.checks.genuine).toBe(false);
      const got = await read(review.id);
      expect(got.verifiedOrder).toBe(false);
      expect(genuineOf(got).explanation).toBe(`The linked order ${open.externalRef} is INSPECTED, not COMPLETED`);
      expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token), 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
    }
  });

  it('a review with a COMPLETED order is a verified order; once the device is returned it is neither verified nor genuine', async () => {
    const done = await order(completedOrder, {});
    const review = await importOne({ source: 'GOOGLE_BUSINESS', orderId: done.id });
    const got = await read(review.id);
    expect(got).toMatchObject({ verifiedOrder: true, checks: { genuine: true } });
    expect(genuineOf(got).explanation).toBe(`Verified order ${done.externalRef}`);

    expect((await t.gql(ADVANCE_ORDER, { o: done.id, s: 'RETURNED', p: null }, t.adminToken)).errors).toBeUndefined();
    expect((await read(review.id)).verifiedOrder).toBe(false);
    const r = await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token);
    expectRefusal(r, 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
    expect(r.errors![0].message).toContain(`genuine (The linked order ${done.externalRef} is RETURNED, not COMPLETED)`);
  });
});

describe('suggested order matches and confirming one (RV2)', () => {
  // D completes two days before A; B, C and E are A's near misses (name, device, not completed).
  let A: Made, B: Made, C: Made, D: Made, E: Made;
  let atEdge: string, pastEdge: string, beforeA: string;
  beforeAll(async () => {
    D = await order(completedOrder, { name: 'Rahul Sharma', deviceModel: 'Apple iPhone 13 128GB' });
    t.clock.advance(2 * DAY);
    A = await order(completedOrder, { name: 'Rahul Sharma', deviceModel: 'Apple iPhone 13 128GB', email: 'rahul.sharma@example.in' });
    B = await order(completedOrder, { name: 'Rahul Verma', deviceModel: 'Apple iPhone 13 128GB' });
    C = await order(completedOrder, { name: 'Rahul Sharma', deviceModel: 'OnePlus 11R 5G' });
    E = await order(inspectedOrder, { name: 'Rahul Sharma', deviceModel: 'Apple iPhone 13 128GB' });
    t.clock.advance(40 * DAY);
    const at = (ms: number) => new Date(A.completedAt!.getTime() + ms).toISOString();
    atEdge = (await importOne({ postedAt: at(30 * DAY) })).id;
    pastEdge = (await importOne({ postedAt: at(30 * DAY + MINUTE) })).id;
    beforeA = (await importOne({ postedAt: at(-MINUTE) })).id;
  });

  it('suggests the order with the same name and device completed up to 30 days before the review, with what marketing needs to decide', async () => {
    const got = await read(atEdge);
    expect(got).toMatchObject({ orderId: null, verifiedOrder: false, checks: { genuine: false } });
    expect(got.suggestedOrders).toEqual([{
      orderId: A.id,
      externalRef: A.externalRef,
      deviceCategory: 'PHONE',
      deviceModel: 'Apple iPhone 13 128GB',
      completedAt: A.completedAt!.toISOString(),
      customerDisplayName: 'Rahul S.',
      nameMatch: 'INITIAL',
      deviceMatch: 'MODEL',
      daysAfterCompletion: 30,
      reasons: ['same name, with an initial', 'the review names the model', 'posted 30 days after the order completed'],
    }]);
  });

  it('finds nothing a minute past the 30 days, and not an order completed after the review was posted', async () => {
    expect((await read(pastEdge)).suggestedOrders).toEqual([]);
    // A completed a minute after this review: only D (two days earlier) can be it.
    expect((await read(beforeA)).suggestedOrders.map((m: any) => m.externalRef)).toEqual([D.externalRef]);
  });

  it('never shows MARKETING the customer\'s phone, e-mail or full name through a suggestion (S2)', async () => {
    const r = await t.gql(REVIEW_MATCH, { id: atEdge }, mkt.token);
    const body = JSON.stringify(r.body);
    expect(body).toContain(A.externalRef);
    expect(A.email).toBe('rahul.sharma@example.in');
    for (const secret of [A.phone, A.phone.slice(-10), A.email!, 'Sharma']) expect(body).not.toContain(secret);
    const fields = await t.gql(`{ __type(name: "OrderMatch") { fields { name } } }`, {}, mkt.token);
    expect(fields.data.__type.fields.map((f: any) => f.name).sort()).toEqual(
      ['completedAt', 'customerDisplayName', 'daysAfterCompletion', 'deviceCategory', 'deviceMatch', 'deviceModel', 'externalRef', 'nameMatch', 'orderId', 'reasons'],
    );
    const asked = await t.gql(`query($id: ID!) { review(id: $id) { suggestedOrders { phone email } } }`, { id: atEdge }, mkt.token);
    // The schema has no such fields: the query is refused as a whole, before anything runs.
    expect(asked.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(asked.errors?.[0].message).toContain('Cannot query field "phone" on type "OrderMatch"');
    expect(asked.data).toBeUndefined();
  });

  it('a key that only imports reviews gets no suggestions on what it imported', async () => {
    const key = (await t.gql(CREATE_API_KEY, { n: 'review-sync', s: ['REVIEWS_WRITE'] }, t.adminToken)).data.createApiKey.secret;
    const r = await t.gql(
      `mutation($r: [ReviewInput!]!) { importReviews(reviews: $r) { reviews { id suggestedOrders { externalRef } } } }`,
      { r: [{ source: 'WEBSITE', externalId: `ro-${++seq}`, authorName: 'Rahul S.', rating: 5, text: text(), postedAt: new Date(A.completedAt!.getTime() + DAY).toISOString() }] },
      key,
    );
    expect(r.errors).toBeUndefined();
    const [imported] = r.data.importReviews.reviews;
    expect(imported.suggestedOrders).toEqual([]);
    // Posted a day after A and three after D: both, the closer first.
    expect((await read(imported.id)).suggestedOrders.map((m: any) => m.externalRef)).toEqual([A.externalRef, D.externalRef]);
  });

  it('MARKETING confirms the match once: the review is a verified order, genuine, audited with who and when, and can be shortlisted', async () => {
    const before = await read(atEdge);
    t.clock.advance(MINUTE);
    const r = await t.gql(CONFIRM_REVIEW_ORDER, { r: atEdge, o: A.id, v: before.version }, mkt.token);
    expect(r.errors).toBeUndefined();
    const after = r.data.confirmReviewOrder;
    expect(after).toMatchObject({
      orderId: A.id, verifiedOrder: true, status: 'NEW', version: before.version + 1,
      orderMatchedAt: t.clock.now().toISOString(), orderMatchedBy: { email: mkt.email }, checks: { genuine: true, passed: true }, suggestedOrders: [],
    });
    expect(genuineOf(after).explanation).toBe(`Verified order ${A.externalRef}`);
    const timeline = (await read(atEdge)).timeline;
    expect(timeline.at(-1)).toMatchObject({
      action: 'REVIEW_ORDER_CONFIRMED', rule: 'RV2', actorLabel: mkt.email,
      data: { orderId: A.id, externalRef: A.externalRef, suggested: true, nameMatch: 'INITIAL', deviceMatch: 'MODEL', genuineNote: `Verified order ${A.externalRef}` },
    });
    const [row] = await t.sql(`select count(*)::int as n from audit_event where entity_id = ? and action = 'REVIEW_ORDER_CONFIRMED'`, [atEdge]);
    expect(row.n).toBe(1);

    // A second confirmation, of the same order or another, changes nothing.
    for (const o of [A.id, D.id]) expectRefusal(await t.gql(CONFIRM_REVIEW_ORDER, { r: atEdge, o }, mkt.token), 'CONFLICT');
    expect(await read(atEdge)).toMatchObject({ orderId: A.id, version: before.version + 1 });

    const s = await t.gql(SHORTLIST_REVIEW, { id: atEdge }, mkt.token);
    expect(s.errors).toBeUndefined();
    expect(s.data.shortlistReview.status).toBe('SHORTLISTED');
  });

  describe('refuses, and changes nothing, when', () => {
    it.each([
      ['the order is not COMPLETED (SOP_VIOLATION RV2)', () => ({ o: E.id }), 'SOP_VIOLATION', 'RV2'],
      ['the order already verifies another review from the same platform', () => ({ o: A.id }), 'CONFLICT', undefined],
      ['the version is stale', () => ({ o: C.id, v: 0 }), 'CONFLICT', undefined],
      ['the order does not exist', () => ({ o: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', undefined],
    ])('%s', async (_what, args, code, rule) => {
      const before = await read(pastEdge);
      expectRefusal(await t.gql(CONFIRM_REVIEW_ORDER, { r: pastEdge, ...args() }, mkt.token), code, rule);
      const after = await read(pastEdge);
      expect(after).toMatchObject({ orderId: null, version: before.version, verifiedOrder: false, orderMatchedAt: null });
      expect(after.timeline).toHaveLength(1);
    });

    it('the caller does not work reviews (CX_AGENT, a REVIEWS_WRITE key)', async () => {
      const key = (await t.gql(CREATE_API_KEY, { n: 'review-sync-2', s: ['REVIEWS_WRITE'] }, t.adminToken)).data.createApiKey.secret;
      for (const token of [cx.token, key]) expectRefusal(await t.gql(CONFIRM_REVIEW_ORDER, { r: pastEdge, o: C.id }, token), 'FORBIDDEN');
      expect((await read(pastEdge)).orderId).toBeNull();
    });
  });

  it('one order verifies one review per platform: a Google review of the same order may be confirmed too', async () => {
    const google = await importOne({ source: 'GOOGLE_BUSINESS', postedAt: new Date(A.completedAt!.getTime() + 5 * DAY).toISOString() });
    expect((await read(google.id)).suggestedOrders.map((m: any) => m.externalRef)).toEqual([A.externalRef, D.externalRef]);
    const r = await t.gql(CONFIRM_REVIEW_ORDER, { r: google.id, o: A.id }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.confirmReviewOrder).toMatchObject({ verifiedOrder: true, orderId: A.id });
  });

  it('a person may confirm an order the rule did not suggest; the audit says so', async () => {
    expect((await read(pastEdge)).suggestedOrders).toEqual([]);
    const r = await t.gql(CONFIRM_REVIEW_ORDER, { r: pastEdge, o: B.id }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.confirmReviewOrder).toMatchObject({ verifiedOrder: true, orderId: B.id, checks: { genuine: true } });
    expect((await read(pastEdge)).timeline.at(-1).data).toMatchObject({ suggested: false, nameMatch: null, deviceMatch: null });
  });
});

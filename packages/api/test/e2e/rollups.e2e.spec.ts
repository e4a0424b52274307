// The trigger-kept rollups (rollup.entity.ts) agree with the rows they sum after the writes
// that move them: feedback, orders completed and returned, escalations categorised and
// re-categorised, reviews imported, re-imported, rejected, re-scored and deleted. And the
// analytics read from them answer what the base tables say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVANCE_ORDER, ASSIGN_VENDOR, CATEGORIZE, LOG_CONTACT, SUBMIT_FEEDBACK, VENDOR } from '../graphql/documents.js';
import { IMPORT_REVIEWS, REJECT_REVIEW } from '../graphql/reviews.js';
import { completedOrder, createVendor, inspectedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

// Sunday 22 Nov 2026, 23:30 IST; an hour later it is Monday in Asia/Kolkata, still Sunday in UTC.
const SUNDAY_LATE = new Date('2026-11-22T18:00:00Z');
const MONDAY_EARLY = new Date('2026-11-22T19:00:00Z');
const RANGE = { f: '2026-11-01T00:00:00Z', t: '2026-12-01T00:00:00Z' };
const HOUR = 3_600_000;

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ start: new Date('2026-11-20T06:00:00Z') });
});
afterAll(() => t.close());

/** Both queries give the same rows (numeric sums compare by value, not by scale). */
async function expectSameRows(rollup: string, direct: string) {
  expect(await t.sql(`(${rollup}) except all (${direct})`)).toEqual([]);
  expect(await t.sql(`(${direct}) except all (${rollup})`)).toEqual([]);
}

const ist = (col: string) => `(${col} at time zone 'Asia/Kolkata')::date`;

async function feedback(orderId: string, at: Date, rating: number, subRatings: Record<string, number> = {}) {
  t.clock.set(at);
  const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating, ...subRatings } }, t.adminToken);
  expect(r.errors).toBeUndefined();
  return r.data.submitFeedback.escalation?.id as string | undefined;
}

async function categorize(id: string, category: string) {
  const r = await t.gql(CATEGORIZE, { id, c: category }, t.adminToken);
  expect(r.errors).toBeUndefined();
}

describe('rollups', () => {
  let a: string;
  let b: string;
  let returned: string;

  beforeAll(async () => {
    a = await createVendor(t);
    b = await createVendor(t);
    t.clock.set(new Date(SUNDAY_LATE.getTime() - HOUR));

    // Feedback either side of the Asia/Kolkata midnight, with and without sub-ratings.
    const o1 = await completedOrder(t, { vendorId: a });
    const o2 = await completedOrder(t, { vendorId: a });
    const o3 = await completedOrder(t, { vendorId: b });
    const o4 = await completedOrder(t, { vendorId: b });
    returned = await completedOrder(t, { vendorId: a });
    await feedback(o1, SUNDAY_LATE, 5, { vendorBehaviour: 4, vendorTimeliness: 5 });
    const e1 = await feedback(o2, SUNDAY_LATE, 1, { vendorProfessionalism: 2 });
    const e2 = await feedback(o3, MONDAY_EARLY, 2);
    const e3 = await feedback(o4, new Date(MONDAY_EARLY.getTime() + HOUR), 1, { vendorBehaviour: 1 });
    await feedback(returned, new Date(MONDAY_EARLY.getTime() + 2 * HOUR), 4);

    // Categorised, re-categorised (from a vendor complaint to another and out of them), left open.
    for (const id of [e1!, e2!, e3!]) await t.gql(LOG_CONTACT, { id, c: 'CALL', s: 'Spoke to the customer' }, t.adminToken);
    await categorize(e1!, 'PRICING');
    await categorize(e1!, 'MISSED_PICKUP');
    await categorize(e2!, 'DELAY');
    await categorize(e2!, 'DELAY');
    await categorize(e2!, 'PAYMENT');
    // An escalation moved to another day (a correction made in the database).
    await t.sql(`update escalation set created_at = created_at - interval '1 day' where id = ?`, [e2]);

    // COMPLETED, then RETURNED; an order that changes vendor before completion; one completed
    // order moved to another vendor in the database (the API refuses it, the trigger must not care).
    const r = await t.gql(ADVANCE_ORDER, { o: returned, s: 'RETURNED', p: null }, t.adminToken);
    expect(r.errors).toBeUndefined();
    const moved = await inspectedOrder(t, { vendorId: a });
    expect((await t.gql(ASSIGN_VENDOR, { o: moved, v: b }, t.adminToken)).errors).toBeUndefined();
    await t.sql(`update customer_order set vendor_id = ? where id = ?`, [b, o2]);

    // Reviews: imported, imported again (a duplicate), rejected, re-scored and re-dated, deleted.
    t.clock.set(new Date(MONDAY_EARLY.getTime() + 3 * HOUR));
    const review = (externalId: string, source: string, rating: number, postedAt: Date, text: string) =>
      ({ source, externalId, authorName: 'Priya', rating, text, postedAt: postedAt.toISOString() });
    const batch = [
      review('g1', 'GOOGLE_BUSINESS', 5, SUNDAY_LATE, 'Great service, quick payment!'),
      review('g2', 'GOOGLE_BUSINESS', 2, MONDAY_EARLY, 'The pickup was late and nobody called.'),
      review('p1', 'PLAY_STORE', 4, MONDAY_EARLY, 'Good app, fair price.'),
      { ...review('i1', 'INTERNAL', 5, SUNDAY_LATE, 'Loved it, excellent.'), consentNote: 'Agreed on the call' },
    ];
    const imported = await t.gql(IMPORT_REVIEWS, { reviews: batch }, t.adminToken);
    expect(imported.errors).toBeUndefined();
    const again = await t.gql(IMPORT_REVIEWS, { reviews: batch.slice(0, 2) }, t.adminToken);
    expect(again.data.importReviews).toMatchObject({ created: 0, duplicates: 2 });
    const ids = Object.fromEntries(imported.data.importReviews.reviews.map((x: { id: string; externalId: string }) => [x.externalId, x.id]));
    expect((await t.gql(REJECT_REVIEW, { id: ids.g2, r: 'Not about us' }, t.adminToken)).errors).toBeUndefined();
    await t.sql(`update review set sentiment_score = -0.25, rating = 1, posted_at = posted_at - interval '3 days' where id = ?`, [ids.p1]);
    await t.sql(`delete from review where id = ?`, [ids.i1]);
  });

  it('vendor_rollup holds all-time feedback sums and COMPLETED orders per vendor', async () => {
    await expectSameRows(
      `select vendor_id, ratings, rating_sum, behaviour_n, behaviour_sum, timeliness_n, timeliness_sum, professionalism_n, professionalism_sum, orders_completed
       from vendor_rollup where ratings > 0 or orders_completed > 0`,
      `select vendor_id, coalesce(f.ratings, 0), coalesce(f.rating_sum, 0), coalesce(f.behaviour_n, 0), coalesce(f.behaviour_sum, 0),
              coalesce(f.timeliness_n, 0), coalesce(f.timeliness_sum, 0), coalesce(f.professionalism_n, 0), coalesce(f.professionalism_sum, 0), coalesce(o.n, 0)
       from (select vendor_id, count(*)::int as ratings, sum(rating)::int as rating_sum, count(vendor_behaviour)::int as behaviour_n,
                    coalesce(sum(vendor_behaviour), 0)::int as behaviour_sum, count(vendor_timeliness)::int as timeliness_n,
                    coalesce(sum(vendor_timeliness), 0)::int as timeliness_sum, count(vendor_professionalism)::int as professionalism_n,
                    coalesce(sum(vendor_professionalism), 0)::int as professionalism_sum
             from feedback where vendor_id is not null group by 1) f
       full join (select vendor_id, count(*)::int as n from customer_order where status = 'COMPLETED' and vendor_id is not null group by 1) o using (vendor_id)`,
    );
    // The returned order no longer counts; the one moved in the database counts for b.
    const card = async (id: string) => (await t.gql(VENDOR, { id }, t.adminToken)).data.vendor.scorecard;
    expect(await card(a)).toMatchObject({ ordersCompleted: 1, ratingsCount: 3 });
    expect(await card(b)).toMatchObject({ ordersCompleted: 3, ratingsCount: 2 });
  });

  it('vendor_daily_rollup still holds the feedback per vendor and day', async () => {
    await expectSameRows(
      `select vendor_id, day, ratings, rating_sum from vendor_daily_rollup`,
      `select vendor_id, ${ist('created_at')}, count(*)::int, sum(rating)::int from feedback where vendor_id is not null group by 1, 2`,
    );
  });

  it('escalation_daily_rollup holds categorised escalations per day, category and attribution', async () => {
    await expectSameRows(
      `select day, category, vendor_attributed, n from escalation_daily_rollup where n <> 0`,
      `select ${ist('created_at')}, category, vendor_id is not null, count(*)::int from escalation where category is not null group by 1, 2, 3`,
    );
    // Re-categorised or moved away: zero rows stay behind (the analytics must not count them as
    // a week's top complaint; that week has none left).
    expect(await t.sql(`select category from escalation_daily_rollup where n = 0 order by 1`)).toEqual([{ category: 'DELAY' }, { category: 'PAYMENT' }, { category: 'PRICING' }]);
  });

  it('review_daily_rollup holds reviews, rating and sentiment sums per day and source', async () => {
    await expectSameRows(
      `select day, source, n, rating_sum, sentiment_sum from review_daily_rollup where n <> 0`,
      `select ${ist('posted_at')}, source, count(*)::int, sum(rating)::int, sum(sentiment_score::numeric) from review group by 1, 2`,
    );
  });

  it('weekly analytics from the rollups answer what the base tables say', async () => {
    const week = (col: string) => `(date_trunc('week', ${col} at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata')`;
    const iso = (d: Date | string) => new Date(d).toISOString();
    const round2 = (x: unknown) => (x == null ? null : Math.round(Number(x) * 100) / 100);

    const fa = await t.gql(`query($f: DateTime!, $t: DateTime!) { feedbackAnalytics(from: $f, to: $t) { weekStart topComplaint vendorIssuesFlagged newPublicReviews } }`, RANGE, t.adminToken);
    expect(fa.errors).toBeUndefined();
    const top = new Map((await t.sql(
      `select distinct on (ws) ws, category from (
         select ${week('created_at')} as ws, category, count(*) as n from escalation where category is not null group by 1, 2) c
       order by ws, n desc, category`,
    )).map((r) => [iso(r.ws), r.category]));
    const flagged = new Map((await t.sql(
      `select ${week('created_at')} as ws, count(*)::int as n from escalation
       where vendor_id is not null and category in ('VENDOR_BEHAVIOUR', 'MISSED_PICKUP', 'WRONG_INSPECTION', 'DELAY') group by 1`,
    )).map((r) => [iso(r.ws), r.n]));
    const publicReviews = new Map((await t.sql(
      `select ${week('posted_at')} as ws, count(*)::int as n from review where source <> 'INTERNAL' group by 1`,
    )).map((r) => [iso(r.ws), r.n]));
    expect(fa.data.feedbackAnalytics.length).toBeGreaterThan(3);
    expect(fa.data.feedbackAnalytics).toEqual(fa.data.feedbackAnalytics.map((w: { weekStart: string }) => ({
      weekStart: w.weekStart,
      topComplaint: top.get(w.weekStart) ?? null,
      vendorIssuesFlagged: flagged.get(w.weekStart) ?? 0,
      newPublicReviews: publicReviews.get(w.weekStart) ?? 0,
    })));
    expect(fa.data.feedbackAnalytics.filter((w: { topComplaint: string | null }) => w.topComplaint).length).toBe(1);

    const expected = (await t.sql(
      `select ${week('posted_at')} as ws, source, count(*)::int as n, avg(rating)::float8 as avg, avg(sentiment_score)::float8 as sentiment
       from review group by 1, 2 order by 1, 2`,
    )).map((r) => ({ weekStart: iso(r.ws), source: r.source, count: r.n, averageRating: round2(r.avg), averageSentiment: round2(r.sentiment) }));
    expect(expected.length).toBeGreaterThan(2);
    const reviews = await t.gql(`query($f: DateTime!, $t: DateTime!) { reviewAnalytics(from: $f, to: $t) { weekStart source count averageRating averageSentiment } }`, RANGE, t.adminToken);
    expect(reviews.data.reviewAnalytics).toEqual(expected);
    const heatmap = await t.gql(`query($f: DateTime!, $t: DateTime!) { sentimentHeatmap(from: $f, to: $t) { weekStart bucket count averageRating averageSentiment } }`, RANGE, t.adminToken);
    expect(heatmap.data.sentimentHeatmap).toEqual(expected.map(({ source, ...rest }) => ({ ...rest, bucket: source })));
  });
});

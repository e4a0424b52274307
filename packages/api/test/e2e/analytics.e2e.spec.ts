// A1: weekly analytics in Asia/Kolkata weeks, across a week boundary; and the loop's own figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIZE, LOG_CONTACT, RESOLVE, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder, createVendor } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

// Sunday 22 Nov 2026, 23:30 IST = 18:00 UTC; the IST week starting Monday 23 Nov begins at 22 Nov 18:30 UTC.
const SUNDAY_LATE = new Date('2026-11-22T18:00:00Z');
const MONDAY_EARLY = new Date('2026-11-22T19:00:00Z');
const WEEK1 = '2026-11-15T18:30:00.000Z';
const WEEK2 = '2026-11-22T18:30:00.000Z';
const WEEK3 = '2026-11-29T18:30:00.000Z';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ start: new Date('2026-11-20T06:00:00Z') });
});
afterAll(() => t.close());

const ANALYTICS = `query($f: DateTime!, $t: DateTime!) { feedbackAnalytics(from: $f, to: $t) {
  weekStart total positivePct negativePct averageRating topComplaint vendorIssuesFlagged newPublicReviews } }`;

async function rate(at: Date, rating: number, vendorId?: string, category?: string) {
  t.clock.set(new Date(at.getTime() - 60_000));
  const orderId = await completedOrder(t, vendorId ? { vendorId } : {});
  t.clock.set(at);
  const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating } }, t.adminToken);
  expect(r.errors).toBeUndefined();
  if (category) {
    const id = r.data.submitFeedback.escalation.id;
    await t.gql(LOG_CONTACT, { id, c: 'CALL', s: 'Spoke to the customer' }, t.adminToken);
    await t.gql(CATEGORIZE, { id, c: category }, t.adminToken);
  }
}

describe('feedbackAnalytics', () => {
  beforeAll(async () => {
    const v = await createVendor(t);
    await rate(SUNDAY_LATE, 5);
    await rate(SUNDAY_LATE, 1, v, 'MISSED_PICKUP');
    await rate(MONDAY_EARLY, 4);
    await rate(MONDAY_EARLY, 4);
    await rate(MONDAY_EARLY, 3);
    await rate(MONDAY_EARLY, 2, v, 'PAYMENT');
    await rate(new Date(MONDAY_EARLY.getTime() + 3600_000), 1, v, 'PAYMENT');
    for (const [id, source, postedAt] of [['g1', 'GOOGLE_BUSINESS', MONDAY_EARLY], ['p1', 'PLAY_STORE', MONDAY_EARLY], ['i1', 'INTERNAL', MONDAY_EARLY], ['g0', 'GOOGLE_BUSINESS', SUNDAY_LATE]] as const) {
      await t.sql(
        `insert into review (id, source, external_id, author_name, rating, text, normalised_text, posted_at, sentiment_score, imported_at)
         values (gen_random_uuid(), ?, ?, 'A', 5, 'Great', 'great', ?, 0.6, ?)`,
        [source, id, postedAt, postedAt],
      );
    }
  });

  it('buckets by Monday 00:00 Asia/Kolkata, including empty weeks with zeros', async () => {
    const r = await t.gql(ANALYTICS, { f: '2026-11-20T00:00:00Z', t: '2026-12-01T00:00:00Z' }, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.feedbackAnalytics).toEqual([
      { weekStart: WEEK1, total: 2, positivePct: 50, negativePct: 50, averageRating: 3, topComplaint: 'MISSED_PICKUP', vendorIssuesFlagged: 1, newPublicReviews: 1 },
      { weekStart: WEEK2, total: 5, positivePct: 40, negativePct: 40, averageRating: 2.8, topComplaint: 'PAYMENT', vendorIssuesFlagged: 0, newPublicReviews: 2 },
      { weekStart: WEEK3, total: 0, positivePct: 0, negativePct: 0, averageRating: null, topComplaint: null, vendorIssuesFlagged: 0, newPublicReviews: 0 },
    ]);
  });

  it('refuses an empty or reversed range', async () => {
    const r = await t.gql(ANALYTICS, { f: '2026-12-01T00:00:00Z', t: '2026-11-01T00:00:00Z' }, t.adminToken);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('to');
  });

  it('is open to every role, MARKETING included', async () => {
    const { token } = await t.userWith('MARKETING' as never);
    expect((await t.gql(ANALYTICS, { f: '2026-11-20T00:00:00Z', t: '2026-11-21T00:00:00Z' }, token)).errors).toBeUndefined();
  });

  it('reports review growth per source and week', async () => {
    const r = await t.gql(`{ reviewAnalytics(from: "2026-11-16T00:00:00Z", to: "2026-11-30T00:00:00Z") { weekStart source count averageRating } }`, {}, t.adminToken);
    expect(r.data.reviewAnalytics).toContainEqual({ weekStart: WEEK2, source: 'GOOGLE_BUSINESS', count: 1, averageRating: 5 });
    expect(r.data.reviewAnalytics).toContainEqual({ weekStart: WEEK1, source: 'GOOGLE_BUSINESS', count: 1, averageRating: 5 });
  });
});

describe('loopAnalytics', () => {
  it('gives SLA hit rate, median times per team and the recovery rate', async () => {
    const fresh = await initTestApp({ start: new Date('2026-10-01T06:00:00Z') });
    try {
      const mk = async (contactAfterMin: number, category: string, reRating?: number) => {
        const orderId = await completedOrder(fresh);
        const e = (await fresh.gql(SUBMIT_FEEDBACK, { input: { orderId, rating: 1 } }, fresh.adminToken)).data.submitFeedback.escalation.id;
        fresh.clock.advance(contactAfterMin * 60_000);
        await fresh.gql(LOG_CONTACT, { id: e, c: 'CALL', s: 'called' }, fresh.adminToken);
        await fresh.gql(CATEGORIZE, { id: e, c: category }, fresh.adminToken);
        fresh.clock.advance(60 * 60_000);
        await fresh.gql(RESOLVE, { id: e, r: 'fixed' }, fresh.adminToken);
        if (reRating) await fresh.gql(SUBMIT_FEEDBACK, { input: { orderId, touchpoint: 'AFTER_RESOLUTION', rating: reRating } }, fresh.adminToken);
      };
      await mk(5, 'PRICING', 4);
      await mk(20, 'PRICING', 2);
      await mk(10, 'MISCOMMUNICATION');
      const r = await fresh.gql(`{ loopAnalytics(from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z") { resolved recovered recoveryRate teams { team escalations contacted slaHitRate medianMinutesToFirstContact medianMinutesToResolution } } }`, {}, fresh.adminToken);
      expect(r.errors).toBeUndefined();
      const l = r.data.loopAnalytics;
      expect(l.teams).toEqual([{ team: 'CX', escalations: 4, contacted: 3, slaHitRate: 66.7, medianMinutesToFirstContact: 10, medianMinutesToResolution: 70 }]);
      expect(l).toMatchObject({ resolved: 3, recovered: 1, recoveryRate: 33.3 });
    } finally {
      await fresh.close();
    }
  });
});

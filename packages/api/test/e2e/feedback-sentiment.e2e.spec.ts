// A1 and issue 13 item 10: what customers write in feedback reaches the analytics. Comments are
// scored (at start-up for answers stored unscored), the daily rollup keeps their count and sum
// through inserts and re-scoring, and the heatmap (bucket FEEDBACK) and the weekly figures show them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreUnscoredFeedback } from '../../src/modules/feedback/feedback-sentiment.js';
import { feedbackSentiment } from '../../src/modules/sentiment/sentiment.js';
import { SUBMIT_FEEDBACK } from '../graphql/documents.js';
import { completedOrder } from '../setup/flows.js';
import { initTestApp, type TestApp } from '../setup/test-app.js';

// Tuesday 24 Nov 2026, midday IST: inside the Asia/Kolkata week that starts Monday 23 Nov (22 Nov 18:30 UTC).
const TUESDAY = new Date('2026-11-24T06:30:00Z');
const WEEK = '2026-11-22T18:30:00.000Z';
const RANGE = { f: '2026-11-23T00:00:00Z', t: '2026-11-29T18:00:00Z' };
const HEATMAP = `query($f: DateTime!, $t: DateTime!) { sentimentHeatmap(from: $f, to: $t) { weekStart bucket count averageRating averageSentiment } }`;
const WEEKLY = `query($f: DateTime!, $t: DateTime!) { feedbackAnalytics(from: $f, to: $t) { weekStart total commentsScored averageCommentSentiment } }`;

const PRAISE = 'Pickup was on time, the executive was polite and the money hit my account instantly.';
const COMPLAINT = 'The executive came two hours late and lowered the price at my door. Not happy at all.';
const THANKS = 'Smooth process, thank you';
const round2 = (x: number) => Math.round(x * 100) / 100;
/** The three comments' average score, as the analytics round it. */
const written = () => round2([PRAISE, COMPLAINT, THANKS].reduce((sum, c) => sum + feedbackSentiment(c, null)!, 0) / 3);

let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await initTestApp({ start: new Date(TUESDAY.getTime() - 3_600_000) });
  for (const [name, rating, comment] of [['praise', 5, PRAISE], ['complaint', 2, COMPLAINT], ['thanks', 4, THANKS], ['silent', 4, null], ['blank', 3, '   ']] as const) {
    const orderId = await completedOrder(t);
    t.clock.set(TUESDAY);
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId, rating, comment } }, t.adminToken);
    expect(r.errors).toBeUndefined();
    ids[name] = r.data.submitFeedback.id;
  }
  // What start-up does for answers stored without a score (a no-op once submitting scores them).
  await scoreUnscoredFeedback(t.orm.em.fork());
});
afterAll(() => t.close());

const scoreOf = async (name: string) => (await t.sql<{ s: number | null }>(`select sentiment_score as s from feedback where id = ?`, [ids[name]]))[0].s;

/** The rollup's comment count and sentiment sum agree with the answers they sum. */
async function expectRollupAgrees() {
  const [r] = await t.sql<{ n: number; ratings: number; total: string }>(`select sum(comments)::int as n, sum(comment_rating_sum)::int as ratings, sum(sentiment_sum)::text as total from feedback_daily_rollup`);
  const [d] = await t.sql<{ n: number; ratings: number; total: string }>(
    `select count(sentiment_score)::int as n, coalesce(sum(rating) filter (where sentiment_score is not null), 0)::int as ratings, coalesce(sum(sentiment_score::numeric), 0)::text as total from feedback`,
  );
  expect({ n: r.n, ratings: r.ratings, total: Number(r.total) }).toEqual({ n: d.n, ratings: d.ratings, total: Number(d.total) });
}

describe('feedback comments in the analytics', () => {
  it('scores what was written with the model, and nothing where nothing was', async () => {
    expect(await scoreOf('praise')).toBe(feedbackSentiment(PRAISE, null));
    expect(await scoreOf('complaint')).toBe(feedbackSentiment(COMPLAINT, null));
    expect(await scoreOf('praise')).toBeGreaterThan(0.2);
    expect(await scoreOf('complaint')).toBeLessThanOrEqual(0.2);
    expect(await scoreOf('thanks')).toBe(feedbackSentiment(THANKS, null));
    expect(await scoreOf('silent')).toBeNull();
    expect(await scoreOf('blank')).toBeNull();
    expect(await scoreUnscoredFeedback(t.orm.em.fork())).toBe(0);
    await expectRollupAgrees();
  });

  it('scores an answer stored without a score (as before sentiment reached feedback), once, and the rollup follows', async () => {
    await t.sql(`update feedback set sentiment_score = null where id = ?`, [ids.complaint]);
    expect(await scoreOf('complaint')).toBeNull();
    expect(await scoreUnscoredFeedback(t.orm.em.fork())).toBe(1);
    expect(await scoreOf('complaint')).toBe(feedbackSentiment(COMPLAINT, null));
    expect(await scoreUnscoredFeedback(t.orm.em.fork())).toBe(0);
    await expectRollupAgrees();
  });

  it('puts feedback comments in the heatmap as the FEEDBACK bucket', async () => {
    const r = await t.gql(HEATMAP, RANGE, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.sentimentHeatmap).toEqual([{ weekStart: WEEK, bucket: 'FEEDBACK', count: 3, averageRating: 3.67, averageSentiment: written() }]);
  });

  it("gives each week its comments' count and average sentiment beside the ratings", async () => {
    const r = await t.gql(WEEKLY, RANGE, t.adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data.feedbackAnalytics).toEqual([{ weekStart: WEEK, total: 5, commentsScored: 3, averageCommentSentiment: written() }]);
  });

  it('follows a re-score (details added) and a score removed, through the rollup', async () => {
    const rescored = feedbackSentiment(COMPLAINT, 'They did call back and paid the full quoted price in the end, thank you.')!;
    await t.sql(`update feedback set sentiment_score = ? where id = ?`, [rescored, ids.complaint]);
    await t.sql(`update feedback set sentiment_score = ? where id = ?`, [0.5, ids.silent]);
    await t.sql(`update feedback set sentiment_score = null where id = ?`, [ids.praise]);
    await expectRollupAgrees();
    const r = await t.gql(HEATMAP, RANGE, t.adminToken);
    const average = round2((rescored + 0.5 + feedbackSentiment(THANKS, null)!) / 3);
    expect(r.data.sentimentHeatmap).toEqual([{ weekStart: WEEK, bucket: 'FEEDBACK', count: 3, averageRating: 3.33, averageSentiment: average }]);
    const w = await t.gql(WEEKLY, RANGE, t.adminToken);
    expect(w.data.feedbackAnalytics[0]).toMatchObject({ commentsScored: 3, averageCommentSentiment: average });
  });

  it('sorts review sources and FEEDBACK together, week by week', async () => {
    await t.sql(
      `insert into review (id, source, external_id, author_name, rating, text, normalised_text, posted_at, sentiment_score, imported_at)
       values (gen_random_uuid(), 'GOOGLE_BUSINESS', 'fs-1', 'A', 5, 'Great', 'great', ?, 0.6, ?)`,
      [TUESDAY, TUESDAY],
    );
    const r = await t.gql(HEATMAP, RANGE, t.adminToken);
    expect(r.data.sentimentHeatmap.map((c: { bucket: string }) => c.bucket)).toEqual(['FEEDBACK', 'GOOGLE_BUSINESS']);
  });
});

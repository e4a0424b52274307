// SOP_RULES "Reviews and testimonials" RV1–RV5 over HTTP: import (API and CSV), the five
// checks, shortlist with overrides, reject, publish, unpublish, reply, testimonials, access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { COMPLETE_ORDER, CREATE_API_KEY, SUBMIT_FEEDBACK } from '../graphql/documents.js';
import {
  ALL_REVIEWS, IMPORT_REVIEWS, IMPORT_REVIEWS_CSV, PUBLISH_REVIEW, REJECT_REVIEW, REPLY_TO_REVIEW, REVIEW,
  REVIEW_FROM_FEEDBACK, SHORTLIST_REVIEW, TESTIMONIALS, UNPUBLISH_REVIEW,
} from '../graphql/reviews.js';
import { completedOrder, createOrder, inspectedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

let t: TestApp;
let mkt: { id: string; email: string; token: string };
let cx: { id: string; email: string; token: string };
let orderId: string;
let seq = 0;

const MINUTE = 60_000;
const goodText = () =>
  `Sold my old iPhone 12 to Cashkr, the pickup was on time and the payment came instantly. Great service, highly recommend! (#${++seq})`;

const input = (over: Record<string, unknown> = {}) => ({
  source: 'GOOGLE_BUSINESS',
  externalId: `g-${++seq}`,
  authorName: 'Rahul Sharma',
  rating: 5,
  text: goodText(),
  postedAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(),
  orderId,
  ...over,
});

/** Gives a fixed text a unique tail, so two tests' reviews are never copies of each other (RV2 genuine). */
const unique = (over: Record<string, unknown>) => (typeof over.text === 'string' ? { ...over, text: `${over.text} (#${++seq})` } : over);

async function importOne(over: Record<string, unknown> = {}, token = mkt.token) {
  const r = await t.gql(IMPORT_REVIEWS, { reviews: [input(over)] }, token);
  expect(r.errors).toBeUndefined();
  return r.data.importReviews.reviews[0];
}

async function shortlisted(over: Record<string, unknown> = {}) {
  const review = await importOne(over);
  const r = await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token);
  expect(r.errors).toBeUndefined();
  return r.data.shortlistReview;
}

async function published(platforms = ['WEBSITE_TESTIMONIAL'], over: Record<string, unknown> = {}) {
  const review = await shortlisted(over);
  const r = await t.gql(PUBLISH_REVIEW, { id: review.id, p: platforms }, mkt.token);
  expect(r.errors).toBeUndefined();
  return r.data.publishReview;
}

const reviewCount = async () => (await t.sql(`select count(*)::int as n from review`))[0].n as number;
const read = async (id: string) => (await t.gql(REVIEW, { id }, mkt.token)).data.review;

beforeAll(async () => {
  t = await initTestApp();
  mkt = await t.userWith(Role.MARKETING);
  cx = await t.userWith(Role.CX_AGENT);
  orderId = await completedOrder(t);
});
afterAll(() => t.close());

describe('importReviews (RV1)', () => {
  it('imports a review with its sentiment and the five checks computed', async () => {
    const r = await t.gql(IMPORT_REVIEWS, { reviews: [input()] }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.importReviews).toMatchObject({ created: 1, duplicates: 0 });
    const review = r.data.importReviews.reviews[0];
    expect(review).toMatchObject({ status: 'NEW', orderId, authorName: 'Rahul Sharma', rating: 5, publications: [] });
    expect(review.sentimentScore).toBeGreaterThan(0.5);
    expect(review.sentimentScore).toBeLessThanOrEqual(1);
    expect(review.checks).toEqual({ genuine: true, positiveSentiment: true, clearValue: true, mentionsBrand: true, relevantDevice: true, passed: true });
    expect(new Date(review.importedAt).getTime()).toBe(t.clock.now().getTime());
    const timeline = (await read(review.id)).timeline;
    expect(timeline).toEqual([expect.objectContaining({ action: 'REVIEW_IMPORTED', rule: 'RV1', actorLabel: mkt.email })]);
  });

  it('stores the checks in their columns', async () => {
    const review = await importOne({ source: 'WEBSITE', rating: 2, text: `Terrible. They cut the price at my door and paid late. Never again. (#${++seq})`, orderId: null });
    const [row] = await t.sql(
      `select check_genuine, check_genuine_note, check_positive_sentiment, check_clear_value, check_mentions_brand, check_relevant_device, sentiment_score from review where id = ?`,
      [review.id],
    );
    expect(row).toMatchObject({
      check_genuine: false, check_genuine_note: 'A website review needs a linked COMPLETED order (confirm a suggested order match)',
      check_positive_sentiment: false, check_clear_value: true, check_mentions_brand: false, check_relevant_device: false,
    });
    expect(row.sentiment_score).toBeLessThan(-0.3);
  });

  it('counts a re-import of the same (source, externalId) as a duplicate and changes nothing', async () => {
    const first = input();
    await t.gql(IMPORT_REVIEWS, { reviews: [first] }, mkt.token);
    const before = await reviewCount();
    const again = await t.gql(IMPORT_REVIEWS, { reviews: [{ ...first, text: 'Edited later: changed my mind', rating: 1 }] }, mkt.token);
    expect(again.data.importReviews).toEqual({ created: 0, duplicates: 1, reviews: [] });
    expect(await reviewCount()).toBe(before);
    const [row] = await t.sql(`select rating, text from review where source = 'GOOGLE_BUSINESS' and external_id = ?`, [first.externalId]);
    expect(row).toEqual({ rating: 5, text: first.text });
  });

  it('counts duplicates within one batch, and the same externalId from another source is another review', async () => {
    const a = input();
    const r = await t.gql(IMPORT_REVIEWS, { reviews: [a, { ...a, text: goodText() }, { ...a, source: 'PLAY_STORE', text: goodText() }] }, mkt.token);
    expect(r.data.importReviews).toMatchObject({ created: 2, duplicates: 1 });
    expect(r.data.importReviews.reviews.map((x: any) => x.source)).toEqual(['GOOGLE_BUSINESS', 'PLAY_STORE']);
  });

  describe('refuses a bad review naming it, and imports nothing of the batch', () => {
    it.each([
      ['rating', { rating: 0 }],
      ['rating', { rating: 6 }],
      ['text', { text: '   ' }],
      ['text', { text: 'x'.repeat(5001) }],
      ['postedAt', { postedAt: '2099-01-01T00:00:00Z' }],
      ['authorName', { authorName: ' ' }],
      ['externalId', { externalId: '' }],
      ['orderId', { orderId: '00000000-0000-4000-8000-000000000000' }],
      ['orderId', { orderId: 'ORD-1' }],
      ['consentNote', { source: 'INTERNAL' }],
    ])('%s (case %#)', async (field, over) => {
      const before = await reviewCount();
      const r = await t.gql(IMPORT_REVIEWS, { reviews: [input(), input(), input(), input(over)] }, mkt.token);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe(`reviews[3].${field}`);
      expect(await reviewCount()).toBe(before);
    });

    it('an empty batch', async () => {
      const r = await t.gql(IMPORT_REVIEWS, { reviews: [] }, mkt.token);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('reviews');
    });
  });

  it('accepts postedAt exactly now (the injected clock), and 5,000 characters', async () => {
    const r = await t.gql(IMPORT_REVIEWS, { reviews: [input({ postedAt: t.clock.now().toISOString(), text: `Cashkr ${'a'.repeat(4993)}` })] }, mkt.token);
    expect(r.errors).toBeUndefined();
  });

  describe('genuine (RV2)', () => {
    it('fails for a website, social or internal review without a linked order', async () => {
      expect((await importOne({ source: 'WEBSITE', orderId: null })).checks.genuine).toBe(false);
      expect((await importOne({ source: 'SOCIAL', orderId: null })).checks.genuine).toBe(false);
      expect((await importOne({ source: 'INTERNAL', orderId: null, consentNote: 'Agreed on the call' })).checks.genuine).toBe(false);
    });

    it('fails, whatever the platform, for a review linked to an order that is not COMPLETED', async () => {
      for (const source of ['GOOGLE_BUSINESS', 'PLAY_STORE', 'APP_STORE', 'WEBSITE']) {
        expect((await importOne({ source, orderId: await createOrder(t) })).checks.genuine).toBe(false);
      }
    });

    it('fails for both copies when a later review has the same normalised text, and the earlier one records why', async () => {
      const text = `Cashkr bought my Samsung Galaxy phone, quick pickup and fair price, very happy! (#${++seq})`;
      const earlier = await importOne({ text });
      expect(earlier.checks.genuine).toBe(true);
      const later = await importOne({ text: `  ${text.toUpperCase()}!!! `, source: 'PLAY_STORE' });
      expect(later.checks.genuine).toBe(false);
      const now = await read(earlier.id);
      expect(now.checks.genuine).toBe(false);
      expect(now.timeline.map((e: any) => e.action)).toContain('REVIEW_CHECKS_CHANGED');
      expect(now.timeline.find((e: any) => e.action === 'REVIEW_CHECKS_CHANGED').data.sameTextAs).toEqual([later.id]);
    });

    it('fails for copies inside one batch', async () => {
      const text = `Cashkr took my laptop and paid the same day, brilliant experience overall (#${++seq})`;
      const r = await t.gql(IMPORT_REVIEWS, { reviews: [input({ text }), input({ text: `${text}.` })] }, mkt.token);
      expect(r.data.importReviews.reviews.map((x: any) => x.checks.genuine)).toEqual([false, false]);
    });
  });

  it('scores sentiment on a real scale: positive, negative, mixed', async () => {
    const r = await t.gql(IMPORT_REVIEWS, {
      reviews: [
        input({ text: `Fantastic service from Cashkr, my phone was picked up on time and paid instantly! (#${++seq})` }),
        input({ rating: 1, text: `Worst experience. The agent reduced the price at my door and payment took 5 days. (#${++seq})` }),
        input({ rating: 3, text: `Pickup was on time and staff polite, but the final price was much lower than the quote. (#${++seq})` }),
      ],
    }, mkt.token);
    const [pos, neg, mixed] = r.data.importReviews.reviews.map((x: any) => x.sentimentScore);
    expect(pos).toBeGreaterThan(0.5);
    expect(neg).toBeLessThan(-0.3);
    expect(mixed).toBeGreaterThan(neg);
    expect(mixed).toBeLessThan(pos);
  });
});

describe('importReviewsCsv (RV1 from a spreadsheet)', () => {
  const header = 'source,externalId,authorName,rating,text,postedAt,orderId';
  const line = (id: string, over: Partial<Record<'source' | 'rating' | 'text' | 'postedAt' | 'author', string>> = {}) =>
    [over.source ?? 'Play Store', id, over.author ?? 'Priya Iyer', over.rating ?? '5', `"${over.text ?? goodText()}"`, over.postedAt ?? '2026-11-20T14:30', orderId].join(',');

  it('imports every row, with quoted commas and India time for postedAt', async () => {
    const a = `csv-${++seq}`;
    const b = `csv-${++seq}`;
    const r = await t.gql(IMPORT_REVIEWS_CSV, { csv: [header, line(a), line(b, { source: 'GOOGLE_BUSINESS' })].join('\n') }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.importReviewsCsv).toMatchObject({ created: 2, duplicates: 0, errors: [] });
    const [first] = r.data.importReviewsCsv.reviews;
    expect(first).toMatchObject({ source: 'PLAY_STORE', externalId: a, postedAt: '2026-11-20T09:00:00.000Z', status: 'NEW' });
    expect(first.checks.passed).toBe(true);

    const again = await t.gql(IMPORT_REVIEWS_CSV, { csv: [header, line(a), line(b, { source: 'GOOGLE_BUSINESS' })].join('\n') }, mkt.token);
    expect(again.data.importReviewsCsv).toMatchObject({ created: 0, duplicates: 2, errors: [] });
  });

  it('reports every bad row with its row and field, and imports nothing', async () => {
    const before = await reviewCount();
    const csv = [
      header,
      line(`csv-${++seq}`),
      line(`csv-${++seq}`, { rating: '7' }),
      line(`csv-${++seq}`, { source: 'Twitter', postedAt: 'yesterday' }),
      line(`csv-${++seq}`, { postedAt: '2099-01-01' }),
    ].join('\n');
    const r = await t.gql(IMPORT_REVIEWS_CSV, { csv }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.importReviewsCsv).toMatchObject({ created: 0, duplicates: 0, reviews: [] });
    expect(r.data.importReviewsCsv.errors.map((e: any) => [e.row, e.field])).toEqual([
      [3, 'rating'], [4, 'source'], [4, 'postedAt'], [5, 'postedAt'],
    ]);
    expect(await reviewCount()).toBe(before);
  });

  it('reports an unknown order per row', async () => {
    const csv = `${header}\n${line(`csv-${++seq}`).replace(orderId, '00000000-0000-4000-8000-000000000000')}`;
    const r = await t.gql(IMPORT_REVIEWS_CSV, { csv }, mkt.token);
    expect(r.data.importReviewsCsv.errors).toEqual([{ row: 2, field: 'orderId', message: expect.stringContaining('does not exist') }]);
  });

  it.each([
    ['an empty file', ''],
    ['a missing column', 'source,externalId,rating\nGOOGLE,1,5'],
    ['an unknown column', `${header},stars\n`],
    ['broken quoting', `${header}\nPLAY_STORE,x,"unclosed`],
  ])('refuses %s with BAD_USER_INPUT on csv', async (_what, csv) => {
    const r = await t.gql(IMPORT_REVIEWS_CSV, { csv }, mkt.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('csv');
  });
});

describe('shortlistReview (RV2, RV3)', () => {
  it('shortlists a review that passes every check, recording who and when', async () => {
    const review = await importOne();
    t.clock.advance(MINUTE);
    const r = await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.shortlistReview).toMatchObject({
      status: 'SHORTLISTED', statusReason: null, overriddenChecks: null, statusChangedBy: { email: mkt.email },
      statusChangedAt: t.clock.now().toISOString(), nextStatuses: ['PUBLISHED', 'REJECTED'],
    });
    const timeline = (await read(review.id)).timeline;
    expect(timeline.at(-1)).toMatchObject({ action: 'REVIEW_SHORTLISTED', rule: 'RV2', actorLabel: mkt.email });
  });

  describe('refuses with REVIEW_CRITERIA_NOT_MET, listing the failed checks, and changes nothing', () => {
    it.each([
      ['genuine (a website review without an order)', { source: 'WEBSITE', orderId: null }, null, ['genuine']],
      ['genuine, even with an override', { source: 'WEBSITE', orderId: null }, 'Great quote', ['genuine']],
      ['positiveSentiment (rating 3)', { rating: 3 }, null, ['positiveSentiment']],
      ['positiveSentiment, even with an override', { rating: 3 }, 'Campaign', ['positiveSentiment']],
      ['clearValue without an overrideReason', { text: 'Cashkr phone pickup great!' }, null, ['clearValue']],
      ['mentionsBrand with a blank overrideReason', { text: 'Sold my phone here, quick pickup and instant payment, great service!' }, '   ', ['mentionsBrand']],
      ['every check', { source: 'SOCIAL', orderId: null, rating: 1, text: 'Awful.' }, null, ['genuine', 'positiveSentiment', 'clearValue', 'mentionsBrand', 'relevantDevice']],
    ])('%s', async (_what, over: Record<string, unknown>, overrideReason, failed) => {
      const review = await importOne(unique(over));
      const r = await t.gql(SHORTLIST_REVIEW, { id: review.id, o: overrideReason }, mkt.token);
      expectRefusal(r, 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
      expect(r.errors![0].extensions.details.failedChecks).toEqual(failed);
      for (const name of failed) expect(r.errors![0].message).toContain(name);
      const after = await read(review.id);
      expect(after.status).toBe('NEW');
      expect(after.timeline).toHaveLength(1);
    });
  });

  it.each([
    ['clearValue', { text: 'Great, Cashkr bought my phone!' }],
    ['mentionsBrand', { text: 'Sold my phone here, quick pickup and instant payment, great service!' }],
    ['relevantDevice', { text: 'Cashkr was quick, polite and paid me instantly, great service overall!' }],
  ])('lets MARKETING override %s with an overrideReason', async (check, over) => {
    const review = await importOne(unique(over));
    expect(review.checks[check]).toBe(false);
    t.clock.advance(MINUTE);
    const r = await t.gql(SHORTLIST_REVIEW, { id: review.id, o: 'Strong quote for the Diwali carousel' }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.shortlistReview).toMatchObject({ status: 'SHORTLISTED', statusReason: 'Strong quote for the Diwali carousel', overriddenChecks: [check] });
    expect((await read(review.id)).timeline.at(-1)).toMatchObject({ action: 'REVIEW_SHORTLISTED', rule: 'RV3' });
  });

  it('re-evaluates genuine when shortlisting: an order completed after the import now counts', async () => {
    const order = await inspectedOrder(t);
    const review = await importOne({ orderId: order });
    expect(review.checks.genuine).toBe(false);
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token), 'SOP_VIOLATION', 'REVIEW_CRITERIA_NOT_MET');
    expect((await t.gql(COMPLETE_ORDER, { o: order, ref: `PAY-${order.slice(0, 8)}` }, t.adminToken)).errors).toBeUndefined();
    const r = await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.shortlistReview.checks.genuine).toBe(true);
  });

  it('refuses a review that is already SHORTLISTED or PUBLISHED with CONFLICT', async () => {
    const s = await shortlisted();
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: s.id }, mkt.token), 'CONFLICT');
    const p = await published();
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: p.id }, mkt.token), 'CONFLICT');
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: '00000000-0000-4000-8000-000000000000' }, mkt.token), 'NOT_FOUND');
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: 'nope' }, mkt.token), 'NOT_FOUND');
  });
});

describe('rejectReview (RV5)', () => {
  it('rejects with reason, actor and time, and keeps the review', async () => {
    const review = await importOne();
    t.clock.advance(MINUTE);
    const r = await t.gql(REJECT_REVIEW, { id: review.id, r: '  Mentions a competitor  ' }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.rejectReview).toMatchObject({
      status: 'REJECTED', statusReason: 'Mentions a competitor', statusChangedBy: { email: mkt.email }, statusChangedAt: t.clock.now().toISOString(),
    });
    const list = await t.gql(ALL_REVIEWS, { filter: { status: ['REJECTED'], ids: [review.id] } }, mkt.token);
    expect(list.data._allReviewsMeta.count).toBe(1);
  });

  it('a rejected review can be reconsidered by shortlisting it again (checks re-run); the rejection stays in its timeline', async () => {
    const review = await importOne();
    t.clock.advance(MINUTE);
    await t.gql(REJECT_REVIEW, { id: review.id, r: 'Not now' }, mkt.token);
    t.clock.advance(MINUTE);
    const r = await t.gql(SHORTLIST_REVIEW, { id: review.id }, mkt.token);
    expect(r.data.shortlistReview.status).toBe('SHORTLISTED');
    expect((await read(review.id)).timeline.map((e: any) => e.action)).toEqual(['REVIEW_IMPORTED', 'REVIEW_REJECTED', 'REVIEW_SHORTLISTED']);
  });

  it('needs a reason (BAD_USER_INPUT on reason)', async () => {
    const review = await importOne();
    const r = await t.gql(REJECT_REVIEW, { id: review.id, r: '  ' }, mkt.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('reason');
    expect((await read(review.id)).status).toBe('NEW');
  });

  it.each([
    ['PUBLISHED (unpublish it first)', () => published()],
    ['REJECTED', async () => {
      const review = await importOne();
      await t.gql(REJECT_REVIEW, { id: review.id, r: 'Spam' }, mkt.token);
      return review;
    }],
  ])('refuses a review that is %s with CONFLICT', async (_what, make) => {
    const review = await make();
    expectRefusal(await t.gql(REJECT_REVIEW, { id: review.id, r: 'Again' }, mkt.token), 'CONFLICT');
  });
});

describe('publishReview (RV4) and testimonials', () => {
  it('publishes a SHORTLISTED review on each platform with the default creative; testimonials list it publicly', async () => {
    const review = await shortlisted();
    const r = await t.gql(PUBLISH_REVIEW, { id: review.id, p: ['WEBSITE_TESTIMONIAL', 'INSTAGRAM_FEED'] }, mkt.token);
    expect(r.errors).toBeUndefined();
    const p = r.data.publishReview;
    expect(p.status).toBe('PUBLISHED');
    expect(p.publications.map((x: any) => x.platform).sort()).toEqual(['INSTAGRAM_FEED', 'WEBSITE_TESTIMONIAL']);
    for (const pub of p.publications) expect(pub).toMatchObject({ displayName: 'Rahul S.', excerpt: review.text, rating: 5, unpublishedAt: null });
    const pub = await t.gql(TESTIMONIALS, { p: 'INSTAGRAM_FEED' });
    expect(pub.errors).toBeUndefined();
    expect(pub.data.testimonials[0]).toEqual({ platform: 'INSTAGRAM_FEED', displayName: 'Rahul S.', excerpt: review.text, rating: 5, publishedAt: t.clock.now().toISOString() });
  });

  it('cuts a long text at a word boundary to at most 280 characters', async () => {
    const long = `Great service! ${'Cashkr picked up my old phone on time and paid instantly, '.repeat(8)}the end (#${++seq})`;
    const p = await published(['CAROUSEL_AD'], { text: long });
    const excerpt = p.publications[0].excerpt as string;
    expect([...excerpt].length).toBeLessThanOrEqual(280);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it('takes the given creative', async () => {
    const review = await shortlisted({ authorName: 'Priya Iyer' });
    const r = await t.gql(PUBLISH_REVIEW, { id: review.id, p: ['INSTAGRAM_STORY'], c: { displayName: 'Priya from Pune', excerpt: 'the payment came instantly. Great service' } }, mkt.token);
    expect(r.data.publishReview.publications[0]).toMatchObject({ displayName: 'Priya from Pune', excerpt: 'the payment came instantly. Great service' });
  });

  it('does not publish twice on a platform where the review is live; it adds the new ones', async () => {
    const p = await published(['WEBSITE_TESTIMONIAL']);
    const r = await t.gql(PUBLISH_REVIEW, { id: p.id, p: ['WEBSITE_TESTIMONIAL', 'HOMEPAGE_TRUST_BADGE'] }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.publishReview.publications.map((x: any) => x.platform).sort()).toEqual(['HOMEPAGE_TRUST_BADGE', 'WEBSITE_TESTIMONIAL']);
    const same = await t.gql(PUBLISH_REVIEW, { id: p.id, p: ['WEBSITE_TESTIMONIAL'] }, mkt.token);
    expect(same.data.publishReview.publications).toHaveLength(2);
  });

  it('lists testimonials newest first', async () => {
    const older = await published(['HOMEPAGE_TRUST_BADGE'], { authorName: 'Older Person' });
    t.clock.advance(MINUTE);
    const newer = await published(['HOMEPAGE_TRUST_BADGE'], { authorName: 'Newer Person' });
    const list = (await t.gql(TESTIMONIALS, { p: 'HOMEPAGE_TRUST_BADGE' })).data.testimonials;
    const names = list.map((x: any) => x.displayName);
    expect(names.indexOf('Newer P.')).toBeLessThan(names.indexOf('Older P.'));
    expect(names.indexOf('Newer P.')).toBe(0);
    const times = list.map((x: any) => new Date(x.publishedAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(older.id).not.toBe(newer.id);
  });

  it.each([
    ['NEW', () => importOne()],
    ['REJECTED', async () => {
      const review = await importOne();
      await t.gql(REJECT_REVIEW, { id: review.id, r: 'No' }, mkt.token);
      return review;
    }],
  ])('refuses a %s review with REVIEW_NOT_SHORTLISTED', async (_status, make) => {
    const review = await make();
    const r = await t.gql(PUBLISH_REVIEW, { id: review.id, p: ['WEBSITE_TESTIMONIAL'] }, mkt.token);
    expectRefusal(r, 'SOP_VIOLATION', 'REVIEW_NOT_SHORTLISTED');
    expect((await read(review.id)).publications).toEqual([]);
  });

  it.each([
    ['platforms', [], null],
    ['creative.excerpt', ['INSTAGRAM_FEED'], { excerpt: 'Cashkr '.repeat(41) }],
    ['creative.excerpt', ['INSTAGRAM_FEED'], { excerpt: 'The best phone buyer in all of India!' }],
  ])('refuses bad input naming %s', async (field, platforms, creative) => {
    const review = await shortlisted();
    const r = await t.gql(PUBLISH_REVIEW, { id: review.id, p: platforms, c: creative }, mkt.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe(field);
    expect((await read(review.id)).status).toBe('SHORTLISTED');
  });
});

describe('unpublishReview (RV5)', () => {
  it('takes it down everywhere with the reason, keeps the publications, and testimonials stop listing it', async () => {
    const p = await published(['INSTAGRAM_STORY', 'CAROUSEL_AD'], { authorName: 'Take Down' });
    expect((await t.gql(TESTIMONIALS, { p: 'CAROUSEL_AD' })).data.testimonials.map((x: any) => x.displayName)).toContain('Take D.');
    t.clock.advance(MINUTE);
    const r = await t.gql(UNPUBLISH_REVIEW, { id: p.id, r: 'Customer asked us to remove it' }, mkt.token);
    expect(r.errors).toBeUndefined();
    const u = r.data.unpublishReview;
    expect(u).toMatchObject({ status: 'SHORTLISTED', statusReason: 'Customer asked us to remove it', statusChangedBy: { email: mkt.email } });
    expect(u.publications).toHaveLength(2);
    for (const pub of u.publications) {
      expect(pub).toMatchObject({ unpublishedAt: t.clock.now().toISOString(), unpublishReason: 'Customer asked us to remove it' });
    }
    expect((await t.gql(TESTIMONIALS, { p: 'CAROUSEL_AD' })).data.testimonials.map((x: any) => x.displayName)).not.toContain('Take D.');
    expect((await t.sql(`select count(*)::int as n from publication where review_id = ?`, [p.id]))[0].n).toBe(2);

    // Publishing again adds a new publication; the old one stays as history.
    const again = await t.gql(PUBLISH_REVIEW, { id: p.id, p: ['CAROUSEL_AD'] }, mkt.token);
    expect(again.data.publishReview.publications).toHaveLength(3);
    expect((await t.gql(TESTIMONIALS, { p: 'CAROUSEL_AD' })).data.testimonials.filter((x: any) => x.displayName === 'Take D.')).toHaveLength(1);
  });

  it('needs a reason (BAD_USER_INPUT on reason)', async () => {
    const p = await published();
    const r = await t.gql(UNPUBLISH_REVIEW, { id: p.id, r: '' }, mkt.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('reason');
    expect((await read(p.id)).status).toBe('PUBLISHED');
  });

  it('refuses a review that is not PUBLISHED with CONFLICT', async () => {
    const s = await shortlisted();
    expectRefusal(await t.gql(UNPUBLISH_REVIEW, { id: s.id, r: 'Why' }, mkt.token), 'CONFLICT');
  });
});

describe('replyToReview (RV5: the Review Replies record)', () => {
  it('stores the reply and its time on the review, whatever its status', async () => {
    const review = await importOne({ rating: 1, text: `Payment delayed by a week, not happy (#${++seq})` });
    t.clock.advance(MINUTE);
    await t.gql(REJECT_REVIEW, { id: review.id, r: 'Negative' }, mkt.token);
    t.clock.advance(MINUTE);
    const r = await t.gql(REPLY_TO_REVIEW, { id: review.id, t: ' Sorry, Rahul — our team will call you today. ' }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.replyToReview).toMatchObject({ reply: 'Sorry, Rahul — our team will call you today.', repliedAt: t.clock.now().toISOString(), status: 'REJECTED' });
    expect((await read(review.id)).timeline.at(-1)).toMatchObject({ action: 'REVIEW_REPLIED', rule: 'RV5' });
  });

  it.each([['blank', '  '], ['too long', 'x'.repeat(2001)]])('refuses a %s reply naming text', async (_what, text) => {
    const review = await importOne();
    const r = await t.gql(REPLY_TO_REVIEW, { id: review.id, t: text }, mkt.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe('text');
  });
});

describe('createReviewFromFeedback: internal feedback with consent', () => {
  async function feedback(rating: number, comment: string | null) {
    const order = await completedOrder(t, { name: 'Kavya Reddy' });
    const r = await t.gql(SUBMIT_FEEDBACK, { input: { orderId: order, rating, comment } }, t.adminToken);
    expect(r.errors).toBeUndefined();
    return { order, id: r.data.submitFeedback.id as string };
  }

  it('turns 4–5 star feedback with a comment into an INTERNAL review with the consent recorded; asking again returns it', async () => {
    const f = await feedback(5, `Cashkr bought my MacBook Air, pickup on time and instant payment, superb! (#${++seq})`);
    const r = await t.gql(REVIEW_FROM_FEEDBACK, { f: f.id, c: 'Agreed on the call of 23 Nov, 11:00' }, cx.token);
    expect(r.errors).toBeUndefined();
    const review = r.data.createReviewFromFeedback;
    expect(review).toMatchObject({
      source: 'INTERNAL', externalId: f.id, authorName: 'Kavya Reddy', rating: 5, orderId: f.order, status: 'NEW',
      consentNote: 'Agreed on the call of 23 Nov, 11:00', consentRecordedAt: t.clock.now().toISOString(),
    });
    expect(review.checks.passed).toBe(true);
    const again = await t.gql(REVIEW_FROM_FEEDBACK, { f: f.id, c: 'Again' }, mkt.token);
    expect(again.data.createReviewFromFeedback.id).toBe(review.id);
  });

  it.each([
    ['feedbackId', 3, 'It was fine overall', 'Agreed'],
    ['feedbackId', 5, null, 'Agreed'],
    ['consentNote', 5, 'Cashkr bought my phone, great!', '  '],
  ])('refuses with BAD_USER_INPUT on %s (rating %i, comment %j)', async (field, rating, comment, consent) => {
    const f = await feedback(rating, comment);
    const before = await reviewCount();
    const r = await t.gql(REVIEW_FROM_FEEDBACK, { f: f.id, c: consent }, mkt.token);
    expectRefusal(r, 'BAD_USER_INPUT');
    expect(r.errors![0].extensions.field).toBe(field);
    expect(await reviewCount()).toBe(before);
  });

  it('answers NOT_FOUND for unknown feedback', async () => {
    expectRefusal(await t.gql(REVIEW_FROM_FEEDBACK, { f: '00000000-0000-4000-8000-000000000000', c: 'Agreed' }, mkt.token), 'NOT_FOUND');
  });
});

describe('the admin list (allReviews)', () => {
  let marker: string;
  let ids: Record<string, string>;
  beforeAll(async () => {
    marker = `zq${Date.now()}`;
    // "two" is linked to an order still open: not genuine on any platform (RV2).
    const openOrder = await createOrder(t);
    const r = await t.gql(IMPORT_REVIEWS, {
      reviews: [
        input({ source: 'APP_STORE', text: `Cashkr paid for my iPad instantly, lovely team ${marker} one` }),
        input({ source: 'APP_STORE', rating: 2, text: `Bad pickup, late by hours and rude ${marker} two`, orderId: openOrder }),
        input({ source: 'WEBSITE', rating: 4, text: `Good service for my laptop sale with Cashkr ${marker} three` }),
      ],
    }, mkt.token);
    const [one, two, three] = r.data.importReviews.reviews;
    ids = { one: one.id, two: two.id, three: three.id };
    await t.gql(REJECT_REVIEW, { id: two.id, r: 'Negative' }, mkt.token);
  });

  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const r = await t.gql(ALL_REVIEWS, { filter: { q: marker, ...filter }, ...extra }, mkt.token);
    expect(r.errors).toBeUndefined();
    expect(r.data._allReviewsMeta.count).toBe(r.data.allReviews.length);
    return r.data.allReviews.map((x: any) => x.id).sort();
  };

  it.each([
    ['q alone', {}, ['one', 'two', 'three']],
    ['source', { source: ['APP_STORE'] }, ['one', 'two']],
    ['rating', { rating: [4, 5] }, ['one', 'three']],
    ['status', { status: ['REJECTED'] }, ['two']],
    ['sentimentMax', { sentimentMax: 0 }, ['two']],
    ['sentimentMin', { sentimentMin: 0.2 }, ['one', 'three']],
    ['genuine failed', { genuine: false }, ['two']],
    ['relevantDevice passed', { relevantDevice: true }, ['one', 'three']],
    ['checksPassed false', { checksPassed: false }, ['two']],
    ['postedTo in the past', { postedTo: '2000-01-01T00:00:00Z' }, []],
    ['replied false', { replied: false }, ['one', 'two', 'three']],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await list(filter)).toEqual(expected.map((k) => ids[k]).sort());
  });

  it('sorts and pages', async () => {
    const r = await t.gql(ALL_REVIEWS, { filter: { q: marker }, sortField: 'rating', sortOrder: 'ASC', perPage: 2, page: 0 }, mkt.token);
    expect(r.data.allReviews.map((x: any) => x.rating)).toEqual([2, 4]);
    expect(r.data._allReviewsMeta.count).toBe(3);
    expectRefusal(await t.gql(ALL_REVIEWS, { sortField: 'text' }, mkt.token), 'BAD_USER_INPUT');
  });

  it('reads one review by its admin name Review(id)', async () => {
    const r = await t.gql(`query($id: ID!) { Review(id: $id) { id status } }`, { id: ids.two }, mkt.token);
    expect(r.data.Review).toEqual({ id: ids.two, status: 'REJECTED' });
  });
});

describe('access (S1, S2)', () => {
  it.each([
    ['importReviews', IMPORT_REVIEWS, () => ({ reviews: [input()] })],
    ['importReviewsCsv', IMPORT_REVIEWS_CSV, () => ({ csv: 'source\n' })],
    ['shortlistReview', SHORTLIST_REVIEW, () => ({ id: '00000000-0000-4000-8000-000000000000' })],
    ['publishReview', PUBLISH_REVIEW, () => ({ id: '00000000-0000-4000-8000-000000000000', p: ['WEBSITE_TESTIMONIAL'] })],
    ['allReviews', ALL_REVIEWS, () => ({})],
  ])('CX_AGENT may not call %s (FORBIDDEN)', async (_op, query, vars) => {
    expectRefusal(await t.gql(query, vars(), cx.token), 'FORBIDDEN');
  });

  it('without credentials only testimonials answer', async () => {
    expectRefusal(await t.gql(IMPORT_REVIEWS, { reviews: [input()] }), 'UNAUTHENTICATED');
    expectRefusal(await t.gql(REVIEW, { id: '00000000-0000-4000-8000-000000000000' }), 'UNAUTHENTICATED');
    expect((await t.gql(TESTIMONIALS, { p: 'WEBSITE_TESTIMONIAL' })).errors).toBeUndefined();
  });

  it('an API key with REVIEWS_WRITE imports reviews but cannot shortlist; READ_ALL reads but cannot import', async () => {
    const write = (await t.gql(CREATE_API_KEY, { n: 'review-sync', s: ['REVIEWS_WRITE'] }, t.adminToken)).data.createApiKey.secret;
    const readKey = (await t.gql(CREATE_API_KEY, { n: 'bi', s: ['READ_ALL'] }, t.adminToken)).data.createApiKey.secret;
    const r = await t.gql(IMPORT_REVIEWS, { reviews: [input()] }, write);
    expect(r.errors).toBeUndefined();
    const review = r.data.importReviews.reviews[0];
    expect((await t.gql(REVIEW, { id: review.id }, readKey)).data.review.timeline[0].actorLabel).toBe('API key review-sync');
    expectRefusal(await t.gql(SHORTLIST_REVIEW, { id: review.id }, write), 'FORBIDDEN');
    expectRefusal(await t.gql(IMPORT_REVIEWS, { reviews: [input()] }, readKey), 'FORBIDDEN');
  });
});

// Issue 14 item 11 over HTTP: the CSV preview (importReviewsCsv dryRun) and its template, taking a
// testimonial down from one platform (unpublishReview platforms), and what a testimonial tells the
// admin (Publication.reviewId, Publication.availableActions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums.js';
import { IMPORT_REVIEWS, PUBLISH_REVIEW, SHORTLIST_REVIEW } from '../graphql/reviews.js';
import { completedOrder } from '../setup/flows.js';
import { expectRefusal, initTestApp, type TestApp } from '../setup/test-app.js';

const PREVIEW = `mutation($csv: String!, $dry: Boolean) {
  importReviewsCsv(csv: $csv, dryRun: $dry) {
    dryRun created duplicates errors { row field message }
    rows { row outcome source externalId authorName rating text postedAt errors { field message } }
    reviews { id }
  }
}`;
const TEMPLATE = `query { reviewImportTemplate { csv columns { name required description } } }`;
const UNPUBLISH = `mutation($id: ID!, $r: String!, $p: [PublishPlatform!], $v: Int) {
  unpublishReview(reviewId: $id, reason: $r, platforms: $p, expectedVersion: $v) {
    id status statusReason version availableActions { action }
    publications { platform unpublishedAt unpublishReason availableActions { action enabled } }
    timeline { action data }
  }
}`;
const LIVE = `query($p: PublishPlatform!) { testimonials(platform: $p) { id platform displayName reviewId availableActions { action enabled reason } } }`;

let t: TestApp;
let mkt: { token: string };
let cx: { token: string };
let orderId: string;
let seq = 0;
const goodText = () => `Sold my old iPhone 12 to Cashkr, the pickup was on time and the payment came instantly. Great service! (#ux-${++seq})`;
const reviewCount = async () => (await t.sql(`select count(*)::int as n from review`))[0].n as number;

async function published(platforms: string[], authorName: string) {
  const imported = await t.gql(IMPORT_REVIEWS, {
    reviews: [{ source: 'GOOGLE_BUSINESS', externalId: `ux-${++seq}`, authorName, rating: 5, text: goodText(), postedAt: new Date(t.clock.now().getTime() - 86_400_000).toISOString(), orderId }],
  }, mkt.token);
  const id = imported.data.importReviews.reviews[0].id;
  expect((await t.gql(SHORTLIST_REVIEW, { id }, mkt.token)).errors).toBeUndefined();
  const r = await t.gql(PUBLISH_REVIEW, { id, p: platforms }, mkt.token);
  expect(r.errors).toBeUndefined();
  return id as string;
}

beforeAll(async () => {
  t = await initTestApp();
  mkt = await t.userWith(Role.MARKETING);
  cx = await t.userWith(Role.CX_AGENT);
  orderId = await completedOrder(t);
});
afterAll(() => t.close());

describe('reviewImportTemplate', () => {
  it('gives the header row importReviewsCsv reads, and a file of it is read as such (no unknown or missing column)', async () => {
    const r = await t.gql(TEMPLATE, {}, mkt.token);
    expect(r.errors).toBeUndefined();
    const { csv, columns } = r.data.reviewImportTemplate;
    expect(csv).toBe('source,externalId,authorName,rating,text,postedAt,orderId,consentNote\r\n');
    expect(columns.filter((c: any) => c.required).map((c: any) => c.name)).toEqual(['source', 'externalId', 'authorName', 'rating', 'text', 'postedAt']);
    // The template's own header is accepted: with no row the file is refused only for having no reviews.
    const empty = await t.gql(PREVIEW, { csv, dry: true }, mkt.token);
    expectRefusal(empty, 'BAD_USER_INPUT');
    expect(empty.errors![0].message).toContain('no reviews');
  });

  it('is for whoever may import (FORBIDDEN for CX)', async () => {
    expectRefusal(await t.gql(TEMPLATE, {}, cx.token), 'FORBIDDEN');
  });
});

describe('importReviewsCsv dryRun (the preview)', () => {
  const header = 'source,externalId,authorName,rating,text,postedAt';
  const line = (id: string, rating = '5', text = goodText()) => ['Play Store', id, 'Priya Iyer', rating, `"${text}"`, '2026-11-20T14:30'].join(',');

  it('reports every row with its outcome as importing would, and writes nothing; the import then does just that', async () => {
    const known = `ux-csv-${++seq}`;
    expect((await t.gql(PREVIEW, { csv: `${header}\n${line(known)}` }, mkt.token)).data.importReviewsCsv.created).toBe(1);
    const fresh = `ux-csv-${++seq}`;
    const csv = [header, line(fresh), line(known), line(fresh)].join('\n');
    const before = await reviewCount();

    const dry = (await t.gql(PREVIEW, { csv, dry: true }, mkt.token)).data.importReviewsCsv;
    expect(dry).toMatchObject({ dryRun: true, created: 1, duplicates: 2, errors: [], reviews: [] });
    expect(dry.rows.map((r: any) => [r.row, r.outcome, r.externalId])).toEqual([[2, 'CREATE', fresh], [3, 'DUPLICATE', known], [4, 'DUPLICATE', fresh]]);
    expect(dry.rows[0]).toMatchObject({ source: 'Play Store', authorName: 'Priya Iyer', rating: '5', postedAt: '2026-11-20T14:30', errors: [] });
    expect(await reviewCount()).toBe(before);

    const done = (await t.gql(PREVIEW, { csv, dry: false }, mkt.token)).data.importReviewsCsv;
    expect(done).toMatchObject({ dryRun: false, created: 1, duplicates: 2, errors: [] });
    expect(done.rows.map((r: any) => r.outcome)).toEqual(dry.rows.map((r: any) => r.outcome));
    expect(await reviewCount()).toBe(before + 1);
  });

  it('reads rows added below the template whatever their line endings (CRLF header, LF rows)', async () => {
    const { csv } = (await t.gql(TEMPLATE, {}, mkt.token)).data.reviewImportTemplate;
    const row = (id: string) => `PLAY_STORE,${id},Priya Iyer,5,"${goodText()}",2026-11-20T14:30,,`;
    const dry = (await t.gql(PREVIEW, { csv: `${csv}${row(`ux-csv-${++seq}`)}\n${row(`ux-csv-${++seq}`)}\n`, dry: true }, mkt.token)).data.importReviewsCsv;
    expect(dry.rows.map((r: any) => [r.row, r.outcome])).toEqual([[2, 'CREATE'], [3, 'CREATE']]);
  });

  it('puts each row\'s problems on its row (INVALID), as the import would refuse them', async () => {
    const csv = [header, line(`ux-csv-${++seq}`), line(`ux-csv-${++seq}`, '7'), 'Twitter,x,Someone,5,"Fine",yesterday', 'PLAY_STORE,too,few'].join('\n');
    const dry = (await t.gql(PREVIEW, { csv, dry: true }, mkt.token)).data.importReviewsCsv;
    expect(dry).toMatchObject({ dryRun: true, created: 0, duplicates: 0 });
    expect(dry.rows.map((r: any) => [r.row, r.outcome, r.errors.map((e: any) => e.field)])).toEqual([
      [2, 'CREATE', []],
      [3, 'INVALID', ['rating']],
      [4, 'INVALID', ['source', 'postedAt']],
      [5, 'INVALID', [null]],
    ]);
    const real = (await t.gql(PREVIEW, { csv }, mkt.token)).data.importReviewsCsv;
    expect(real.errors).toEqual(dry.errors);
    expect(real.created).toBe(0);
  });

  it('refuses an unreadable file with BAD_USER_INPUT on csv, and a caller who may not import with FORBIDDEN', async () => {
    const bad = await t.gql(PREVIEW, { csv: 'stars,author\n5,x', dry: true }, mkt.token);
    expectRefusal(bad, 'BAD_USER_INPUT');
    expect(bad.errors![0].extensions.field).toBe('csv');
    expectRefusal(await t.gql(PREVIEW, { csv: `${header}\n${line(`ux-csv-${++seq}`)}`, dry: true }, cx.token), 'FORBIDDEN');
  });
});

describe('unpublishReview from some platforms (RV5)', () => {
  it('takes it down from one platform: the other stays live, the review stays PUBLISHED, and the audit names both', async () => {
    const id = await published(['INSTAGRAM_FEED', 'WEBSITE_TESTIMONIAL'], 'Partial Down');
    const r = await t.gql(UNPUBLISH, { id, r: 'Wrong crop on Instagram', p: ['INSTAGRAM_FEED'] }, mkt.token);
    expect(r.errors).toBeUndefined();
    const u = r.data.unpublishReview;
    expect(u.status).toBe('PUBLISHED');
    const byPlatform = Object.fromEntries(u.publications.map((p: any) => [p.platform, p]));
    expect(byPlatform.INSTAGRAM_FEED).toMatchObject({ unpublishReason: 'Wrong crop on Instagram', availableActions: [] });
    expect(byPlatform.INSTAGRAM_FEED.unpublishedAt).not.toBeNull();
    expect(byPlatform.WEBSITE_TESTIMONIAL).toMatchObject({ unpublishedAt: null, availableActions: [{ action: 'UNPUBLISH', enabled: true }] });
    expect(u.timeline.find((e: any) => e.action === 'REVIEW_UNPUBLISHED')).toMatchObject({ action: 'REVIEW_UNPUBLISHED', data: { platforms: ['INSTAGRAM_FEED'], stillLive: ['WEBSITE_TESTIMONIAL'], to: 'PUBLISHED' } });
    expect((await t.gql(LIVE, { p: 'INSTAGRAM_FEED' })).data.testimonials.map((x: any) => x.displayName)).not.toContain('Partial D.');
    expect((await t.gql(LIVE, { p: 'WEBSITE_TESTIMONIAL' })).data.testimonials.map((x: any) => x.displayName)).toContain('Partial D.');

    // The last live platform taken down: back on the shortlist, as a full unpublish.
    const last = (await t.gql(UNPUBLISH, { id, r: 'Customer asked', p: ['WEBSITE_TESTIMONIAL'], v: u.version }, mkt.token)).data.unpublishReview;
    expect(last).toMatchObject({ status: 'SHORTLISTED', statusReason: 'Customer asked' });
    expect(last.availableActions.map((a: any) => a.action)).toContain('PUBLISH');
  });

  it('refuses a platform where it is not live, and an empty list, with BAD_USER_INPUT on platforms; nothing changes', async () => {
    const id = await published(['CAROUSEL_AD'], 'Not There');
    for (const p of [['INSTAGRAM_STORY'], []]) {
      const r = await t.gql(UNPUBLISH, { id, r: 'Why', p }, mkt.token);
      expectRefusal(r, 'BAD_USER_INPUT');
      expect(r.errors![0].extensions.field).toBe('platforms');
    }
    expect((await t.gql(LIVE, { p: 'CAROUSEL_AD' })).data.testimonials.map((x: any) => x.displayName)).toContain('Not T.');
  });

  it('is MARKETING\'s: FORBIDDEN for CX', async () => {
    const id = await published(['HOMEPAGE_TRUST_BADGE'], 'Cx Tries');
    expectRefusal(await t.gql(UNPUBLISH, { id, r: 'No', p: ['HOMEPAGE_TRUST_BADGE'] }, cx.token), 'FORBIDDEN');
  });
});

describe('a testimonial as the admin sees it', () => {
  it('names its review and offers UNPUBLISH to marketing; the public sees neither', async () => {
    const id = await published(['INSTAGRAM_STORY'], 'Card Link');
    const mine = (await t.gql(LIVE, { p: 'INSTAGRAM_STORY' }, mkt.token)).data.testimonials.find((x: any) => x.displayName === 'Card L.');
    expect(mine).toMatchObject({ reviewId: id, availableActions: [{ action: 'UNPUBLISH', enabled: true, reason: null }] });
    const pub = (await t.gql(LIVE, { p: 'INSTAGRAM_STORY' })).data.testimonials.find((x: any) => x.displayName === 'Card L.');
    expect(pub).toMatchObject({ reviewId: null, availableActions: [] });
    const theirs = (await t.gql(LIVE, { p: 'INSTAGRAM_STORY' }, cx.token)).data.testimonials.find((x: any) => x.displayName === 'Card L.');
    expect(theirs).toMatchObject({ reviewId: null, availableActions: [] });
  });
});

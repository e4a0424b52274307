// RV1: import validation and CSV reading (sentiment scoring: modules/sentiment/sentiment.spec.ts).
import { describe, expect, it } from 'vitest';
import { ReviewSource } from '../../common/enums.js';
import { parsePostedAt, parseReviewsCsv, parseSource } from './review-csv.js';
import { validateReview, type RawReview } from './review-import.policy.js';

const NOW = new Date('2026-11-23T05:30:00Z');
const raw = (over: Partial<RawReview> = {}): RawReview => ({
  source: ReviewSource.GOOGLE_BUSINESS, externalId: 'g-1', authorName: 'Rahul Sharma', rating: 5,
  text: 'Great service', postedAt: new Date('2026-11-20T10:00:00Z'), ...over,
});

describe('validateReview (RV1)', () => {
  it('trims and accepts a good review', () => {
    expect(validateReview(raw({ externalId: ' g-1 ', text: '  Great service \r\n ' }), NOW)).toEqual({
      ok: true,
      value: { ...raw(), orderId: null, consentNote: null },
    });
  });

  it.each([
    ['rating', { rating: 0 }],
    ['rating', { rating: 6 }],
    ['rating', { rating: 4.5 }],
    ['text', { text: '   ' }],
    ['text', { text: 'x'.repeat(5001) }],
    ['postedAt', { postedAt: new Date(NOW.getTime() + 1000) }],
    ['postedAt', { postedAt: new Date('nope') }],
    ['authorName', { authorName: ' ' }],
    ['externalId', { externalId: '' }],
    ['orderId', { orderId: 'not-an-id' }],
    ['consentNote', { source: ReviewSource.INTERNAL }],
  ] as const)('refuses %s in %j', (field, over) => {
    const r = validateReview(raw(over as Partial<RawReview>), NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual([field]);
  });

  it('accepts 5,000 characters (emoji count once) and postedAt exactly now', () => {
    expect(validateReview(raw({ text: '👍'.repeat(5000), postedAt: NOW }), NOW).ok).toBe(true);
  });

  it('accepts an INTERNAL review with consent', () => {
    expect(validateReview(raw({ source: ReviewSource.INTERNAL, consentNote: 'Agreed on call 20 Nov' }), NOW)).toMatchObject({ ok: true });
  });
});

describe('CSV parsing', () => {
  it.each([
    ['GOOGLE_BUSINESS', ReviewSource.GOOGLE_BUSINESS],
    ['Play Store', ReviewSource.PLAY_STORE],
    ['app-store', ReviewSource.APP_STORE],
    ['google', ReviewSource.GOOGLE_BUSINESS],
    ['GMB', ReviewSource.GOOGLE_BUSINESS],
    ['instagram', null],
  ])('source %j → %s', (value, expected) => expect(parseSource(value)).toBe(expected));

  it.each([
    ['2026-11-20T10:00:00Z', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20T15:30', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20 15:30:00+05:30', '2026-11-20T10:00:00.000Z'],
    ['2026-11-20', '2026-11-19T18:30:00.000Z'],
    ['2026-11-20T10:00:00.250-0100', '2026-11-20T11:00:00.250Z'],
  ])('postedAt %j → %s', (value, iso) => expect(parsePostedAt(value)?.toISOString()).toBe(iso));

  it.each(['20/11/2026', '2026-02-30', '2026-11-20T25:00', 'yesterday', ''])('postedAt %j is not a date', (value) => {
    expect(parsePostedAt(value)).toBeNull();
  });

  const HEADER = 'source,externalId,authorName,rating,text,postedAt,orderId';
  it('reads rows, quoted commas and newlines included, skipping blank lines', () => {
    const csv = `\ufeff${HEADER}\nPLAY_STORE,p-1,Priya Iyer,5,"Fast, fair and\nfriendly",2026-11-20,\n\nGoogle,g-2,Amit,4,Good,2026-11-21T09:00Z,\n`;
    const r = parseReviewsCsv(csv, NOW);
    expect(r).toMatchObject({ ok: true, errors: [] });
    const rows = (r as { rows: { row: number; review: { text: string; source: string } }[] }).rows;
    expect(rows.map((x) => [x.row, x.review.source, x.review.text])).toEqual([
      [2, 'PLAY_STORE', 'Fast, fair and\nfriendly'],
      [4, 'GOOGLE_BUSINESS', 'Good'],
    ]);
  });

  it('accepts headers in any case and spacing', () => {
    const r = parseReviewsCsv('Source,External ID,author_name,RATING,Text,Posted At\nWEBSITE,w-1,A,5,Nice,2026-11-01\n', NOW);
    expect(r).toMatchObject({ ok: true, errors: [] });
  });

  it('reports every row problem with its row and field', () => {
    const csv = [
      HEADER,
      'PLAY_STORE,p-1,Priya,five,Nice,2026-11-20,',
      'TWITTER,p-2,,5,Nice,2099-01-01,',
      'PLAY_STORE,p-3,Ok,5,"Nice, really",2026-11-20,',
      'PLAY_STORE,p-4,Ok,5,Nice, really,2026-11-20,',
      'INTERNAL,p-5,Ok,5,Nice,2026-11-20,',
    ].join('\n');
    const r = parseReviewsCsv(csv, NOW);
    expect(r.ok && r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'rating'],
      [3, 'source'],
      [3, 'authorName'],
      [3, 'postedAt'],
      [5, null],
      [6, 'consentNote'],
    ]);
  });

  it.each([
    ['', /empty/],
    ['source,externalId\n', /lacks the columns authorName, rating, text, postedAt/],
    [`${HEADER},stars\n`, /Unknown column "stars"/],
    [`${HEADER},constructor\n`, /Unknown column "constructor"/],
    [`${HEADER},__proto__\n`, /Unknown column "__proto__"/],
    [`${HEADER}\n`, /no reviews/],
    [`${HEADER}\n"unclosed,1\n`, /not valid CSV/],
  ])('refuses a file it cannot read (%#)', (csv, message) => {
    const r = parseReviewsCsv(csv, NOW);
    expect(r).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'csv' });
    expect((r as { message: string }).message).toMatch(message);
  });
});

// RV2: suggested order matches for a review without an order (name, device, 30-day window) and
// confirming one by hand, table-driven.
import { describe, expect, it } from 'vitest';
import { DeviceCategory, OrderStatus } from '../../common/enums.js';
import {
  completionWindow, decideConfirmOrder, matchDevice, matchNames, matchOrder, MAX_ORDER_MATCHES, nameWords, ORDER_MATCH_WINDOW_MS,
  searchableNameWords, suggestOrderMatches, type MatchCandidate, type MatchReview,
} from './order-match.policy.js';

const DAY = 86_400_000;
const completedAt = new Date('2026-11-01T10:00:00Z');
const review = (over: Partial<MatchReview> = {}): MatchReview => ({
  authorName: 'Rahul S.',
  text: 'Sold my iPhone 13 to Cashkr, pickup on time and instant payment.',
  postedAt: new Date(completedAt.getTime() + 3 * DAY),
  ...over,
});
const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  orderId: 'o-1',
  externalRef: 'CK-240105',
  status: OrderStatus.COMPLETED,
  completedAt,
  customerName: 'Rahul Sharma',
  deviceCategory: DeviceCategory.PHONE,
  deviceModel: 'Apple iPhone 13 128GB',
  linkedToAnotherReviewFromSameSource: false,
  ...over,
});

describe('names', () => {
  it.each([
    ['Dr. Rahul S.', ['rahul', 's']],
    ['  RAHUL   sharma ', ['rahul', 'sharma']],
    ['José Núñez', ['jose', 'nunez']],
    ['rahul.sharma92', ['rahul', 'sharma']],
    ['🙂', []],
  ])('nameWords(%j) → %j', (name, expected) => expect(nameWords(name)).toEqual(expected));

  it.each([
    ['Rahul Sharma', 'Rahul Sharma', 'FULL'],
    ['rahul  SHARMA', 'Rahul Sharma', 'FULL'],
    ['Mr Rahul Sharma', 'Rahul Sharma', 'FULL'],
    ['Rahul Sharma', 'Rahul Kumar Sharma', 'FULL'],
    ['Rahul S.', 'Rahul Sharma', 'INITIAL'],
    ['Rahul S', 'Rahul Sharma', 'INITIAL'],
    ['R. Sharma', 'Rahul Sharma', 'INITIAL'],
    ['Rahul', 'Rahul Sharma', 'FIRST_NAME'],
    ['Rahul Sharma', 'Rahul', 'FIRST_NAME'],
    ['Rahul Verma', 'Rahul Sharma', null],
    ['Rahul V.', 'Rahul Sharma', null],
    ['Rohan Sharma', 'Rahul Sharma', null],
    ['R. S.', 'Rahul Sharma', null],
    ['R', 'Rahul Sharma', null],
    ['Priya Iyer', 'Rahul Sharma', null],
    ['', 'Rahul Sharma', null],
  ] as const)('matchNames(%j, %j) → %s', (author, customer, expected) => expect(matchNames(author, customer)).toBe(expected));

  it('searches only spelled-out words', () => {
    expect(searchableNameWords('R. Sharma')).toEqual(['sharma']);
    expect(searchableNameWords('R. S.')).toEqual([]);
  });
});

describe('devices', () => {
  it.each([
    ['Sold my iPhone 13 to Cashkr', 'Apple iPhone 13 128GB', 'MODEL'],
    ['sold my iphone13, great', 'Apple iPhone 13 128GB', 'MODEL'],
    ['My Apple iPhone 13 went in minutes', 'Apple iPhone 13 128GB', 'MODEL'],
    ['Galaxy S22 Ultra picked up at home', 'Samsung Galaxy S22 Ultra', 'MODEL'],
    ['Sold my MacBook Air M1 quickly', 'MacBook Air M1 2020', 'MODEL'],
    ['my Samsung S22 fetched a good price', 'Samsung Galaxy S22 Ultra', 'TOKENS'],
    ['my iPhone 14 fetched a good price', 'Apple iPhone 14 Pro 256GB', 'TOKENS'],
    ['sold the Redmi Note 12 Pro', 'Redmi Note 12 Pro', 'MODEL'],
    ['Sold my iPhone 12', 'Apple iPhone 13 128GB', null],
    ['Sold my iPhone', 'Apple iPhone 13 128GB', null],
    ['S22 Ultra sold', 'Samsung Galaxy S22 Ultra', null],
    ['Sold my MacBook Air', 'MacBook Air M1 2020', null],
    ['Great service and payment', 'Apple iPhone 13 128GB', null],
    ['Sold my iPhone 130', 'Apple iPhone 13 128GB', null],
  ] as const)('matchDevice(%j, %j) → %s', (text, model, expected) => expect(matchDevice(text, model)).toBe(expected));
});

describe('matchOrder: name, device and the 30 days after completion', () => {
  it('suggests the order with what marketing needs to decide, and no contact data', () => {
    expect(matchOrder(review(), candidate())).toEqual({
      orderId: 'o-1',
      externalRef: 'CK-240105',
      deviceCategory: DeviceCategory.PHONE,
      deviceModel: 'Apple iPhone 13 128GB',
      completedAt,
      customerDisplayName: 'Rahul S.',
      nameMatch: 'INITIAL',
      deviceMatch: 'MODEL',
      daysAfterCompletion: 3,
      reasons: ['same name, with an initial', 'the review names the model', 'posted 3 days after the order completed'],
    });
  });

  it.each([
    ['posted at the completion', 0, true],
    ['posted exactly 30 days after', ORDER_MATCH_WINDOW_MS, true],
    ['posted 30 days and a minute after', ORDER_MATCH_WINDOW_MS + 60_000, false],
    ['posted a minute before the completion', -60_000, false],
  ])('%s → %s', (_what, after, expected) => {
    const m = matchOrder(review({ postedAt: new Date(completedAt.getTime() + after) }), candidate());
    expect(m !== null).toBe(expected);
  });

  it.each([
    ['another name', { customerName: 'Priya Iyer' }],
    ['another device', { deviceModel: 'OnePlus 11R 5G' }],
    ['an order that is not COMPLETED', { status: OrderStatus.RETURNED }],
    ['an order without a completion time', { completedAt: null }],
    ['an order verifying another review from the same platform', { linkedToAnotherReviewFromSameSource: true }],
  ] as const)('does not suggest %s', (_what, over) => {
    expect(matchOrder(review(), candidate(over))).toBeNull();
  });

  it('completionWindow is the 30 days before the review, both ends included', () => {
    const postedAt = new Date('2026-11-30T00:00:00Z');
    expect(completionWindow(postedAt)).toEqual({ from: new Date('2026-10-31T00:00:00Z'), to: postedAt });
  });
});

describe('suggestOrderMatches', () => {
  it('ranks by name, then device, then closeness, and keeps a handful', () => {
    const cands = [
      candidate({ orderId: 'first-name', externalRef: 'CK-1', customerName: 'Rahul' }),
      candidate({ orderId: 'tokens', externalRef: 'CK-2', deviceModel: 'Apple iPhone 13 Pro' }),
      candidate({ orderId: 'later', externalRef: 'CK-3', completedAt: new Date(completedAt.getTime() + DAY) }),
      candidate({ orderId: 'best', externalRef: 'CK-4', completedAt: new Date(completedAt.getTime() + 2 * DAY) }),
      candidate({ orderId: 'other', externalRef: 'CK-5', customerName: 'Rohan Sharma' }),
    ];
    expect(suggestOrderMatches(review(), cands).map((m) => m.orderId)).toEqual(['best', 'later', 'tokens', 'first-name']);
    const many = Array.from({ length: 9 }, (_, i) => candidate({ orderId: `o-${i}`, externalRef: `CK-${i}` }));
    expect(suggestOrderMatches(review(), many)).toHaveLength(MAX_ORDER_MATCHES);
  });
});

describe('decideConfirmOrder', () => {
  const order = { externalRef: 'CK-240105', status: OrderStatus.COMPLETED, linkedToAnotherReviewFromSameSource: false };

  it('confirms a COMPLETED order for a review without one', () => {
    expect(decideConfirmOrder({ review: { linkedOrderRef: null }, order })).toEqual({ ok: true });
  });

  it.each([
    ['the review already has an order', { linkedOrderRef: 'CK-1' }, order, { code: 'CONFLICT' }],
    ['the order is INSPECTED', { linkedOrderRef: null }, { ...order, status: OrderStatus.INSPECTED }, { code: 'SOP_VIOLATION', rule: 'RV2' }],
    ['the order was RETURNED', { linkedOrderRef: null }, { ...order, status: OrderStatus.RETURNED }, { code: 'SOP_VIOLATION', rule: 'RV2' }],
    ['the order verifies another review from the platform', { linkedOrderRef: null }, { ...order, linkedToAnotherReviewFromSameSource: true }, { code: 'CONFLICT' }],
  ] as const)('refuses when %s', (_what, r, o, refusal) => {
    expect(decideConfirmOrder({ review: r, order: o })).toMatchObject({ ok: false, ...refusal });
  });
});

// RV2, RV3: the five checks and the shortlist decision, table-driven.
import { describe, expect, it } from 'vitest';
import { OrderStatus, ReviewSource, ReviewStatus as S, Role } from '../../common/enums.js';
import { defaultPolicySettings, loadPolicySettings } from '../../common/policy-settings.js';
import {
  checkDetails, countWords, decideShortlist, evaluateChecks, GENUINE_HINT, isVerifiedOrder, judgeGenuine, mentionsBrand, mentionsRelevantDevice,
  normaliseText, type ReviewCheckSnapshot, type ShortlistChecks,
} from './shortlist.policy.js';

const settings = defaultPolicySettings();
const GOOD_TEXT = 'Sold my old iPhone 12 to Cashkr, pickup on time and instant payment.';
const snap = (over: Partial<ReviewCheckSnapshot> = {}): ReviewCheckSnapshot => ({
  source: ReviewSource.WEBSITE, rating: 5, text: GOOD_TEXT, sentiment: 0.8, hasDuplicateText: false,
  linkedOrder: { status: OrderStatus.COMPLETED, externalRef: 'CK-240105' }, ...over,
});
const ALL_PASS: ShortlistChecks = { genuine: true, positiveSentiment: true, clearValue: true, mentionsBrand: true, relevantDevice: true };

describe('normaliseText', () => {
  it.each([
    ['Great   service!!!', 'great service'],
    ['GREAT service.', 'great service'],
    ['  great,service ', 'great service'],
    ["Cashkr's pickup — fast", 'cashkr s pickup fast'],
    ['Ｃａｓｈｋｒ ２ days', 'cashkr 2 days'],
    ['👍👍', ''],
  ])('%j → %j', (text, expected) => expect(normaliseText(text)).toBe(expected));
});

describe('RV2 checks', () => {
  it('all pass for a genuine, positive, clear review that names the brand and a device', () => {
    expect(evaluateChecks(snap(), settings)).toEqual(ALL_PASS);
  });

  const order = (status: OrderStatus) => ({ linkedOrder: { status, externalRef: 'CK-240105' } });
  const { GOOGLE_BUSINESS, PLAY_STORE, APP_STORE, WEBSITE, SOCIAL, INTERNAL } = ReviewSource;

  it.each([
    ['another review has the same text', { hasDuplicateText: true }],
    ['a website review has no linked order', { linkedOrder: null }],
    ['a social review has no linked order', { source: SOCIAL, linkedOrder: null }],
    ['an internal review has no linked order', { source: INTERNAL, linkedOrder: null }],
    ['the order is not COMPLETED', order(OrderStatus.INSPECTED)],
    ['the order was returned', order(OrderStatus.RETURNED)],
    ['a Google review is linked to an order that is not COMPLETED', { source: GOOGLE_BUSINESS, ...order(OrderStatus.PICKED_UP) }],
    ['a Play Store review is linked to a cancelled order', { source: PLAY_STORE, ...order(OrderStatus.CANCELLED) }],
    ['a Google review has the text of another', { source: GOOGLE_BUSINESS, linkedOrder: null, hasDuplicateText: true }],
  ] as const)('genuine fails when %s', (_why, over) => {
    expect(evaluateChecks(snap(over), settings).genuine).toBe(false);
  });

  it.each([
    ['a website review with a COMPLETED order', {}],
    ['an internal review with a COMPLETED order', { source: INTERNAL }],
    ['a Google review without an order', { source: GOOGLE_BUSINESS, linkedOrder: null }],
    ['a Play Store review without an order', { source: PLAY_STORE, linkedOrder: null }],
    ['an App Store review without an order', { source: APP_STORE, linkedOrder: null }],
    ['a Google review with a COMPLETED order', { source: GOOGLE_BUSINESS }],
  ] as const)('genuine passes for %s', (_why, over) => {
    expect(evaluateChecks(snap(over), settings).genuine).toBe(true);
  });

  it.each([
    ['a verified order', {}, { genuine: true, via: 'VERIFIED_ORDER', note: 'Verified order CK-240105' }],
    ['a verified order on Google too (the order is the stronger proof)', { source: GOOGLE_BUSINESS }, { genuine: true, via: 'VERIFIED_ORDER', note: 'Verified order CK-240105' }],
    ['Google', { source: GOOGLE_BUSINESS, linkedOrder: null }, { genuine: true, via: 'PLATFORM', note: 'Google Business Profile vouches for the author' }],
    ['Play', { source: PLAY_STORE, linkedOrder: null }, { genuine: true, via: 'PLATFORM', note: 'Google Play vouches for the author' }],
    ['App Store', { source: APP_STORE, linkedOrder: null }, { genuine: true, via: 'PLATFORM', note: 'The App Store vouches for the author' }],
    ['a website review without an order', { linkedOrder: null }, {
      genuine: false, failures: ['NEEDS_ORDER'], note: 'A website review needs a linked COMPLETED order (confirm a suggested order match)',
    }],
    ['an internal review without an order', { source: INTERNAL, linkedOrder: null }, {
      genuine: false, failures: ['NEEDS_ORDER'], note: 'An internal review needs the COMPLETED order of the feedback it came from',
    }],
    ['a copy linked to an order not completed', { hasDuplicateText: true, ...order(OrderStatus.INSPECTED) }, {
      genuine: false, failures: ['DUPLICATE_TEXT', 'ORDER_NOT_COMPLETED'],
      note: 'Another review has the same text; the linked order CK-240105 is INSPECTED, not COMPLETED',
    }],
  ] as const)('judgeGenuine says which way it passed or why it failed: %s', (_why, over, verdict) => {
    expect(judgeGenuine(snap(over))).toEqual(verdict);
  });

  it.each([
    [OrderStatus.COMPLETED, true], [OrderStatus.INSPECTED, false], [OrderStatus.RETURNED, false], [null, false],
  ] as const)('isVerifiedOrder(%s) → %s', (status, expected) => expect(isVerifiedOrder(status)).toBe(expected));

  it.each([
    [5, 0.8, true],
    [4, 0.21, true],
    [4, 0.2, false],
    [3, 0.9, false],
    [5, -0.4, false],
  ])('positiveSentiment: rating %i, sentiment %d → %s', (rating, sentiment, expected) => {
    expect(evaluateChecks(snap({ rating, sentiment }), settings).positiveSentiment).toBe(expected);
  });

  it.each([
    ['Cashkr bought my phone fast and paid well', true],
    ['Cashkr bought my phone, paid well', false],
    ['Great!', false],
  ])('clearValue (at least 8 words): %j → %s', (text, expected) => {
    expect(evaluateChecks(snap({ text }), settings).clearValue).toBe(expected);
  });

  it('uses the configured word minimum and brand', () => {
    const custom = { ...settings, reviewMinWords: 3, brandName: 'Quick Cash' };
    expect(evaluateChecks(snap({ text: 'quickcash bought my phone' }), custom)).toMatchObject({ clearValue: true, mentionsBrand: true });
    expect(countWords('one two')).toBe(2);
  });

  it.each([
    ['cashkr was great', true],
    ['CASHKR!!', true],
    ["Cashkr's team", true],
    ['sold on cashkr.com', true],
    ['cashkrfast is a scam', false],
    ['mycashkr app', false],
    ['cash kr', false],
  ])('mentionsBrand %j → %s', (text, expected) => expect(mentionsBrand(text, 'Cashkr')).toBe(expected));

  it.each([
    ['sold my phone', true],
    ['two old phones', true],
    ['my Mobile', true],
    ['my smartphone', true],
    ['iPhone 13', true],
    ['an android handset', true],
    ['my laptop', true],
    ['MacBook Air M1', true],
    ['old Mac', true],
    ['iPad mini', true],
    ['Samsung Galaxy S22', true],
    ['Pixel 7', true],
    ['OnePlus 9', true],
    ['One Plus Nord', true],
    ['Redmi Note 10', true],
    ['tablet', true],
    ['Dell notebook', true],
    ['purana mobile becha', true],
    ['great service and payment', false],
    ['scratches on the surface', false],
    ['machine', false],
    ['macaroni', false],
    ['telephone call was fine', false],
  ])('relevantDevice %j → %s', (text, expected) => expect(mentionsRelevantDevice(text)).toBe(expected));
});

describe('decideShortlist (RV3)', () => {
  const marketing = [Role.MARKETING];
  const failing = (...names: (keyof ShortlistChecks)[]) => ({ ...ALL_PASS, ...Object.fromEntries(names.map((n) => [n, false])) });

  it('shortlists a NEW review that passes every check', () => {
    expect(decideShortlist({ status: S.NEW, checks: ALL_PASS }, null, marketing)).toEqual({ ok: true, to: S.SHORTLISTED, overridden: [], reason: null });
  });

  it.each([
    [['clearValue'], 'Short but strong'],
    [['mentionsBrand', 'relevantDevice'], 'Customer video names us'],
    [['clearValue', 'mentionsBrand', 'relevantDevice'], 'Campaign pick'],
  ] as const)('MARKETING overrides %j with a reason', (names, reason) => {
    expect(decideShortlist({ status: S.NEW, checks: failing(...names) }, `  ${reason} `, marketing)).toEqual({
      ok: true, to: S.SHORTLISTED, overridden: [...names], reason,
    });
  });

  it.each([
    [['clearValue'], null],
    [['clearValue'], '   '],
    [['genuine'], 'we like it'],
    [['positiveSentiment'], 'we like it'],
    [['genuine', 'clearValue'], 'we like it'],
  ] as const)('refuses %j with override %j: REVIEW_CRITERIA_NOT_MET listing the failed checks', (names, reason) => {
    const d = decideShortlist({ status: S.NEW, checks: failing(...names) }, reason, marketing);
    expect(d).toMatchObject({ ok: false, code: 'SOP_VIOLATION', rule: 'REVIEW_CRITERIA_NOT_MET', details: { failedChecks: names } });
    for (const n of names) expect((d as { message: string }).message).toContain(n);
  });

  it("names genuine's reason in the refusal when the check recorded it", () => {
    const d = decideShortlist({ status: S.NEW, checks: failing('genuine'), genuineNote: 'A website review needs a linked COMPLETED order' }, null, marketing);
    expect((d as { message: string }).message).toContain('genuine (A website review needs a linked COMPLETED order)');
  });

  it('lets only MARKETING or ADMIN override', () => {
    expect(decideShortlist({ status: S.NEW, checks: failing('clearValue') }, 'why', [Role.CX_AGENT])).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(decideShortlist({ status: S.NEW, checks: failing('clearValue') }, 'why', [Role.ADMIN])).toMatchObject({ ok: true });
  });

  it.each([
    [S.NEW, true],
    [S.REJECTED, true],
    [S.SHORTLISTED, false],
    [S.PUBLISHED, false],
  ])('from %s allowed=%s', (status, allowed) => {
    const d = decideShortlist({ status, checks: ALL_PASS }, null, marketing);
    expect(d.ok).toBe(allowed);
    if (!allowed) expect(d).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('checkDetails (RV2, RV3)', () => {
  it('lists the five checks with what each asks and which MARKETING may override', () => {
    expect(checkDetails({ ...ALL_PASS, clearValue: false, genuine: false }, settings)).toEqual([
      { check: 'genuine', passed: false, overridable: false, hint: GENUINE_HINT, explanation: null },
      { check: 'positiveSentiment', passed: true, overridable: false, hint: 'Rating ≥ 4 and sentiment above 0.2', explanation: null },
      { check: 'clearValue', passed: false, overridable: true, hint: 'At least 8 words', explanation: null },
      { check: 'mentionsBrand', passed: true, overridable: true, hint: 'Mentions the brand name (Cashkr)', explanation: null },
      { check: 'relevantDevice', passed: true, overridable: true, hint: 'Mentions a phone, laptop, tablet or MacBook', explanation: null },
    ]);
  });

  it("explains genuine with the note stored beside it", () => {
    const [genuine] = checkDetails({ ...ALL_PASS, genuineNote: 'Google Business Profile vouches for the author' }, settings);
    expect(genuine).toMatchObject({ check: 'genuine', passed: true, explanation: 'Google Business Profile vouches for the author' });
  });
  it('uses the policy numbers in force (POLICY_REVIEW_MIN_WORDS, POLICY_BRAND_NAME, POLICY_POSITIVE_SENTIMENT_MIN)', () => {
    const custom = loadPolicySettings({ POLICY_REVIEW_MIN_WORDS: '12', POLICY_BRAND_NAME: 'ReCell', POLICY_POSITIVE_SENTIMENT_MIN: '0.5' });
    expect(checkDetails(ALL_PASS, custom).map((c) => c.hint)).toEqual([
      GENUINE_HINT, 'Rating ≥ 4 and sentiment above 0.5', 'At least 12 words', 'Mentions the brand name (ReCell)',
      'Mentions a phone, laptop, tablet or MacBook',
    ]);
  });
});

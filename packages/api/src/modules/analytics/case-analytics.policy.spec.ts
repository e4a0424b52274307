import { describe, expect, it } from 'vitest';
import { weeksOverlapping } from '../../common/weeks.js';
import { CaseAnalyticsGroup, caseFigures, figuresOf, groupLabel, rate, round2, type CaseGroupCounts } from './case-analytics.policy.js';

const counts = (key: string, over: Partial<CaseGroupCounts> = {}): CaseGroupCounts => ({
  key, cases: 0, firstResponseDecided: 0, firstResponseMet: 0, resolutionDecided: 0, resolutionMet: 0, medianFirstResponseMinutes: null,
  medianResolutionMinutes: null, resolvedEver: 0, reopened: 0, rated: 0, positive: 0, averageRating: null, ...over,
});

describe('case analytics rates (A1, K2, K6)', () => {
  it.each([
    [0, 0, null],
    [0, 3, 0],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [3, 3, 100],
    [1, 8, 12.5],
  ])('%i of %i is %s', (part, whole, expected) => {
    expect(rate(part, whole)).toBe(expected);
  });

  it.each([[null, null], [12.345, 12.35], [12.344, 12.34], [0, 0]])('round2(%s) is %s', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });

  it('turns one group\'s counts into its figures', () => {
    expect(figuresOf(CaseAnalyticsGroup.TEAM, counts('CX', {
      cases: 5, firstResponseDecided: 4, firstResponseMet: 3, resolutionDecided: 2, resolutionMet: 1, medianFirstResponseMinutes: 17.5,
      medianResolutionMinutes: 1234.5678, resolvedEver: 3, reopened: 1, rated: 3, positive: 2, averageRating: 11 / 3,
    }))).toEqual({
      group: 'CX', cases: 5, firstResponseMet: 3, firstResponseHitRate: 75, resolutionMet: 1, resolutionHitRate: 50,
      medianFirstResponseMinutes: 17.5, medianResolutionMinutes: 1234.57, reopened: 1, reopenRate: 33.3, rated: 3, resolutionCsat: 66.7,
      averageResolutionRating: 3.67,
    });
  });

  it('has no rate where nothing was decided, resolved or rated', () => {
    expect(figuresOf(CaseAnalyticsGroup.TYPE, counts('INVOICE', { cases: 2 }))).toMatchObject({
      group: 'INVOICE', cases: 2, firstResponseHitRate: null, resolutionHitRate: null, reopenRate: null, resolutionCsat: null, averageResolutionRating: null,
    });
  });
});

describe('case analytics groups', () => {
  it.each([
    // Monday 00:00 IST is Sunday 18:30 UTC: the label is the Monday's date in Asia/Kolkata.
    [CaseAnalyticsGroup.WEEK, '2026-11-22T18:30:00.000Z', '2026-11-23'],
    [CaseAnalyticsGroup.TEAM, 'FINANCE', 'FINANCE'],
    [CaseAnalyticsGroup.TYPE, 'PAYMENT_ISSUE', 'PAYMENT_ISSUE'],
  ])('%s %s is labelled %s', (groupBy, key, label) => {
    expect(groupLabel(groupBy, key)).toBe(label);
  });

  it('lists every week of the range, oldest first, with zeros for weeks without cases', () => {
    const weeks = weeksOverlapping(new Date('2026-11-20T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    const rows = caseFigures(CaseAnalyticsGroup.WEEK, [counts('2026-11-22T18:30:00.000Z', { cases: 2 })], weeks);
    expect(rows.map((r) => [r.group, r.cases])).toEqual([['2026-11-16', 0], ['2026-11-23', 2], ['2026-11-30', 0]]);
    expect(rows[0]).toMatchObject({ firstResponseHitRate: null, medianFirstResponseMinutes: null, rated: 0 });
  });

  it('lists teams and types in the schema\'s order, only those with cases', () => {
    expect(caseFigures(CaseAnalyticsGroup.TEAM, [counts('TECH', { cases: 1 }), counts('CX', { cases: 3 })], []).map((r) => r.group)).toEqual(['CX', 'TECH']);
    expect(caseFigures(CaseAnalyticsGroup.TYPE, [counts('OTHER', { cases: 1 }), counts('ORDER_STATUS', { cases: 1 }), counts('REFUND_STATUS', { cases: 1 })], [])
      .map((r) => r.group)).toEqual(['ORDER_STATUS', 'REFUND_STATUS', 'OTHER']);
    expect(caseFigures(CaseAnalyticsGroup.TEAM, [], [])).toEqual([]);
  });
});

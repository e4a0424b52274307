import { describe, expect, it } from 'vitest';
import { weekStart, weeksOverlapping } from '../../common/weeks.js';
import { decideAnalyticsRange } from './weeks.policy.js';

describe('Asia/Kolkata weeks (A1)', () => {
  it.each([
    // Monday 00:00 IST is Sunday 18:30 UTC.
    ['2026-11-23T10:00:00Z', '2026-11-22T18:30:00.000Z'], // Monday afternoon IST
    ['2026-11-22T18:30:00Z', '2026-11-22T18:30:00.000Z'], // exactly Monday 00:00 IST
    ['2026-11-22T18:29:59Z', '2026-11-15T18:30:00.000Z'], // Sunday 23:59:59 IST: still the week before
    ['2026-11-29T18:29:59Z', '2026-11-22T18:30:00.000Z'], // the last second of that week
    ['2027-01-01T00:00:00Z', '2026-12-27T18:30:00.000Z'], // across a year boundary
  ])('%s falls in the week starting %s', (at, start) => {
    expect(weekStart(new Date(at)).toISOString()).toBe(start);
  });

  it('lists every week overlapping [from, to)', () => {
    const weeks = weeksOverlapping(new Date('2026-11-20T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(weeks.map((w) => w.toISOString())).toEqual(['2026-11-15T18:30:00.000Z', '2026-11-22T18:30:00.000Z', '2026-11-29T18:30:00.000Z']);
    expect(weeksOverlapping(new Date('2026-11-22T18:30:00Z'), new Date('2026-11-29T18:30:00Z'))).toHaveLength(1);
  });

  it.each(['0001-01-08T12:00:00Z', '0050-03-10T05:00:00Z', '0099-12-31T23:59:59Z', '9999-12-30T00:00:00Z'])('weekStart of %s is the Monday 00:00 IST before it, in any year', (at) => {
    const x = Date.parse(at);
    const w = weekStart(new Date(x)).getTime();
    expect(x - w).toBeGreaterThanOrEqual(0);
    expect(x - w).toBeLessThan(7 * 86_400_000);
    const ist = new Date(w + 330 * 60_000);
    expect([ist.getUTCDay(), ist.getUTCHours(), ist.getUTCMinutes(), ist.getUTCSeconds(), ist.getUTCMilliseconds()]).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('analytics ranges (A1)', () => {
  const W = 7 * 86_400_000;
  const monday = new Date('2026-11-22T18:30:00Z').getTime();
  it.each([
    ['reversed', monday + W, monday, { ok: false, field: 'to' }],
    ['empty', monday, monday, { ok: false, field: 'to' }],
    ['one millisecond', monday, monday + 1, { ok: true }],
    ['exactly 106 weeks', monday, monday + 106 * W, { ok: true }],
    ['106 weeks and a millisecond', monday, monday + 106 * W + 1, { ok: false, field: 'from' }],
    ['106 weeks from mid-week', monday + 1, monday + 106 * W, { ok: true }],
    ['106 weeks from mid-week, into a 107th', monday + 1, monday + 106 * W + 1, { ok: false, field: 'from' }],
    ['0001 to 9999', Date.parse('0001-01-01T00:00:00Z'), Date.parse('9999-12-31T00:00:00Z'), { ok: false, field: 'from' }],
    ['weeks before 0001', Date.parse('0000-12-25T00:00:00Z'), Date.parse('0001-01-10T00:00:00Z'), { ok: false, field: 'from' }],
    ['weeks after 9999', Date.parse('9999-12-20T00:00:00Z'), Date.parse('9999-12-31T00:00:00Z'), { ok: false, field: 'to' }],
    ['in the year 0050', Date.parse('0050-03-01T00:00:00Z'), Date.parse('0050-04-01T00:00:00Z'), { ok: true }],
  ])('%s', (_what, from, to, decision) => {
    expect(decideAnalyticsRange(new Date(from), new Date(to))).toMatchObject(decision);
  });
});

// A1: weeks start Monday 00:00 Asia/Kolkata, checked against the platform's own time-zone data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekStart, weeksOverlapping } from '../../common/weeks.js';
import { weekCount } from './weeks.policy.js';

const WEEK = 7 * 86_400_000;
const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

// An independent oracle: Intl's tz database rather than the policy's fixed +05:30.
const kolkata = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Kolkata', weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});
const inKolkata = (d: Date) => Object.fromEntries(kolkata.formatToParts(d).map((p) => [p.type, p.value]));

describe('weekStart (A1)', () => {
  it('contains its instant: weekStart(x) ≤ x < weekStart(x) + 7 days', () => {
    fc.assert(
      fc.property(instant, (x) => {
        const w = weekStart(x).getTime();
        expect(w).toBeLessThanOrEqual(x.getTime());
        expect(x.getTime()).toBeLessThan(w + WEEK);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent and always a Monday 00:00:00.000 in Asia/Kolkata', () => {
    fc.assert(
      fc.property(instant, (x) => {
        const w = weekStart(x);
        expect(weekStart(w).getTime()).toBe(w.getTime());
        expect(w.getTime() % 1000).toBe(0);
        expect(inKolkata(w)).toMatchObject({ weekday: 'Mon', hour: '00', minute: '00', second: '00' });
      }),
      { numRuns: 2000 },
    );
  });

  it('every instant of one week has the same start, the next instant after it a new one', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: WEEK - 1 }), (x, offset) => {
        const w = weekStart(x).getTime();
        expect(weekStart(new Date(w + offset)).getTime()).toBe(w);
        expect(weekStart(new Date(w + WEEK)).getTime()).toBe(w + WEEK);
        expect(weekStart(new Date(w - 1)).getTime()).toBe(w - WEEK);
      }),
      { numRuns: 1000 },
    );
  });

  it('weeksOverlapping lists consecutive weeks covering exactly [from, to)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * WEEK }), (from, span) => {
        const to = new Date(from.getTime() + span);
        const weeks = weeksOverlapping(from, to).map((d) => d.getTime());
        expect(weeks[0]).toBe(weekStart(from).getTime());
        for (let i = 1; i < weeks.length; i++) expect(weeks[i] - weeks[i - 1]).toBe(WEEK);
        expect(weeks.at(-1)!).toBeLessThan(to.getTime());
        expect(weeks.at(-1)! + WEEK).toBeGreaterThanOrEqual(to.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('weekCount', () => {
  it('is the number of weeks weeksOverlapping builds, without building them', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -3 * WEEK, max: 300 * WEEK }), (from, span) => {
        const to = new Date(from.getTime() + span);
        expect(weekCount(from, to)).toBe(weeksOverlapping(from, to).length);
      }),
      { numRuns: 1000 },
    );
  });
});

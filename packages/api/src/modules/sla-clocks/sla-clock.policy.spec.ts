// The SLA clock engine's rules (E1, K2, K4): counted time in all hours and in business hours
// (Asia/Kolkata), pause and resume, meeting late, and the durable timer's decision. Examples
// for the SOP's cases, properties over arbitrary instants, budgets and calendars.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOpenDays } from '../../common/business-hours.js';
import {
  ALL_HOURS, addCountedTime, countedTimeBetween, decideClockCheck, isClockBreached, isRunning, meetClock, pauseClock,
  restartClock, resumeClock, startClock, stopClock, type Calendar, type ClockState,
} from './sla-clock.policy.js';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
/** An instant written in India time, e.g. ist('2026-11-23 20:00'). */
const ist = (local: string) => new Date(`${local.replace(' ', 'T')}:00+05:30`);
const business = (days = 'MON-SUN', startMinute = 9 * 60, endMinute = 21 * 60): Calendar => ({
  kind: 'BUSINESS_HOURS', hours: { startMinute, endMinute, days: parseOpenDays(days)! },
});
const EVERY_DAY = business();
const WEEKDAYS = business('MON-FRI');
// 2026-11-23 is a Monday.

/** Instants over a few weeks around the tests' dates, at minute and at millisecond grain. */
const instant = fc.oneof(
  fc.integer({ min: ist('2026-11-01 00:00').getTime(), max: ist('2026-12-31 00:00').getTime() }),
  fc.integer({ min: 0, max: 60 * 24 * 60 }).map((m) => ist('2026-11-20 00:00').getTime() + m * M),
).map((t) => new Date(t));
const budget = fc.oneof(fc.integer({ min: 0, max: 30 * D }), fc.constantFrom(15 * M, H, 4 * H, 24 * H, 72 * H, 12 * H));
const calendar: fc.Arbitrary<Calendar> = fc.oneof(
  fc.constant(ALL_HOURS),
  fc.constant(EVERY_DAY),
  fc.constant(WEEKDAYS),
  fc.record({
    start: fc.integer({ min: 0, max: 23 * 60 }),
    length: fc.integer({ min: 1, max: 24 * 60 }),
    days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
  }).map(({ start, length, days }) => ({
    kind: 'BUSINESS_HOURS' as const, hours: { startMinute: start, endMinute: Math.min(24 * 60, start + length), days: [...days].sort() },
  })),
);

describe('addCountedTime and countedTimeBetween (K2 business hours, E1 all hours)', () => {
  it.each([
    ['a 4 h NORMAL clock opened 20:00 IST is due 12:00 the next day', '2026-11-23 20:00', 4 * H, EVERY_DAY, '2026-11-24 12:00'],
    ['opened 20:30 IST: due 12:30 the next day', '2026-11-23 20:30', 4 * H, EVERY_DAY, '2026-11-24 12:30'],
    ['opened 22:00 (closed): counting starts at 09:00', '2026-11-23 22:00', 4 * H, EVERY_DAY, '2026-11-24 13:00'],
    ['opened before opening: counting starts at 09:00', '2026-11-24 06:15', 4 * H, EVERY_DAY, '2026-11-24 13:00'],
    ['inside hours: plain addition', '2026-11-23 11:00', 4 * H, EVERY_DAY, '2026-11-23 15:00'],
    ['a budget that ends exactly at closing is due at closing', '2026-11-23 17:00', 4 * H, EVERY_DAY, '2026-11-23 21:00'],
    ['LOW 24 h: two full days of twelve hours', '2026-11-23 11:00', 24 * H, EVERY_DAY, '2026-11-25 11:00'],
    ['72 h resolution: six business days', '2026-11-23 11:00', 72 * H, EVERY_DAY, '2026-11-29 11:00'],
    ['MON-FRI: Friday 20:00 + 4 h skips the weekend to Monday 12:00', '2026-11-27 20:00', 4 * H, WEEKDAYS, '2026-11-30 12:00'],
    ['MON-FRI: opened on Saturday, counting starts on Monday', '2026-11-28 10:00', 4 * H, WEEKDAYS, '2026-11-30 13:00'],
    ['MON-FRI: 24 h from Thursday 15:00 ends on Monday 15:00', '2026-11-26 15:00', 24 * H, WEEKDAYS, '2026-11-30 15:00'],
    ['all hours: 15 m at 20:55 is 21:10', '2026-11-23 20:55', 15 * M, ALL_HOURS, '2026-11-23 21:10'],
    ['all hours: 1 h across midnight', '2026-11-23 23:30', H, ALL_HOURS, '2026-11-24 00:30'],
    ['a zero budget is due at once', '2026-11-23 23:30', 0, EVERY_DAY, '2026-11-23 23:30'],
  ])('%s', (_what, start, ms, cal, due) => {
    expect(addCountedTime(ist(start), ms, cal).toISOString()).toBe(ist(due).toISOString());
    if (ms > 0) expect(countedTimeBetween(ist(start), ist(due), cal)).toBe(ms);
  });

  it('counts the open hours only, and negative when the end is before the start', () => {
    expect(countedTimeBetween(ist('2026-11-23 20:00'), ist('2026-11-24 10:00'), EVERY_DAY)).toBe(2 * H);
    expect(countedTimeBetween(ist('2026-11-24 10:00'), ist('2026-11-23 20:00'), EVERY_DAY)).toBe(-2 * H);
    expect(countedTimeBetween(ist('2026-11-27 12:00'), ist('2026-11-30 12:00'), WEEKDAYS)).toBe(12 * H);
    expect(countedTimeBetween(ist('2026-11-28 09:00'), ist('2026-11-28 21:00'), WEEKDAYS)).toBe(0);
    expect(countedTimeBetween(ist('2026-11-23 22:00'), ist('2026-11-24 08:59'), EVERY_DAY)).toBe(0);
  });

  it('refuses a calendar that never opens', () => {
    expect(() => addCountedTime(ist('2026-11-23 10:00'), H, { kind: 'BUSINESS_HOURS', hours: { startMinute: 540, endMinute: 1260, days: [] } })).toThrow(/open day/);
  });

  it('round trip: countedTimeBetween(start, addCountedTime(start, b)) === b', () => {
    fc.assert(fc.property(instant, budget, calendar, (start, b, cal) => {
      expect(countedTimeBetween(start, addCountedTime(start, b, cal), cal)).toBe(b);
    }), { numRuns: 500 });
  });

  it('the due time is the earliest instant with that much counted time, and never before the start', () => {
    fc.assert(fc.property(instant, budget, calendar, (start, b, cal) => {
      const due = addCountedTime(start, b, cal);
      expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime() + (cal.kind === 'ALL_HOURS' ? b : 0));
      if (b > 0) expect(countedTimeBetween(start, new Date(due.getTime() - 1), cal)).toBe(b - 1);
    }), { numRuns: 300 });
  });

  it('is monotone in the budget and in the start', () => {
    fc.assert(fc.property(instant, budget, budget, calendar, (start, a, b, cal) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(addCountedTime(start, lo, cal).getTime()).toBeLessThanOrEqual(addCountedTime(start, hi, cal).getTime());
    }), { numRuns: 300 });
    fc.assert(fc.property(instant, instant, budget, calendar, (s1, s2, b, cal) => {
      const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
      expect(addCountedTime(early, b, cal).getTime()).toBeLessThanOrEqual(addCountedTime(late, b, cal).getTime());
    }), { numRuns: 300 });
  });

  it('is additive: counted time over [a, c) is [a, b) plus [b, c), and never more than the wall-clock time', () => {
    fc.assert(fc.property(instant, instant, instant, calendar, (x, y, z, cal) => {
      const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime());
      const whole = countedTimeBetween(a, c, cal);
      expect(whole).toBe(countedTimeBetween(a, b, cal) + countedTimeBetween(b, c, cal));
      expect(whole).toBeLessThanOrEqual(c.getTime() - a.getTime());
      expect(whole).toBeGreaterThanOrEqual(0);
    }), { numRuns: 300 });
  });

  it('a business calendar open all day every day counts as all hours', () => {
    const always = business('MON-SUN', 0, 24 * 60);
    fc.assert(fc.property(instant, budget, (start, b) => {
      expect(addCountedTime(start, b, always).getTime()).toBe(start.getTime() + b);
    }), { numRuns: 200 });
  });

  it('adding in two steps is adding once (a clock resumed at its pause instant is where it was)', () => {
    fc.assert(fc.property(instant, budget, budget, calendar, (start, a, b, cal) => {
      expect(addCountedTime(addCountedTime(start, a, cal), b, cal).getTime()).toBe(addCountedTime(start, a + b, cal).getTime());
    }), { numRuns: 300 });
  });
});

const running = (dueAt: Date): ClockState => ({ dueAt, pausedAt: null, remainingMs: null, metAt: null, breachedAt: null, stoppedAt: null });
const changed = (c: ReturnType<typeof meetClock>): ClockState => {
  if (!c.changed) throw new Error('expected a change');
  return c.clock;
};

describe('pause and resume (K4)', () => {
  it('a pause keeps the counted time left; a resume gives it back from then (the due time shifts by the paused counted time)', () => {
    const opened = ist('2026-11-23 11:00');
    const c = startClock(opened, 4 * H, EVERY_DAY);
    expect(c.dueAt).toEqual(ist('2026-11-23 15:00'));
    const paused = changed(pauseClock(c, ist('2026-11-23 12:00'), EVERY_DAY));
    expect(paused).toMatchObject({ pausedAt: ist('2026-11-23 12:00'), remainingMs: 3 * H });
    expect(isRunning(paused)).toBe(false);
    // Ten hours later (22:00): nine of them were open hours, so the due time moves by nine.
    const resumed = changed(resumeClock(paused, ist('2026-11-23 22:00'), EVERY_DAY));
    expect(resumed).toMatchObject({ pausedAt: null, remainingMs: null, dueAt: ist('2026-11-24 12:00') });
    expect(countedTimeBetween(c.dueAt, resumed.dueAt, EVERY_DAY)).toBe(countedTimeBetween(paused.pausedAt!, ist('2026-11-23 22:00'), EVERY_DAY));
  });

  it('in all hours the due time shifts by exactly the wall-clock pause', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 10 * D }), fc.integer({ min: 0, max: 10 * D }), fc.integer({ min: 0, max: 10 * D }), (start, b, before, pause) => {
      fc.pre(before < b);
      const c = startClock(start, b, ALL_HOURS);
      const p = changed(pauseClock(c, new Date(start.getTime() + before), ALL_HOURS));
      const r = changed(resumeClock(p, new Date(start.getTime() + before + pause), ALL_HOURS));
      expect(r.dueAt.getTime() - c.dueAt.getTime()).toBe(pause);
    }), { numRuns: 300 });
  });

  it('in any calendar a clock paused before its due time has, after resuming, exactly its unspent counted time left', () => {
    fc.assert(fc.property(instant, budget, fc.integer({ min: 0, max: 20 * D }), fc.integer({ min: 0, max: 20 * D }), calendar, (start, b, before, pause, cal) => {
      const c = startClock(start, b, cal);
      const pauseAt = new Date(start.getTime() + before);
      fc.pre(pauseAt.getTime() < c.dueAt.getTime());
      const resumeAt = new Date(pauseAt.getTime() + pause);
      const p = changed(pauseClock(c, pauseAt, cal));
      const r = changed(resumeClock(p, resumeAt, cal));
      const spent = countedTimeBetween(start, pauseAt, cal);
      expect(p.remainingMs).toBe(b - spent);
      expect(countedTimeBetween(resumeAt, r.dueAt, cal)).toBe(b - spent);
      expect(r.dueAt.getTime()).toBeGreaterThanOrEqual(c.dueAt.getTime());
    }), { numRuns: 400 });
  });

  it('a clock paused after its due time stays due then (and breached once the timer looks)', () => {
    const c = running(ist('2026-11-23 12:00'));
    const p = changed(pauseClock(c, ist('2026-11-23 13:00'), EVERY_DAY));
    expect(p.remainingMs).toBe(-H);
    const r = changed(resumeClock(p, ist('2026-11-24 10:00'), EVERY_DAY));
    expect(r.dueAt).toEqual(ist('2026-11-23 12:00'));
    expect(decideClockCheck(r, ist('2026-11-24 10:00'))).toEqual({ kind: 'BREACH', at: ist('2026-11-23 12:00') });
  });

  it('pausing a paused, met or stopped clock and resuming a running one change nothing', () => {
    const c = running(ist('2026-11-23 15:00'));
    const p = changed(pauseClock(c, ist('2026-11-23 12:00'), EVERY_DAY));
    expect(pauseClock(p, ist('2026-11-23 13:00'), EVERY_DAY)).toEqual({ changed: false });
    expect(resumeClock(c, ist('2026-11-23 13:00'), EVERY_DAY)).toEqual({ changed: false });
    const met = changed(meetClock(c, ist('2026-11-23 12:00')));
    expect(pauseClock(met, ist('2026-11-23 13:00'), EVERY_DAY)).toEqual({ changed: false });
    const stopped = changed(stopClock(c, ist('2026-11-23 12:00')));
    expect(pauseClock(stopped, ist('2026-11-23 13:00'), EVERY_DAY)).toEqual({ changed: false });
    expect(resumeClock(changed(stopClock(p, ist('2026-11-23 13:00'))), ist('2026-11-23 14:00'), EVERY_DAY)).toEqual({ changed: false });
  });
});

describe('meeting, stopping and restarting a clock', () => {
  const due = ist('2026-11-23 15:00');

  it('met in time: not breached', () => {
    const m = changed(meetClock(running(due), ist('2026-11-23 14:59')));
    expect(m).toMatchObject({ metAt: ist('2026-11-23 14:59'), breachedAt: null });
    expect(isClockBreached(m, ist('2026-11-30 00:00'))).toBe(false);
    // At the due time itself the event is still in time.
    expect(changed(meetClock(running(due), due)).breachedAt).toBeNull();
  });

  it('met late: breachedAt is the due time, not the time it was met', () => {
    const m = changed(meetClock(running(due), ist('2026-11-23 18:00')));
    expect(m).toMatchObject({ metAt: ist('2026-11-23 18:00'), breachedAt: due });
    expect(isClockBreached(m, ist('2026-11-23 18:00'))).toBe(true);
  });

  it('met once: a second meeting or a stop after it changes nothing; a marked breach stays', () => {
    const breached: ClockState = { ...running(due), breachedAt: due };
    const m = changed(meetClock(breached, ist('2026-11-23 14:00')));
    expect(m.breachedAt).toEqual(due);
    expect(meetClock(m, ist('2026-11-23 19:00'))).toEqual({ changed: false });
    expect(stopClock(m, ist('2026-11-23 19:00'))).toEqual({ changed: false });
  });

  it('met while paused: late only if it was already late when paused (the stale due time does not count)', () => {
    const p = changed(pauseClock(running(due), ist('2026-11-23 12:00'), EVERY_DAY));
    expect(changed(meetClock(p, ist('2026-11-24 18:00'))).breachedAt).toBeNull();
    const late = changed(pauseClock(running(due), ist('2026-11-23 16:00'), EVERY_DAY));
    expect(changed(meetClock(late, ist('2026-11-24 18:00'))).breachedAt).toEqual(due);
  });

  it('is breached while running past its due time, even before the timer marks it; not while paused or stopped', () => {
    expect(isClockBreached(running(due), due)).toBe(false);
    expect(isClockBreached(running(due), new Date(due.getTime() + 1))).toBe(true);
    const p = changed(pauseClock(running(due), ist('2026-11-23 12:00'), EVERY_DAY));
    expect(isClockBreached(p, ist('2026-11-24 12:00'))).toBe(false);
    expect(isClockBreached(changed(stopClock(running(due), ist('2026-11-23 12:00'))), ist('2026-11-24 12:00'))).toBe(false);
  });

  it('a restarted clock has a fresh budget from now and keeps a breach already marked', () => {
    const old: ClockState = { ...running(due), metAt: ist('2026-11-23 18:00'), breachedAt: due };
    const r = restartClock(old, ist('2026-11-25 10:00'), 4 * H, EVERY_DAY);
    expect(r).toEqual({ dueAt: ist('2026-11-25 14:00'), pausedAt: null, remainingMs: null, metAt: null, stoppedAt: null, breachedAt: due });
    expect(isRunning(r)).toBe(true);
  });
});

describe('decideClockCheck (the durable timer)', () => {
  const due = ist('2026-11-24 12:30');

  it('before the due time: checked again at the due time', () => {
    expect(decideClockCheck(running(due), new Date(due.getTime() - 1))).toEqual({ kind: 'NOT_DUE', at: due });
  });

  it('at or after the due time: breached at the due time, however late the timer ran', () => {
    expect(decideClockCheck(running(due), due)).toEqual({ kind: 'BREACH', at: due });
    expect(decideClockCheck(running(due), new Date(due.getTime() + 3 * D))).toEqual({ kind: 'BREACH', at: due });
  });

  it('nothing to do for a clock already breached, met, stopped or paused', () => {
    const later = new Date(due.getTime() + H);
    expect(decideClockCheck({ ...running(due), breachedAt: due }, later)).toEqual({ kind: 'NONE' });
    expect(decideClockCheck({ ...running(due), metAt: ist('2026-11-24 10:00') }, later)).toEqual({ kind: 'NONE' });
    expect(decideClockCheck({ ...running(due), stoppedAt: ist('2026-11-24 10:00') }, later)).toEqual({ kind: 'NONE' });
    expect(decideClockCheck(changed(pauseClock(running(due), ist('2026-11-24 10:00'), EVERY_DAY)), later)).toEqual({ kind: 'NONE' });
  });

  it('marks a breach exactly once: after BREACH is applied, every later check is NONE', () => {
    fc.assert(fc.property(instant, budget, calendar, fc.array(fc.integer({ min: 0, max: 40 * D }), { minLength: 1, maxLength: 8 }), (start, b, cal, offsets) => {
      let c = startClock(start, b, cal);
      let breaches = 0;
      for (const off of [...offsets].sort((x, y) => x - y)) {
        const now = new Date(start.getTime() + off);
        const d = decideClockCheck(c, now);
        if (d.kind === 'BREACH') {
          breaches++;
          expect(d.at).toEqual(c.dueAt);
          expect(now.getTime()).toBeGreaterThanOrEqual(c.dueAt.getTime());
          c = { ...c, breachedAt: d.at };
        } else if (d.kind === 'NOT_DUE') {
          expect(now.getTime()).toBeLessThan(c.dueAt.getTime());
        }
      }
      expect(breaches).toBeLessThanOrEqual(1);
    }), { numRuns: 300 });
  });
});

// The SLA clock engine's rules (E1 for escalations, K2/K4 for cases): when a clock is due,
// counted in all hours or in business hours, how a pause stops it and a resume shifts it by the
// paused time, and when it is breached. Pure: instants in, instants out; the clock is passed in.
// India keeps no daylight saving, so business hours are read at the fixed +05:30 offset.
import type { BusinessHours, Calendar } from '../../common/business-hours.js';
import { DAY_MS, IST_OFFSET_MS } from '../../common/weeks.js';

export type { BusinessHours, Calendar };

export const ALL_HOURS: Calendar = { kind: 'ALL_HOURS' };

/** Enough days to find the next opening in any calendar with at least one open day. */
const MAX_DAYS_SCANNED = 8;

/** The UTC instant of midnight Asia/Kolkata on the day that contains `t`. */
function istMidnight(t: number): number {
  const local = t + IST_OFFSET_MS;
  return local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - IST_OFFSET_MS;
}

const istWeekday = (midnight: number) => new Date(midnight + IST_OFFSET_MS).getUTCDay();

/** The business-hours window [open, close) of the Asia/Kolkata day starting at `midnight`, or null when closed all day. */
function windowOf(midnight: number, h: BusinessHours): [number, number] | null {
  if (!h.days.includes(istWeekday(midnight)) || h.endMinute <= h.startMinute) return null;
  return [midnight + h.startMinute * 60_000, midnight + h.endMinute * 60_000];
}

/** Whether the calendar can ever count time (a business-hours calendar needs one open day). */
export function isUsableCalendar(c: Calendar): boolean {
  return c.kind === 'ALL_HOURS' || (c.hours.days.length > 0 && c.hours.endMinute > c.hours.startMinute);
}

/**
 * The instant at which `budgetMs` of counted time has passed since `start`. In business hours the
 * count starts at the next opening (a case opened at 22:00 with 4 h to go is due at 13:00 the next
 * day) and skips the nights and the closed days.
 */
export function addCountedTime(start: Date, budgetMs: number, calendar: Calendar): Date {
  if (calendar.kind === 'ALL_HOURS' || budgetMs <= 0) return new Date(start.getTime() + Math.max(0, budgetMs));
  if (!isUsableCalendar(calendar)) throw new Error('a business-hours calendar needs at least one open day');
  let t = start.getTime();
  let remaining = budgetMs;
  let midnight = istMidnight(t);
  // Each pass consumes one day; a whole week without an opening cannot happen in a usable calendar.
  for (let idle = 0; idle < MAX_DAYS_SCANNED; ) {
    const w = windowOf(midnight, calendar.hours);
    if (w && t < w[1]) {
      idle = 0;
      const from = Math.max(t, w[0]);
      if (remaining <= w[1] - from) return new Date(from + remaining);
      remaining -= w[1] - from;
    } else {
      idle++;
    }
    midnight += DAY_MS;
    t = midnight;
  }
  throw new Error('no business hours found in a week');
}

/** Counted time in [from, to): negative when `to` is before `from` (a clock that is already late). */
export function countedTimeBetween(from: Date, to: Date, calendar: Calendar): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b < a) return -countedTimeBetween(to, from, calendar);
  if (calendar.kind === 'ALL_HOURS') return b - a;
  let total = 0;
  for (let midnight = istMidnight(a); midnight < b; midnight += DAY_MS) {
    const w = windowOf(midnight, calendar.hours);
    if (w) total += Math.max(0, Math.min(b, w[1]) - Math.max(a, w[0]));
  }
  return total;
}

/** One clock as the engine keeps it. */
export interface ClockState {
  dueAt: Date;
  /** Set while stopped by a pause; remainingMs is the counted time that was left. */
  pausedAt: Date | null;
  remainingMs: number | null;
  /** The event the clock waited for (first response, resolution). */
  metAt: Date | null;
  /** The due time, once it passed before the event: set once, never cleared. */
  breachedAt: Date | null;
  /** Stopped without its event (an escalation resolved before any contact, a closed case). */
  stoppedAt: Date | null;
}

export const isRunning = (c: ClockState) => !c.metAt && !c.stoppedAt && !c.pausedAt;

/** Breached: marked, or met after its due time, or still running past it (before the timer has noticed). */
export function isClockBreached(c: ClockState, now: Date): boolean {
  if (c.breachedAt) return true;
  if (c.metAt) return c.metAt.getTime() > c.dueAt.getTime();
  return isRunning(c) && now.getTime() > c.dueAt.getTime();
}

/** A new clock: due after its budget of counted time. */
export function startClock(now: Date, budgetMs: number, calendar: Calendar): ClockState {
  return { dueAt: addCountedTime(now, budgetMs, calendar), pausedAt: null, remainingMs: null, metAt: null, breachedAt: null, stoppedAt: null };
}

export type ClockChange = { changed: false } | { changed: true; clock: ClockState };

/** The awaited event happened: the clock stops, breached if it came late. */
export function meetClock(c: ClockState, now: Date): ClockChange {
  if (c.metAt || c.stoppedAt) return { changed: false };
  // A paused clock's dueAt is stale (a resume would move it): it is late only if it already was when paused.
  const late = c.pausedAt ? (c.remainingMs ?? 0) < 0 : now.getTime() > c.dueAt.getTime();
  return { changed: true, clock: { ...c, metAt: now, pausedAt: null, remainingMs: null, breachedAt: c.breachedAt ?? (late ? c.dueAt : null) } };
}

/** The clock stops for good without its event (nothing more to wait for). */
export function stopClock(c: ClockState, now: Date): ClockChange {
  if (c.metAt || c.stoppedAt) return { changed: false };
  return { changed: true, clock: { ...c, stoppedAt: now, pausedAt: null, remainingMs: null } };
}

/** K4: a pause keeps the counted time that was left; a clock already late stays breached. */
export function pauseClock(c: ClockState, now: Date, calendar: Calendar): ClockChange {
  if (!isRunning(c)) return { changed: false };
  return { changed: true, clock: { ...c, pausedAt: now, remainingMs: countedTimeBetween(now, c.dueAt, calendar) } };
}

/** K4: resuming gives back the time that was left, counted from now: the due time shifts by the paused (counted) time. */
export function resumeClock(c: ClockState, now: Date, calendar: Calendar): ClockChange {
  if (!c.pausedAt || c.metAt || c.stoppedAt) return { changed: false };
  const remaining = c.remainingMs ?? 0;
  const dueAt = remaining > 0 ? addCountedTime(now, remaining, calendar) : c.dueAt;
  return { changed: true, clock: { ...c, dueAt, pausedAt: null, remainingMs: null } };
}

/** A reopened case gets its resolution clock back: a fresh budget from now, keeping a breach already marked. */
export function restartClock(c: ClockState, now: Date, budgetMs: number, calendar: Calendar): ClockState {
  return { ...startClock(now, budgetMs, calendar), breachedAt: c.breachedAt };
}

/**
 * The durable timer's decision: a running clock past its due time is breached at the due time
 * (however late the timer ran); one not yet due is checked again then; anything else is done.
 */
export function decideClockCheck(c: ClockState, now: Date): { kind: 'BREACH'; at: Date } | { kind: 'NOT_DUE'; at: Date } | { kind: 'NONE' } {
  if (!isRunning(c) || c.breachedAt) return { kind: 'NONE' };
  if (now.getTime() < c.dueAt.getTime()) return { kind: 'NOT_DUE', at: c.dueAt };
  return { kind: 'BREACH', at: c.dueAt };
}

// A1: weeks start on Monday 00:00 Asia/Kolkata. India keeps no daylight saving, so the offset
// is a constant +05:30 and week boundaries can be computed without a time-zone database.
const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** The Asia/Kolkata calendar date of an instant, as YYYY-MM-DD (the rollups' day). */
export const istDay = (at: Date): string => new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

/** The start (as a UTC instant) of the Asia/Kolkata week containing `at`. */
export function weekStart(at: Date): Date {
  // Plain arithmetic: Date.UTC would read the years 0–99 as 1900–1999.
  const local = at.getTime() + IST_OFFSET_MS;
  const intoDay = ((local % DAY_MS) + DAY_MS) % DAY_MS;
  const daysSinceMonday = (new Date(local).getUTCDay() + 6) % 7;
  return new Date(local - intoDay - daysSinceMonday * DAY_MS - IST_OFFSET_MS);
}

/** The week starts of every week that overlaps [from, to), oldest first. */
export function weeksOverlapping(from: Date, to: Date): Date[] {
  const weeks: Date[] = [];
  for (let w = weekStart(from).getTime(); w < to.getTime(); w += WEEK_MS) weeks.push(new Date(w));
  return weeks;
}

export const MAX_ANALYTICS_WEEKS = 106;

/** How many weeks overlap [from, to), by arithmetic: a span of millennia costs no more than one of days. */
export function weekCount(from: Date, to: Date): number {
  const span = to.getTime() - weekStart(from).getTime();
  return span > 0 ? Math.ceil(span / WEEK_MS) : 0;
}

export type RangeDecision = { ok: true } | { ok: false; field: 'from' | 'to'; message: string };

// The rollups' days are dates of four-digit years (istDay): the weeks asked for must lie
// between 1 January 0001 and 31 December 9999, Asia/Kolkata.
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z') - IST_OFFSET_MS;
const LAST_DAY = Date.parse('9999-12-31T00:00:00Z') - IST_OFFSET_MS;

/** An analytics range: after its start, at most `maxWeeks` weeks, decided before any week is built. */
export function decideAnalyticsRange(from: Date, to: Date, maxWeeks = MAX_ANALYTICS_WEEKS): RangeDecision {
  if (to.getTime() <= from.getTime()) return { ok: false, field: 'to', message: '`to` must be after `from`.' };
  const weeks = weekCount(from, to);
  if (weeks > maxWeeks) return { ok: false, field: 'from', message: `Ask for at most ${maxWeeks} weeks at a time.` };
  const start = weekStart(from).getTime();
  const years = 'Analytics cover the weeks from 1 January 0001 to 31 December 9999.';
  if (start < FIRST_DAY) return { ok: false, field: 'from', message: years };
  if (start + weeks * WEEK_MS > LAST_DAY) return { ok: false, field: 'to', message: years };
  return { ok: true };
}

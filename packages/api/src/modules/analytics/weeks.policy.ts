// A1: weeks start on Monday 00:00 Asia/Kolkata. India keeps no daylight saving, so the offset
// is a constant +05:30 and week boundaries can be computed without a time-zone database.
const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;
const WEEK_MS = 7 * 86_400_000;

/** The start (as a UTC instant) of the Asia/Kolkata week containing `at`. */
/** The Asia/Kolkata calendar date of an instant, as YYYY-MM-DD (the rollups' day). */
export const istDay = (at: Date): string => new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

export function weekStart(at: Date): Date {
  const local = new Date(at.getTime() + IST_OFFSET_MS);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  const mondayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysSinceMonday);
  return new Date(mondayLocal - IST_OFFSET_MS);
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

/** An analytics range: after its start, and at most `maxWeeks` weeks, decided before any week is built. */
export function decideAnalyticsRange(from: Date, to: Date, maxWeeks = MAX_ANALYTICS_WEEKS): RangeDecision {
  if (to.getTime() <= from.getTime()) return { ok: false, field: 'to', message: '`to` must be after `from`.' };
  if (weekCount(from, to) > maxWeeks) return { ok: false, field: 'from', message: `Ask for at most ${maxWeeks} weeks at a time.` };
  return { ok: true };
}

// A1: weeks start on Monday 00:00 Asia/Kolkata. The day and week arithmetic is common/weeks.ts
// (vendor scorecards count the same days); this file decides which ranges analytics answer.
import { IST_OFFSET_MS, WEEK_MS, weekStart } from '../../common/weeks.js';

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

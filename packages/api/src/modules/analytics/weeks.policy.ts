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

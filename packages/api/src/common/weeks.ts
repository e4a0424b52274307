// Asia/Kolkata days and weeks (A1: weeks start on Monday 00:00 Asia/Kolkata), shared by the
// analytics and the vendor scorecards. India keeps no daylight saving, so the offset is a
// constant +05:30 and week boundaries can be computed without a time-zone database.
export const IST_OFFSET_MS = (5 * 60 + 30) * 60_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

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
